package org.f1pipeline.fetch;

import java.time.Duration;

/**
 * Waits for a duration. Every wait in the fetch layer (rate limiting, backoff, Retry-After) goes through a
 * {@code Sleeper}, so a test injects one that advances a fake ticker instantly and records what was asked.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}; returns at once for zero or negative durations.
     *
     * @param duration how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The real sleeper, backed by {@link Thread#sleep(long, int)}. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }

    /** Enum singleton for the real sleeper. */
    enum SystemSleeper implements Sleeper {
        /** The only instance. */
        INSTANCE;

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            long nanos = duration.toNanos();
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        }
    }
}
