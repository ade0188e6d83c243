package org.f1pipeline.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A wall {@link Clock} that moves only when told to, in UTC. Thread-safe. */
public final class FakeClock extends Clock {

    private final AtomicReference<Instant> now;

    /** Starts at {@code start}. */
    public FakeClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Instants are zone-free; the library only reads instant().
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward (or back, for testing clock skew). */
    public FakeClock advance(Duration d) {
        now.updateAndGet(i -> i.plus(d));
        return this;
    }

    /** Sets the clock. */
    public FakeClock set(Instant instant) {
        now.set(instant);
        return this;
    }
}
