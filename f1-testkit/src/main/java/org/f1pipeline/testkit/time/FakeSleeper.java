package org.f1pipeline.testkit.time;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.f1pipeline.fetch.Sleeper;

/**
 * A {@link Sleeper} that returns at once, advancing the fake ticker and clock by the requested duration, and
 * records every sleep. Thread-safe; with several threads the recorded sleeps are the requested waits (the fake
 * time then moves by their sum, which is never less than real time would have).
 */
public final class FakeSleeper implements Sleeper {

    private final FakeTicker ticker;
    private final FakeClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /**
     * Creates the sleeper.
     *
     * @param ticker advanced by every sleep
     * @param clock  advanced by every sleep, or null to leave wall time alone
     */
    public FakeSleeper(FakeTicker ticker, FakeClock clock) {
        this.ticker = ticker;
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted before a fake sleep");
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        sleeps.add(duration);
        ticker.advance(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    /** Every positive sleep so far, in the order they happened. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The sum of all sleeps. */
    public Duration total() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** Forgets the recorded sleeps (time stays where it is). */
    public void reset() {
        sleeps.clear();
    }
}
