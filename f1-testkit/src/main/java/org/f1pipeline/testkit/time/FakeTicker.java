package org.f1pipeline.testkit.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.f1pipeline.fetch.Ticker;

/** A {@link Ticker} that moves only when told to. Thread-safe. */
public final class FakeTicker implements Ticker {

    private final AtomicLong nanos;

    /** Starts at an arbitrary non-zero reading, as {@link System#nanoTime()} does. */
    public FakeTicker() {
        this(1_000_000_000L);
    }

    /** Starts at {@code startNanos}. */
    public FakeTicker(long startNanos) {
        this.nanos = new AtomicLong(startNanos);
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    /** Moves the reading forward; negative durations are rejected (tickers never go back). */
    public FakeTicker advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a ticker cannot go backwards: " + d);
        }
        nanos.addAndGet(d.toNanos());
        return this;
    }
}
