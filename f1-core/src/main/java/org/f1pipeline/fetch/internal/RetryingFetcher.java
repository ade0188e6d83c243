package org.f1pipeline.fetch.internal;

import java.time.Duration;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries what {@link RetryPolicy#isRetryable} allows, waiting the server's Retry-After (capped) or the backoff,
 * through the injected {@link Sleeper}. Every retry is logged in the guide's words ("Rate limit hit for laps (429).
 * Waiting 10 seconds") and reported to the listener. The final failure carries the real attempt count. Internal API.
 */
public final class RetryingFetcher implements Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingFetcher.class);

    private final Fetcher delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final FetchListener listener;

    /**
     * Creates the decorator.
     *
     * @param delegate the fetcher for one attempt (rate limited)
     * @param policy   attempts and waits
     * @param sleeper  how to wait between attempts
     * @param listener told about every attempt and retry
     */
    public RetryingFetcher(Fetcher delegate, RetryPolicy policy, Sleeper sleeper, FetchListener listener) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        for (int attempt = 1; ; attempt++) {
            int current = attempt;
            Listeners.safely(() -> listener.onRequest(request, current));
            FetchException failure;
            try {
                FetchResponse response = delegate.fetch(request);
                Listeners.safely(() -> listener.onResponse(request, response));
                return response;
            } catch (FetchException e) {
                failure = e;
            }
            boolean retryable = policy.isRetryable(failure) && !Thread.currentThread().isInterrupted();
            if (!retryable || attempt >= policy.maxAttempts()) {
                if (retryable) {
                    logGiveUp(request, failure, attempt);
                }
                throw attempt == 1 && failure.attempts() <= 1 ? failure : failure.withAttempts(attempt);
            }
            Duration wait = waitBefore(failure, attempt);
            String reason = reason(failure);
            logRetry(request, failure, wait, attempt);
            Listeners.safely(() -> listener.onRetry(request.uri(), current, wait, reason));
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(request.uri(), failure.status(), attempt,
                        "interrupted while waiting to retry after " + reason, e);
            }
        }
    }

    private Duration waitBefore(FetchException failure, int attempt) {
        if (failure instanceof HttpStatusException http && http.retryAfter().isPresent()) {
            Duration asked = http.retryAfter().get();
            return asked.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : asked;
        }
        return policy.backoff().delay(attempt);
    }

    private static String reason(FetchException failure) {
        if (failure.status() != FetchException.NO_STATUS) {
            return "HTTP " + failure.status();
        }
        return failure.detail().startsWith("timed out") ? "timeout" : "I/O error";
    }

    private void logRetry(FetchRequest request, FetchException failure, Duration wait, int attempt) {
        String secs = Durations.seconds(wait);
        if (failure.status() == 429) {
            LOG.warn("Rate limit hit for {} ({}). Waiting {} seconds", request.endpoint(), failure.status(), secs);
        } else if (failure.status() != FetchException.NO_STATUS) {
            LOG.warn("Server error for {} ({}). Waiting {} seconds before attempt {} of {}", request.endpoint(),
                    failure.status(), secs, attempt + 1, policy.maxAttempts());
        } else {
            LOG.warn("Request failed for {} ({}). Waiting {} seconds before attempt {} of {}", request.endpoint(),
                    failure.detail(), secs, attempt + 1, policy.maxAttempts());
        }
    }

    private static void logGiveUp(FetchRequest request, FetchException failure, int attempts) {
        if (failure.status() == 429) {
            LOG.error("Rate limit exceeded for {} after {} attempts: {}", request.endpoint(), attempts,
                    request.uri());
        } else {
            LOG.error("Giving up on {} after {} attempts: {}", request.endpoint(), attempts, failure.getMessage());
        }
    }
}
