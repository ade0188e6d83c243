package org.f1pipeline.testkit.time;

import java.time.Instant;

/**
 * A fake ticker, clock and sleeper wired together: sleeping moves both ticker and clock, so rate limits, backoff,
 * cache ages and Retry-After dates all see the same time without any test sleeping on real time.
 */
public final class FakeTime {

    /** A fixed, arbitrary start for wall time in tests: 2024-06-01T12:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2024-06-01T12:00:00Z");

    private final FakeTicker ticker;
    private final FakeClock clock;
    private final FakeSleeper sleeper;

    private FakeTime(Instant start) {
        this.ticker = new FakeTicker();
        this.clock = new FakeClock(start);
        this.sleeper = new FakeSleeper(ticker, clock);
    }

    /** Fake time starting at {@link #DEFAULT_START}. */
    public static FakeTime create() {
        return new FakeTime(DEFAULT_START);
    }

    /** Fake time starting at {@code start}. */
    public static FakeTime startingAt(Instant start) {
        return new FakeTime(start);
    }

    /** The ticker. */
    public FakeTicker ticker() {
        return ticker;
    }

    /** The clock. */
    public FakeClock clock() {
        return clock;
    }

    /** The sleeper (advances ticker and clock). */
    public FakeSleeper sleeper() {
        return sleeper;
    }

    /** Moves ticker and clock together without recording a sleep. */
    public FakeTime advance(java.time.Duration d) {
        ticker.advance(d);
        clock.advance(d);
        return this;
    }
}
