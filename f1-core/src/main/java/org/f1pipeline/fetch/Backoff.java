package org.f1pipeline.fetch;

import java.time.Duration;
import java.util.Random;
import org.f1pipeline.fetch.internal.Backoffs;
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

    /** The same wait every time; prints as {@code fixed(PT1S)}. */
    static Backoff fixed(Duration delay) {
        RateLimitConfig.nonNegative(delay, "delay");
        return new Backoffs.Fixed(delay);
    }

    /**
     * Deterministic exponential backoff: {@code min(cap, base * 2^(attempt-1))}; prints as
     * {@code exponential(base=PT0.5S, cap=PT30S)}.
     */
    static Backoff exponential(Duration base, Duration cap) {
        RateLimitConfig.positive(base, "base");
        RateLimitConfig.positive(cap, "cap");
        return new Backoffs.Exponential(base, cap);
    }

    /**
     * Exponential backoff with full jitter (AWS's recommendation for many clients sharing one server): a wait drawn
     * uniformly from {@code [0, min(cap, base * 2^(attempt-1))]}. Spreads retries of parallel workers apart. Prints
     * as {@code exponentialWithFullJitter(base=PT0.5S, cap=PT30S)}.
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
        return new Backoffs.FullJitter(base, cap, random);
    }
}
