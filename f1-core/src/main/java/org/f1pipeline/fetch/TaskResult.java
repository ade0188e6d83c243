package org.f1pipeline.fetch;

import java.time.Duration;
import java.util.Optional;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * How one task (or a phase that could not even build its tasks) ended.
 *
 * @param name     the task name (or the phase name for a phase failure)
 * @param phase    the phase it belongs to
 * @param status   completed or failed
 * @param duration how long it ran
 * @param rows     rows produced (0 when failed)
 * @param value    the task's result when completed (may be null)
 * @param error    the failure when failed, else null
 */
public record TaskResult(String name, String phase, Status status, Duration duration, long rows, Object value,
                         Throwable error) {

    /** How a task ended. */
    public enum Status {
        /** The body returned normally. */
        COMPLETED,
        /** The body threw, or its phase could not be built; other tasks kept their data. */
        FAILED
    }

    /** Validates the fields. */
    public TaskResult {
        Checks.notBlank(name, "name");
        Checks.notBlank(phase, "phase");
        Checks.notNull(status, "status");
        Checks.notNull(duration, "duration");
        if (status == Status.FAILED && error == null) {
            throw new InvalidInputException("error", "error must be set for a failed task");
        }
    }

    /** Whether the task completed. */
    public boolean succeeded() {
        return status == Status.COMPLETED;
    }

    /** The failure, if the task failed. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return name + " " + status + " in " + duration.toMillis() + " ms"
                + (succeeded() ? ", " + rows + " rows" : ": " + error);
    }
}
