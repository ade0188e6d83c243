package org.f1pipeline.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RateLimiter;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;

/**
 * A child process of {@link SharedHourlyBudgetTest}: reserves permits from a limiter that shares its windows
 * through a state file, on a clock fixed at the instant given (both children see the same fake time, so their
 * reservations are comparable), and prints each reserved start as epoch milliseconds.
 *
 * <p>Arguments: state file, permits per hour, reservations to make, clock instant.
 */
public final class LimiterChild {

    private LimiterChild() {
    }

    /** Runs the child. */
    public static void main(String[] args) {
        Path state = Path.of(args[0]);
        int perHour = Integer.parseInt(args[1]);
        int reservations = Integer.parseInt(args[2]);
        Instant t0 = Instant.parse(args[3]);
        FakeTicker ticker = new FakeTicker();
        RateLimiter limiter = RateLimiter.shared("jolpica", RateLimitConfig.builder()
                .window(perHour, Duration.ofHours(1)).margin(Duration.ZERO)
                .adaptive(RateLimitConfig.Adaptive.disabled()).build(), state, Clock.fixed(t0, ZoneOffset.UTC),
                ticker, new FakeSleeper(ticker, null));
        long base = ticker.nanoTime();
        for (int i = 0; i < reservations; i++) {
            long at = limiter.reserveAt();
            System.out.println("start " + (t0.toEpochMilli() + (at - base) / 1_000_000));
        }
        System.out.flush();
    }
}
