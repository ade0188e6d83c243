package org.f1pipeline.storage.jdbc;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.f1pipeline.storage.StorageException;

/**
 * A computation that may run on a thread of its own while the caller waits for the database (a bulk load keeps
 * the server busy for seconds while the client has nothing to do), or else inline when {@link #join joined}. The
 * work must only read what the caller does not change until the join. Not thread-safe (one caller).
 *
 * @param <T> the result
 */
final class Background<T> {

    private final FutureTask<T> task;
    private final boolean forked;

    private Background(FutureTask<T> task, boolean forked) {
        this.task = task;
        this.forked = forked;
    }

    /**
     * Starts {@code work} on a new daemon thread named {@code name} when {@code fork}, else leaves it to
     * {@link #join}.
     */
    static <T> Background<T> start(String name, boolean fork, Supplier<T> work) {
        Background<T> background = new Background<>(new FutureTask<>(work::get), fork);
        if (fork) {
            Thread thread = new Thread(background.task, name);
            thread.setDaemon(true);
            thread.start();
        }
        return background;
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
