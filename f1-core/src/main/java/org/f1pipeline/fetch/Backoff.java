package org.f1pipeline.fetch;

import java.time.Duration;
import java.util.Random;
import org.f1pipeline.internal.Checks;

/**
 * How long to wait before retry number {@code attempt} (1 = the wait after the first failed attempt) when the
 * server gave no Retry-After. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Backoff {

    /**
     * The wait before the next attempt.
     *
     * @param attempt the number of attempts made so far, at least 1
     * @return a non-negative duration
     */
    Duration delay(int attempt);

    /** The same wait every time. */
    static Backoff fixed(Duration delay) {
        RateLimitConfig.nonNegative(delay, "delay");
        return attempt -> delay;
    }

    /** Deterministic exponential backoff: {@code min(cap, base * 2^(attempt-1))}. */
    static Backoff exponential(Duration base, Duration cap) {
        RateLimitConfig.positive(base, "base");
        RateLimitConfig.positive(cap, "cap");
        return attempt -> ceiling(base, cap, attempt);
    }

    /**
     * Exponential backoff with full jitter (AWS's recommendation for many clients sharing one server): a wait drawn
     * uniformly from {@code [0, min(cap, base * 2^(attempt-1))]}. Spreads retries of parallel workers apart.
     *
     * @param base   the ceiling for the first retry
     * @param cap    the largest ceiling
     * @param random the random source (seed it in tests); access is synchronised
     * @return the backoff
     */
    static Backoff exponentialWithFullJitter(Duration base, Duration cap, Random random) {
        RateLimitConfig.positive(base, "base");
        RateLimitConfig.positive(cap, "cap");
        Checks.notNull(random, "random");
        return attempt -> {
            long ceilingNanos = ceiling(base, cap, attempt).toNanos();
            double u;
            synchronized (random) {
                u = random.nextDouble();
            }
            return Duration.ofNanos((long) (u * ceilingNanos));
        };
    }

    /** {@code min(cap, base * 2^(attempt-1))} without overflow. */
    private static Duration ceiling(Duration base, Duration cap, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
        int shift = Math.min(attempt - 1, 40);
        double nanos = base.toNanos() * Math.pow(2, shift);
        return nanos >= cap.toNanos() ? cap : Duration.ofNanos((long) nanos);
    }
}
