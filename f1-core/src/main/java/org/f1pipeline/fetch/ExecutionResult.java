package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.internal.Checks;

/**
 * The outcome of running an {@link EndpointPlan}: every task with its status, rows, duration and error. A failed
 * task never removes the data of the others.
 *
 * @param tasks every task (and failed phase), phase by phase, in plan order within a phase
 * @param wall  wall time of the whole run
 */
public record ExecutionResult(List<TaskResult> tasks, Duration wall) {

    /** Validates and freezes the fields. */
    public ExecutionResult {
        tasks = List.copyOf(Checks.notNull(tasks, "tasks"));
        Checks.notNull(wall, "wall");
    }

    /** The tasks that completed. */
    public List<TaskResult> completed() {
        return tasks.stream().filter(TaskResult::succeeded).toList();
    }

    /** The tasks (and phases) that failed, each with its error. */
    public List<TaskResult> failed() {
        return tasks.stream().filter(t -> !t.succeeded()).toList();
    }

    /** Whether every task completed. */
    public boolean allSucceeded() {
        return tasks.stream().allMatch(TaskResult::succeeded);
    }

    /** Rows over all completed tasks. */
    public long totalRows() {
        return tasks.stream().filter(TaskResult::succeeded).mapToLong(TaskResult::rows).sum();
    }

    /** The result of the task called {@code name}, if there is one. */
    public Optional<TaskResult> task(String name) {
        return tasks.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Every URL that failed because offline mode had no cached copy, so a user can see in one list what to fetch
     * when back online.
     */
    public List<URI> missingFromCache() {
        Set<URI> missing = new LinkedHashSet<>();
        for (TaskResult t : tasks) {
            for (Throwable e = t.error(); e != null; e = e.getCause()) {
                if (e instanceof OfflineCacheMissException m) {
                    missing.addAll(m.missing());
                    break;
                }
            }
        }
        return List.copyOf(missing);
    }

    /** A one-line summary: tasks completed and failed, rows, wall time. */
    public String summary() {
        return completed().size() + " tasks completed, " + failed().size() + " failed, " + totalRows() + " rows in "
                + wall.toMillis() + " ms";
    }
}
