package org.f1pipeline.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * When and how long to retry. Retried: HTTP 429, 5xx, timeouts and I/O errors. Never retried: other 4xx, OpenF1's
 * live-session refusal, oversized bodies, offline misses, and a 429 whose Retry-After is above
 * {@code maxRetryAfter}. A server's Retry-After (seconds or HTTP date) is used instead of the backoff when it is at
 * most {@code maxRetryAfter}; a longer one fails the request at once ({@link RetryAfterTooLongException}), because
 * waiting an hour inside a job is never what a user wants.
 */
public final class RetryPolicy {

    /** Default attempts, as the guide's "5 retry attempts". */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private final int maxAttempts;
    private final Backoff backoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(int maxAttempts, Backoff backoff, Duration maxRetryAfter) {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidInputException("maxAttempts", "maxAttempts must be between 1 and 100, was " + maxAttempts);
        }
        Checks.notNull(backoff, "backoff");
        RateLimitConfig.positive(maxRetryAfter, "maxRetryAfter");
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** 5 attempts, full-jitter exponential backoff from 1 s capped at 30 s, Retry-After honoured up to 5 minutes. */
    public static RetryPolicy ofDefaults() {
        return builder().build();
    }

    /** A single attempt: nothing is retried. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** A builder starting from the defaults: {@code RetryPolicy.custom()...build()}. */
    public static Builder custom() {
        return builder();
    }

    /** A builder starting from {@code existing}: {@code RetryPolicy.from(policy)...build()}. */
    public static Builder from(RetryPolicy existing) {
        return Checks.notNull(existing, "existing").toBuilder();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled from this policy. */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).backoff(backoff).maxRetryAfter(maxRetryAfter);
    }

    /**
     * Whether {@code e} is worth another attempt (the attempt budget aside).
     *
     * @param e the failure of the last attempt
     * @return true for 429, 5xx and transport errors (status -1).
     */
    public boolean isRetryable(FetchException e) {
        if (e instanceof LiveSessionRefusedException || e instanceof BodyTooLargeException
                || e instanceof OfflineCacheMissException || e instanceof RetryAfterTooLongException) {
            return false;
        }
        int status = e.status();
        return status == FetchException.NO_STATUS || status == 429 || status >= 500;
    }

    /**
     * Whether {@code e} means the query is too big for the server, so that a smaller query could succeed where a
     * retry would fail again: the body went over the cap, the server timed out or crashed on the query (OpenF1
     * answers a too-expensive query with an HTML 500 or a gateway 502/504), or the client timed out (headers or a
     * stalled body). Rate limiting, refusals and other 4xx are not. A request marked
     * {@link FetchRequest#failFastWhenTooBig()} is not retried after such a failure.
     *
     * @param e the failure of the last attempt
     * @return true when a finer query is worth a try
     */
    public static boolean isTooBig(FetchException e) {
        if (e instanceof BodyTooLargeException) {
            return true;
        }
        if (e instanceof RateLimitedException || e instanceof LiveSessionRefusedException
                || e instanceof OfflineCacheMissException) {
            return false;
        }
        if (e instanceof HttpStatusException) {
            int s = e.status();
            return s == 500 || s == 502 || s == 504;
        }
        return e.status() == FetchException.NO_STATUS && causedByTimeout(e);
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            String m = t instanceof FetchException f ? f.detail() : t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    /** Total attempts including the first, at least 1 (the guide's {@code retry_attempts}; default 5). */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait when the server gave no Retry-After. */
    public Backoff backoff() {
        return backoff;
    }

    /** The longest Retry-After honoured (default 5 minutes); a longer one fails the request. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy o && maxAttempts == o.maxAttempts
                && Objects.equals(backoff, o.backoff)
                && Objects.equals(maxRetryAfter, o.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, backoff, maxRetryAfter);
    }

    /** {@code RetryPolicy[maxAttempts=..., backoff=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", "
                + "backoff=" + backoff + ", "
                + "maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Validating builder. */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Backoff backoff = Backoff.exponentialWithFullJitter(Duration.ofSeconds(1), Duration.ofSeconds(30),
                new Random());
        private Duration maxRetryAfter = Duration.ofMinutes(5);

        private Builder() {
        }

        /** Total attempts including the first, 1 to 100. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new InvalidInputException("maxAttempts",
                        "maxAttempts must be between 1 and 100, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The wait used when the server sends no Retry-After. */
        public Builder backoff(Backoff backoff) {
            this.backoff = Checks.notNull(backoff, "backoff");
            return this;
        }

        /** The longest Retry-After honoured; a 429 asking for more fails at once. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = RateLimitConfig.positive(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /** Builds the immutable policy. */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, backoff, maxRetryAfter);
        }
    }
}
