package org.f1pipeline.fetch;

import java.time.Duration;
import org.f1pipeline.fetch.internal.TokenBucketRateLimiter;
import org.f1pipeline.internal.Checks;

/**
 * Admits requests to one host at the rate its {@link RateLimitConfig} allows, shared by every thread that talks to
 * that host. Reservation-based: each caller is given its own start time under a lock, so N threads together never
 * exceed any window, and waits are computed from the {@link Ticker} (no polling).
 *
 * <p>Implementations are thread-safe.
 */
public interface RateLimiter {

    /** A short name for logs (usually the source or host). */
    String name();

    /**
     * Reserves the next permit and waits (through the {@link Sleeper}) until it may be used.
     *
     * @return how long this call waited; zero when admitted at once
     * @throws InterruptedException if interrupted while waiting (the permit stays used)
     */
    Duration acquire() throws InterruptedException;

    /**
     * Reserves the next permit without waiting.
     *
     * @return the ticker reading (ns) from which the permit may be used; a value not after the current reading means
     *         "now"
     */
    long reserveAt();

    /**
     * Tells the limiter the host answered 429: pause every caller for {@code retryAfter} (or the adaptive pause when
     * null) and, if adaptive slowdown is on, reduce the rate for a while.
     *
     * @param retryAfter the server's Retry-After, or null if it sent none
     */
    void onThrottled(Duration retryAfter);

    /** The current rate multiplier: 1.0 normally, lower while slowed down after a 429. */
    default double rateFactor() {
        return 1.0;
    }

    /**
     * A limiter for {@code config}.
     *
     * @param name    name for logs
     * @param config  the windows and policies
     * @param ticker  time source
     * @param sleeper how to wait
     * @return a new limiter
     */
    static RateLimiter of(String name, RateLimitConfig config, Ticker ticker, Sleeper sleeper) {
        return new TokenBucketRateLimiter(Checks.notBlank(name, "name"), Checks.notNull(config, "config"),
                Checks.notNull(ticker, "ticker"), Checks.notNull(sleeper, "sleeper"));
    }

    /**
     * A limiter whose windows are shared, through {@code stateFile}, with every other limiter (in this process or
     * another one on the machine) that uses the same file: together they never exceed {@code config}'s windows, so
     * consecutive cron runs and parallel processes respect one hourly budget per host. The file holds the recent
     * start times on {@code clock}, is updated under a file lock, and may be deleted at any time (the budget then
     * starts afresh).
     *
     * @param name      name for logs
     * @param config    the windows and policies
     * @param stateFile the shared state file (created with its folder when needed)
     * @param clock     the wall clock the shared times are on
     * @param ticker    time source for waits
     * @param sleeper   how to wait
     * @return a new limiter
     */
    static RateLimiter shared(String name, RateLimitConfig config, java.nio.file.Path stateFile,
                              java.time.Clock clock, Ticker ticker, Sleeper sleeper) {
        return new TokenBucketRateLimiter(Checks.notBlank(name, "name"), Checks.notNull(config, "config"),
                Checks.notNull(ticker, "ticker"), Checks.notNull(sleeper, "sleeper"),
                Checks.notNull(stateFile, "stateFile"), Checks.notNull(clock, "clock"));
    }

    /** A limiter for {@code config} named "limiter". */
    static RateLimiter of(RateLimitConfig config, Ticker ticker, Sleeper sleeper) {
        return of("limiter", config, ticker, sleeper);
    }

    /** A limiter that admits everything at once and ignores 429 signals. */
    static RateLimiter unlimited() {
        return new RateLimiter() {
            @Override
            public String name() {
                return "unlimited";
            }

            @Override
            public Duration acquire() {
                return Duration.ZERO;
            }

            @Override
            public long reserveAt() {
                return Long.MIN_VALUE;
            }

            @Override
            public void onThrottled(Duration retryAfter) {
                // deliberately nothing: "unlimited" is for tests and trusted local mirrors
            }
        };
    }
}
