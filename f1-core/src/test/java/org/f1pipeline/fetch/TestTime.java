package org.f1pipeline.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fake ticker, clock and sleeper for f1-core's own tests (f1-testkit has the public versions, but core cannot
 * depend on it without a reactor cycle). Sleeping advances ticker and clock at once and is recorded.
 */
final class TestTime {

    final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-06-01T12:00:00Z"));
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    final Ticker ticker = nanos::get;

    final Sleeper sleeper = d -> {
        if (d.isNegative() || d.isZero()) {
            return;
        }
        sleeps.add(d);
        advance(d);
    };

    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
        now.updateAndGet(i -> i.plus(d));
    }

    /** Ticker reading relative to the start, in milliseconds (for readable assertions). */
    long millisSinceStart(long tickerReading) {
        return (tickerReading - 5_000_000_000L) / 1_000_000L;
    }
}
