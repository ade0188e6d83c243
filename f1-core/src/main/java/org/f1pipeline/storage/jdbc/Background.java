package org.f1pipeline.storage.jdbc;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.f1pipeline.storage.StorageException;

/**
 * A computation that may run on a thread of its own while the caller waits for the database (a bulk load keeps
 * the server busy for seconds while the client has nothing to do), or else inline when {@link #join joined}:
 * {@link #fork} starts it, at most once, when it was created forkable. The work must only read what the caller
 * does not change until the join. Not thread-safe (one caller).
 *
 * @param <T> the result
 */
final class Background<T> {

    private final FutureTask<T> task;
    private final String name;
    private final boolean forkable;
    private boolean forked;

    private Background(FutureTask<T> task, String name, boolean forkable) {
        this.task = task;
        this.name = name;
        this.forkable = forkable;
    }

    /** {@code work}, to be run on a daemon thread named {@code name} if {@code forkable} and forked. */
    static <T> Background<T> of(String name, boolean forkable, Supplier<T> work) {
        return new Background<>(new FutureTask<>(work::get), name, forkable);
    }

    /** Starts the work on its own thread, unless it is not forkable or already started. */
    void fork() {
        if (forkable && !forked) {
            forked = true;
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The result, computed here if it was not forked; the work's own exception if it failed. */
    T join(String operation) {
        if (!forked) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw Jdbc.rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(operation, "interrupted while waiting for a background computation", e);
        }
    }
}
