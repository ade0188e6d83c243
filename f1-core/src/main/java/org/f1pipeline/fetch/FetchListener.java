package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.f1pipeline.internal.Checks;

/**
 * Observes the fetch layer: requests, responses, retries, throttling, cache hits, and the {@link ParallelExecutor}'s
 * task events. Every method has a no-op default, so implement only what you need (progress bars, metrics, tests).
 *
 * <p>Called from worker threads, possibly concurrently: implementations must be thread-safe and fast. An exception
 * thrown by a listener is logged and ignored, never allowed to fail a fetch.
 */
public interface FetchListener {

    /** A listener that does nothing. */
    FetchListener NONE = new FetchListener() {
    };

    /** A request is about to be sent over the network ({@code attempt} starts at 1). */
    default void onRequest(FetchRequest request, int attempt) {
    }

    /** A successful response arrived from the network (not called for cache hits). */
    default void onResponse(FetchRequest request, FetchResponse response) {
    }

    /**
     * An attempt failed and will be retried after {@code wait}.
     *
     * @param uri     the URL
     * @param attempt the attempt that failed, starting at 1
     * @param wait    how long the retry layer waits before the next attempt
     * @param reason  e.g. {@code "HTTP 429"}, {@code "HTTP 503"}, {@code "timeout"}
     */
    default void onRetry(URI uri, int attempt, Duration wait, String reason) {
    }

    /** A request to {@code limiter} (source or host) had to wait {@code wait} for the rate limiter. */
    default void onThrottle(String limiter, Duration wait) {
    }

    /** A request was answered from the response cache. */
    default void onCacheHit(FetchRequest request) {
    }

    /** A task of an endpoint plan started. */
    default void onTaskStarted(String task) {
    }

    /** A task of an endpoint plan completed with {@code rows} rows. */
    default void onTaskCompleted(String task, Duration duration, long rows) {
    }

    /** A task of an endpoint plan failed; other tasks carry on. */
    default void onTaskFailed(String task, Duration duration, Throwable error) {
    }

    /** A listener that forwards every event to each of {@code listeners} in order. */
    static FetchListener composite(FetchListener... listeners) {
        List<FetchListener> all = List.of(Checks.notNull(listeners, "listeners"));
        return new FetchListener() {
            @Override
            public void onRequest(FetchRequest request, int attempt) {
                all.forEach(l -> l.onRequest(request, attempt));
            }

            @Override
            public void onResponse(FetchRequest request, FetchResponse response) {
                all.forEach(l -> l.onResponse(request, response));
            }

            @Override
            public void onRetry(URI uri, int attempt, Duration wait, String reason) {
                all.forEach(l -> l.onRetry(uri, attempt, wait, reason));
            }

            @Override
            public void onThrottle(String limiter, Duration wait) {
                all.forEach(l -> l.onThrottle(limiter, wait));
            }

            @Override
            public void onCacheHit(FetchRequest request) {
                all.forEach(l -> l.onCacheHit(request));
            }

            @Override
            public void onTaskStarted(String task) {
                all.forEach(l -> l.onTaskStarted(task));
            }

            @Override
            public void onTaskCompleted(String task, Duration duration, long rows) {
                all.forEach(l -> l.onTaskCompleted(task, duration, rows));
            }

            @Override
            public void onTaskFailed(String task, Duration duration, Throwable error) {
                all.forEach(l -> l.onTaskFailed(task, duration, error));
            }
        };
    }
}
