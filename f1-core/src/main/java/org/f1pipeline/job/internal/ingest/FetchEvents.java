package org.f1pipeline.job.internal.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.internal.Checks;

/**
 * A fetch listener handed to the pipeline's fetcher when it is built, forwarding request, retry and throttle events
 * to whoever subscribes while a backfill runs (the fetcher's own listener is fixed at build time). Thread-safe.
 */
public final class FetchEvents implements FetchListener {

    private final CopyOnWriteArrayList<FetchListener> listeners = new CopyOnWriteArrayList<>();

    /** Starts forwarding events to {@code listener}. */
    public void add(FetchListener listener) {
        listeners.add(Checks.notNull(listener, "listener"));
    }

    /** Stops forwarding events to {@code listener}. */
    public void remove(FetchListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onRequest(FetchRequest request, int attempt) {
        listeners.forEach(l -> l.onRequest(request, attempt));
    }

    @Override
    public void onRetry(URI uri, int attempt, Duration wait, String reason) {
        listeners.forEach(l -> l.onRetry(uri, attempt, wait, reason));
    }

    @Override
    public void onThrottle(String limiter, Duration wait) {
        listeners.forEach(l -> l.onThrottle(limiter, wait));
    }
}
