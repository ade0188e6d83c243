package org.f1pipeline.fetch.internal;

import java.time.Duration;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.RateLimitedException;
import org.f1pipeline.fetch.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a permit from the request's host limiter before every network attempt, and tells the limiter when the host
 * answers 429 so that every thread slows down, not only the one that was refused. Internal API.
 */
public final class RateLimitedFetcher implements Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitedFetcher.class);

    private final Fetcher delegate;
    private final LimiterRegistry limiters;
    private final FetchListener listener;

    /**
     * Creates the decorator.
     *
     * @param delegate the fetcher doing the request
     * @param limiters the per-host limiters
     * @param listener told about every wait
     */
    public RateLimitedFetcher(Fetcher delegate, LimiterRegistry limiters, FetchListener listener) {
        this.delegate = delegate;
        this.limiters = limiters;
        this.listener = listener;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        RateLimiter limiter = limiters.forRequest(request);
        Duration waited;
        try {
            waited = limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(request.uri(), FetchException.NO_STATUS, 0,
                    "interrupted while waiting for the " + limiter.name() + " rate limiter", e);
        }
        if (!waited.isZero()) {
            LOG.debug("Throttled {} for {} ms ({})", request.endpoint(), waited.toMillis(), limiter.name());
            Listeners.safely(() -> listener.onThrottle(limiter.name(), waited));
        }
        try {
            return delegate.fetch(request);
        } catch (RateLimitedException e) {
            limiter.onThrottled(e.retryAfter().orElse(null));
            throw e;
        }
    }
}
