package org.f1pipeline.fetch;

import org.f1pipeline.fetch.internal.BoundedParallelExecutor;
import org.f1pipeline.internal.Checks;

/**
 * Runs {@link EndpointPlan}s: phases in order, the tasks of a phase on up to {@code maxWorkers} threads when
 * {@code parallelEndpoints} is on (the guide's settings), one after another otherwise. The request rate is not the
 * pool's business: tasks call the shared {@link Fetcher}, whose per-host limiter bounds every thread together.
 *
 * <p>A failed task is reported (event, log line, {@link ExecutionResult#failed()}) and the others keep running and
 * keep their data. Implementations are thread-safe; each {@link #run} uses its own threads and stops them before
 * returning.
 */
public interface ParallelExecutor {

    /**
     * Runs every phase of {@code plan}.
     *
     * @param plan the plan
     * @return every task's outcome; never throws for a task failure
     */
    ExecutionResult run(EndpointPlan plan);

    /**
     * An executor using {@code config.parallelEndpoints()} and {@code config.maxWorkers()}.
     *
     * @param config   the settings
     * @param listener told when tasks start, complete and fail
     * @param ticker   for durations
     * @return the executor
     */
    static ParallelExecutor of(FetchConfig config, FetchListener listener, Ticker ticker) {
        Checks.notNull(config, "config");
        return of(config.parallelEndpoints(), config.maxWorkers(), listener, ticker);
    }

    /**
     * An executor with explicit settings.
     *
     * @param parallel   run tasks of a phase concurrently
     * @param maxWorkers threads when parallel, 1 to 64
     * @param listener   told when tasks start, complete and fail
     * @param ticker     for durations
     * @return the executor
     */
    static ParallelExecutor of(boolean parallel, int maxWorkers, FetchListener listener, Ticker ticker) {
        return new BoundedParallelExecutor(parallel, Checks.inRange(maxWorkers, 1, 64, "maxWorkers"),
                Checks.notNull(listener, "listener"), Checks.notNull(ticker, "ticker"));
    }
}
