package org.f1pipeline.fetch.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.f1pipeline.fetch.EndpointPlan;
import org.f1pipeline.fetch.EndpointTask;
import org.f1pipeline.fetch.ExecutionResult;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.ParallelExecutor;
import org.f1pipeline.fetch.PlanResults;
import org.f1pipeline.fetch.TaskResult;
import org.f1pipeline.fetch.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ParallelExecutor} on a fixed pool created per run (so nothing leaks between runs or outlives the caller).
 * Logs in the guide's words: "Parallel processing enabled with 3 workers", "Starting parallel fetch for 11
 * endpoints...", "✓ Completed parallel fetch for drivers (15s)", "✓ Parallel fetch complete for all 11 endpoints
 * (50s total)". Internal API.
 */
public final class BoundedParallelExecutor implements ParallelExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedParallelExecutor.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final boolean parallel;
    private final int maxWorkers;
    private final FetchListener listener;
    private final Ticker ticker;

    /** Use {@link ParallelExecutor#of}. */
    public BoundedParallelExecutor(boolean parallel, int maxWorkers, FetchListener listener, Ticker ticker) {
        this.parallel = parallel;
        this.maxWorkers = maxWorkers;
        this.listener = listener;
        this.ticker = ticker;
    }

    @Override
    public ExecutionResult run(EndpointPlan plan) {
        long start = ticker.nanoTime();
        List<TaskResult> results = new ArrayList<>();
        Map<String, Object> values = new ConcurrentHashMap<>();
        PlanResults view = new PlanResults() {
            @Override
            public Optional<Object> find(String task) {
                Object v = values.get(task);
                return v == NULL ? Optional.empty() : Optional.ofNullable(v);
            }

            @Override
            public boolean succeeded(String task) {
                return values.containsKey(task);
            }
        };
        LOG.info(parallel ? "Parallel processing enabled with {} workers" : "Parallel processing disabled: {}",
                parallel ? maxWorkers : "running tasks sequentially");
        ExecutorService pool = null;
        try {
            for (EndpointPlan.Phase phase : plan.phases()) {
                if (Thread.currentThread().isInterrupted()) {
                    results.add(failure(phase.name(), phase.name(), 0, new InterruptedException("run interrupted")));
                    continue;
                }
                List<EndpointTask<?>> tasks;
                try {
                    tasks = List.copyOf(phase.factory().tasks(view));
                    checkUnique(tasks, results);
                } catch (RuntimeException e) {
                    // WARN: the failure is in the ExecutionResult the caller gets (task failures are WARN too).
                    LOG.warn("✗ Cannot start phase {}: {}", phase.name(), e.getMessage());
                    TaskResult r = failure(phase.name(), phase.name(), 0, e);
                    results.add(r);
                    Listeners.safely(() -> listener.onTaskFailed(phase.name(), Duration.ZERO, e));
                    continue;
                }
                if (parallel && tasks.size() > 1 && pool == null) {
                    pool = Executors.newFixedThreadPool(maxWorkers, threadFactory());
                }
                results.addAll(runPhase(phase.name(), tasks, parallel && tasks.size() > 1 ? pool : null, values));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new ExecutionResult(results, Duration.ofNanos(ticker.nanoTime() - start));
    }

    private List<TaskResult> runPhase(String phase, List<EndpointTask<?>> tasks, ExecutorService pool,
                                      Map<String, Object> values) {
        long start = ticker.nanoTime();
        List<TaskResult> out = new ArrayList<>();
        if (pool == null) {
            LOG.info("Fetching {} ({} task{})", phase, tasks.size(), tasks.size() == 1 ? "" : "s");
            for (EndpointTask<?> t : tasks) {
                out.add(runOne(phase, t, values, false));
            }
        } else {
            LOG.info("Starting parallel fetch for {} endpoints... ({})", tasks.size(), phase);
            List<Future<TaskResult>> futures = new ArrayList<>();
            for (EndpointTask<?> t : tasks) {
                futures.add(pool.submit(() -> runOne(phase, t, values, true)));
            }
            for (int i = 0; i < futures.size(); i++) {
                out.add(await(phase, tasks.get(i), futures, i));
            }
        }
        long failed = out.stream().filter(r -> !r.succeeded()).count();
        String total = Durations.compact(Duration.ofNanos(ticker.nanoTime() - start));
        if (failed == 0) {
            LOG.info("✓ {} complete for all {} endpoints ({} total)", pool == null ? "Fetch" : "Parallel fetch",
                    tasks.size(), total);
        } else {
            LOG.warn("{} finished for {} endpoints with {} failed ({} total)", pool == null ? "Fetch"
                    : "Parallel fetch", tasks.size(), failed, total);
        }
        return out;
    }

    private TaskResult await(String phase, EndpointTask<?> task, List<Future<TaskResult>> futures, int i) {
        try {
            return futures.get(i).get();
        } catch (InterruptedException e) {
            // The caller is stopping us: cancel what has not finished, keep the interrupt for the caller.
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            return failure(task.name(), phase, 0, e);
        } catch (ExecutionException e) {
            return failure(task.name(), phase, 0, e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            return failure(task.name(), phase, 0, e);
        }
    }

    private <T> TaskResult runOne(String phase, EndpointTask<T> task, Map<String, Object> values, boolean inPool) {
        Listeners.safely(() -> listener.onTaskStarted(task.name()));
        long start = ticker.nanoTime();
        String mode = inPool ? "parallel fetch" : "fetch";
        try {
            T value = task.body().run();
            long rows = task.rows().applyAsLong(value);
            Duration d = Duration.ofNanos(ticker.nanoTime() - start);
            values.put(task.name(), value == null ? NULL : value);
            LOG.info("✓ Completed {} for {} ({}, {} rows)", mode, task.name(), Durations.compact(d), rows);
            Listeners.safely(() -> listener.onTaskCompleted(task.name(), d, rows));
            return new TaskResult(task.name(), phase, TaskResult.Status.COMPLETED, d, rows, value, null);
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof Error err && !(e instanceof StackOverflowError) && !(e instanceof AssertionError)) {
                throw err; // OutOfMemoryError and friends are not "a failed endpoint"
            }
            Duration d = Duration.ofNanos(ticker.nanoTime() - start);
            LOG.warn("✗ Failed {} for {} ({}): {}", mode, task.name(), Durations.compact(d), e.getMessage());
            Listeners.safely(() -> listener.onTaskFailed(task.name(), d, e));
            return failure(task.name(), phase, d.toNanos(), e);
        }
    }

    private static TaskResult failure(String name, String phase, long nanos, Throwable e) {
        return new TaskResult(name, phase, TaskResult.Status.FAILED, Duration.ofNanos(nanos), 0, null, e);
    }

    private static void checkUnique(List<EndpointTask<?>> tasks, List<TaskResult> earlier) {
        Set<String> seen = new HashSet<>();
        earlier.forEach(r -> seen.add(r.name()));
        for (EndpointTask<?> t : tasks) {
            if (!seen.add(t.name())) {
                throw new IllegalArgumentException("task name '" + t.name() + "' is used twice in the plan");
            }
        }
    }

    private static ThreadFactory threadFactory() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "f1-fetch-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** ConcurrentHashMap holds no nulls; a task may legitimately return null. */
    private static final Object NULL = new Object();
}
