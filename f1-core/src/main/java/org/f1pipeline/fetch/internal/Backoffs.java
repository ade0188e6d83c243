package org.f1pipeline.fetch.internal;

import java.time.Duration;
import java.util.Random;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.Backoff;

/**
 * The shipped {@link Backoff} strategies as named values, so a configuration prints as
 * {@code exponentialWithFullJitter(base=PT0.5S, cap=PT30S)} rather than a lambda's class name. Internal API: use
 * the factories on {@link Backoff}.
 */
public final class Backoffs {

    private Backoffs() {
    }

    /** The same wait every time. */
    public record Fixed(Duration delay) implements Backoff {
        @Override
        public Duration delay(int attempt) {
            return delay;
        }

        @Override
        public String toString() {
            return "fixed(" + delay + ")";
        }
    }

    /** {@code min(cap, base * 2^(attempt-1))}. */
    public record Exponential(Duration base, Duration cap) implements Backoff {
        @Override
        public Duration delay(int attempt) {
            return ceiling(base, cap, attempt);
        }

        @Override
        public String toString() {
            return "exponential(base=" + base + ", cap=" + cap + ")";
        }
    }

    /** A uniform draw from {@code [0, min(cap, base * 2^(attempt-1))]}. */
    public record FullJitter(Duration base, Duration cap, Random random) implements Backoff {
        @Override
        public Duration delay(int attempt) {
            long ceilingNanos = ceiling(base, cap, attempt).toNanos();
            double u;
            synchronized (random) {
                u = random.nextDouble();
            }
            return Duration.ofNanos((long) (u * ceilingNanos));
        }

        /** Equal to another full-jitter backoff with the same base and cap: the random source is not a setting. */
        @Override
        public boolean equals(Object other) {
            return other instanceof FullJitter o && base.equals(o.base) && cap.equals(o.cap);
        }

        @Override
        public int hashCode() {
            return 31 * base.hashCode() + cap.hashCode();
        }

        @Override
        public String toString() {
            return "exponentialWithFullJitter(base=" + base + ", cap=" + cap + ")";
        }
    }

    static Duration ceiling(Duration base, Duration cap, int attempt) {
        checkAttempt(attempt);
        int shift = Math.min(attempt - 1, 40);
        double nanos = base.toNanos() * Math.pow(2, shift);
        return nanos >= cap.toNanos() ? cap : Duration.ofNanos((long) nanos);
    }

    private static void checkAttempt(int attempt) {
        if (attempt < 1) {
            throw new InvalidInputException("attempt", "attempt must be >= 1, was " + attempt);
        }
    }
}
