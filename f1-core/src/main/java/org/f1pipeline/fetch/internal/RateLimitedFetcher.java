package org.f1pipeline.fetch.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.RateLimitedException;
import org.f1pipeline.fetch.RateLimiter;
import org.f1pipeline.fetch.RetryAfterTooLongException;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a permit from the request's host limiter before every network attempt, and tells the limiter when the host
 * answers 429 so that every thread slows down, not only the one that was refused.
 *
 * <p>Retry-After is bounded by the policy's cap ({@link RetryPolicy#maxRetryAfter()}): a wait up to the cap pauses
 * the host for that long (the server means our address, not one URL); a longer one never pauses anything. The
 * request fails at once with {@link RetryAfterTooLongException} ("server asked to wait N s, above the cap of M s"),
 * and until the server's wait is over further requests to that host fail the same way without being sent, so a
 * backfill ends quickly with clear lines instead of hanging for an hour or collecting more 429s. Internal API.
 */
public final class RateLimitedFetcher implements Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitedFetcher.class);

    private final Fetcher delegate;
    private final LimiterRegistry limiters;
    private final FetchListener listener;
    private final Duration cap;
    private final Ticker ticker;
    /** Per limiter: the ticker reading until which the server asked for more than the cap, and how long it asked. */
    private final Map<String, long[]> refusedUntil = new ConcurrentHashMap<>();

    /**
     * Creates the decorator with the default 5-minute cap on Retry-After.
     *
     * @param delegate the fetcher doing the request
     * @param limiters the per-host limiters
     * @param listener told about every wait
     */
    public RateLimitedFetcher(Fetcher delegate, LimiterRegistry limiters, FetchListener listener) {
        this(delegate, limiters, listener, RetryPolicy.ofDefaults().maxRetryAfter(), Ticker.system());
    }

    /**
     * Creates the decorator.
     *
     * @param delegate the fetcher doing the request
     * @param limiters the per-host limiters
     * @param listener told about every wait
     * @param cap      the longest Retry-After honoured
     * @param ticker   time source for the refusal period
     */
    public RateLimitedFetcher(Fetcher delegate, LimiterRegistry limiters, FetchListener listener, Duration cap,
                              Ticker ticker) {
        this.delegate = delegate;
        this.limiters = limiters;
        this.listener = listener;
        this.cap = cap;
        this.ticker = ticker;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        return limited(request, () -> delegate.fetch(request));
    }

    @Override
    public <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        return limited(request, () -> delegate.fetch(request, parser));
    }

    private <R> R limited(FetchRequest request, Supplier<R> send) {
        RateLimiter limiter = limiters.forRequest(request);
        refuseWhileAskedToWait(request, limiter);
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
            return send.get();
        } catch (RateLimitedException e) {
            Duration asked = e.retryAfter().orElse(null);
            if (asked != null && asked.compareTo(cap) > 0) {
                refusedUntil.merge(limiter.name(), new long[] {ticker.nanoTime() + asked.toNanos(),
                        asked.toNanos()}, (a, b) -> a[0] >= b[0] ? a : b);
                LOG.warn("{} asked to wait {} s, above the cap of {} s: failing its requests until then",
                        limiter.name(), asked.toSeconds(), cap.toSeconds());
                throw new RetryAfterTooLongException(request.uri(), e.attempts(), asked, cap, e.bodySnippet());
            }
            limiter.onThrottled(asked);
            throw e;
        }
    }

    /** Fails at once, without sending, while the host's last too-long Retry-After runs. */
    private void refuseWhileAskedToWait(FetchRequest request, RateLimiter limiter) {
        long[] until = refusedUntil.get(limiter.name());
        if (until == null) {
            return;
        }
        long left = until[0] - ticker.nanoTime();
        if (left <= 0) {
            refusedUntil.remove(limiter.name(), until);
            return;
        }
        throw new RetryAfterTooLongException(request.uri(), 0, Duration.ofNanos(left), cap, "");
    }
}
