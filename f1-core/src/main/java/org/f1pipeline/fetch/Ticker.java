package org.f1pipeline.fetch;

/**
 * A monotonic time source in nanoseconds, used for rate limiting, backoff and durations. Injected so tests can
 * drive time by hand instead of sleeping; wall-clock time ({@link java.time.Clock}) is a separate seam because
 * cache freshness and Retry-After dates need dates, not elapsed time.
 *
 * <p>Implementations must be thread-safe and never go backwards.
 */
@FunctionalInterface
public interface Ticker {

    /** The current reading in nanoseconds; only differences between readings are meaningful. */
    long nanoTime();

    /** The system ticker, backed by {@link System#nanoTime()}. */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }

    /** Enum singleton so the system ticker is serialisation-safe and has a readable toString. */
    enum SystemTicker implements Ticker {
        /** The only instance. */
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }
    }
}
