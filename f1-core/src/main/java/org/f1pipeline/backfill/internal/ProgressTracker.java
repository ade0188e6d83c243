package org.f1pipeline.backfill.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillProgress;
import org.f1pipeline.backfill.BackfillSkip;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.Ticker;

/**
 * Counters of one backfill and the events it sends: rounds, requests, throttles and retries (through the
 * pipeline's fetch events), skips, and an ETA from the pace of the rounds processed in this run.
 */
final class ProgressTracker implements FetchListener {

    private final BackfillListener listener;
    private final LongSupplier requests;
    private final long requestsAtStart;
    private final Ticker ticker;
    private final long startNanos;
    private final AtomicLong throttles = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    final List<BackfillSkip> skips = new ArrayList<>();
    int roundsTotal;
    int roundsDone;
    int roundsToProcess;
    int processed;

    ProgressTracker(BackfillListener listener, LongSupplier requests, Ticker ticker) {
        this.listener = listener;
        this.requests = requests;
        this.requestsAtStart = requests.getAsLong();
        this.ticker = ticker;
        this.startNanos = ticker.nanoTime();
    }

    @Override
    public void onThrottle(String limiter, Duration wait) {
        throttles.incrementAndGet();
    }

    @Override
    public void onRetry(URI uri, int attempt, Duration wait, String reason) {
        retries.incrementAndGet();
    }

    long requests() {
        return requests.getAsLong() - requestsAtStart;
    }

    Duration elapsed() {
        return Duration.ofNanos(ticker.nanoTime() - startNanos);
    }

    BackfillListener listener() {
        return listener;
    }

    void skip(BackfillSkip skip) {
        skips.add(skip);
        listener.onSkip(skip);
    }

    void progress(int year, RaceKey race) {
        Duration elapsed = elapsed();
        Duration eta = null;
        if (processed > 0) {
            long remaining = Math.max(0, roundsToProcess - processed);
            eta = elapsed.dividedBy(processed).multipliedBy(remaining);
        }
        listener.onProgress(new BackfillProgress(year, race, roundsDone, roundsTotal, requests(), throttles.get(),
                retries.get(), skips.size(), elapsed, eta));
    }
}
