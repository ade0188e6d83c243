package org.f1pipeline.recompute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that talks to the storage during a recompute, so that the lap reads and the writes (the storage's
 * share, most of the time on SQLite and PostgreSQL) overlap with the model's computation on the caller's thread.
 *
 * <p>The transaction is never used by two threads at once: tasks run one at a time, in submission order, and the
 * caller only touches the transaction before the first task is submitted (the range reads) and after
 * {@link #close()}. Each hand-over goes through the executor's queue or a {@link Future}, which orders the memory
 * effects. After a task fails, the later ones are skipped (a PostgreSQL transaction refuses every statement after
 * an error anyway) and the first failure is rethrown, the same instance, to the caller by {@link #await} or
 * {@link #finish}. Interrupting the caller does not abandon a running store call: the worker's calls are waited
 * for and the interrupt status is restored afterwards. Not thread-safe (one caller thread).
 */
final class StoreWorker implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "f1-recompute-store");
        thread.setDaemon(true);
        return thread;
    });
    /** Writes not yet awaited, in submission order. */
    private final List<Future<?>> writes = new ArrayList<>();
    /** Set by the worker thread; read by the caller after a Future hand-over. */
    private volatile RuntimeException failure;
    private volatile Error error;
    private boolean interrupted;

    /** Queues a read; its result is collected with {@link #await}. */
    <T> Future<T> submit(Callable<T> read) {
        return executor.submit(() -> run(read));
    }

    /** Queues a write; {@link #finish} waits for it. */
    void execute(Runnable write) {
        writes.add(executor.submit(() -> run(() -> {
            write.run();
            return null;
        })));
    }

    /** The result of a read, once every task queued before it has run; rethrows the first failure. */
    <T> T await(Future<T> read) {
        T value = waitFor(read);
        rethrowFailure();
        return value;
    }

    /** Waits for every queued write; rethrows the first failure. */
    void finish() {
        for (Future<?> write : writes) {
            waitFor(write);
        }
        writes.clear();
        rethrowFailure();
    }

    /**
     * Skips the tasks not yet started, waits for the running one (the transaction must be idle when the caller
     * commits or rolls back) and ends the thread.
     */
    @Override
    public void close() {
        writes.forEach(w -> w.cancel(false));
        executor.shutdown();
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T run(Callable<T> task) {
        if (failure != null || error != null) {
            return null; // skipped: an earlier task failed, and the caller rethrows that failure
        }
        try {
            return task.call();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
        } catch (Exception e) {
            failure = new IllegalStateException(e); // tasks call the storage SPI, which throws no checked exception
        }
        return null;
    }

    private <T> T waitFor(Future<T> future) {
        while (true) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause()); // unreachable: run() catches everything
            }
        }
    }

    private void rethrowFailure() {
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
