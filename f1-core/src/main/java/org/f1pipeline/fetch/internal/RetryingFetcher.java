package org.f1pipeline.fetch.internal;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.Sleeper;
import org.f1pipeline.fetch.SourceFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries what {@link RetryPolicy#isRetryable} allows, waiting the server's Retry-After or the backoff, through the
 * injected {@link Sleeper}. A Retry-After above the policy's cap never gets here as a wait: the rate-limit layer
 * fails such a request at once. A request marked {@link FetchRequest#failFastWhenTooBig()} is not retried after a
 * too-big failure ({@link RetryPolicy#isTooBig}): its caller asks a finer query instead. Every retry is logged in
 * the guide's words ("Rate limit hit for laps (429). Waiting 10 seconds") and reported to the listener; the final
 * failure carries the real attempt count, and a success reports how many requests it took. Giving up is logged at
 * WARN, not ERROR: the caller may well recover (a finer query, a stale cached copy), and a job that does fail is
 * reported once, by whoever runs it. Internal API.
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
        return loop(request, () -> {
            FetchResponse response = delegate.fetch(request);
            Listeners.safely(() -> listener.onResponse(request, response));
            return response;
        }, FetchResponse::withAttempts);
    }

    @Override
    public <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        return loop(request, () -> delegate.fetch(request, parser), Parsed::withAttempts);
    }

    private <R> R loop(FetchRequest request, Supplier<R> attemptOnce, BiFunction<R, Integer, R> withAttempts) {
        for (int attempt = 1; ; attempt++) {
            int current = attempt;
            Listeners.safely(() -> listener.onRequest(request, current));
            FetchException failure;
            try {
                R result = attemptOnce.get();
                return attempt == 1 ? result : withAttempts.apply(result, attempt);
            } catch (FetchException e) {
                failure = e;
            } catch (SourceFormatException e) {
                // A body the parser rejects is not retried: the server would most likely send the same again.
                throw attempt == 1 ? e : e.withOrigin(null, false, attempt);
            }
            boolean tooBigFailFast = request.failFastWhenTooBig() && RetryPolicy.isTooBig(failure);
            boolean retryable = policy.isRetryable(failure) && !tooBigFailFast
                    && !Thread.currentThread().isInterrupted();
            if (!retryable || attempt >= policy.maxAttempts()) {
                FetchException last = attempt == 1 && failure.attempts() <= 1 ? failure
                        : failure.withAttempts(attempt);
                if (retryable) {
                    logGiveUp(request, last, attempt);
                }
                throw last;
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

    /** The server's Retry-After (at most the cap: a longer one was refused below), else the backoff. */
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

    /** {@code last} already reports the real attempt count, so the line and the message agree. */
    private static void logGiveUp(FetchRequest request, FetchException last, int attempts) {
        if (last.status() == 429) {
            LOG.warn("Rate limit exceeded for {} after {} attempts: {}", request.endpoint(), attempts,
                    Redaction.uri(request.uri()));
        } else {
            LOG.warn("Giving up on {} after {} attempts: {}", request.endpoint(), attempts, last.getMessage());
        }
    }
}
