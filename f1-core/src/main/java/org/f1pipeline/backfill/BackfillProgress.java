package org.f1pipeline.backfill;

import java.time.Duration;
import org.f1pipeline.domain.RaceKey;

/**
 * Where a backfill stands, sent after every round (and season step) for progress bars.
 *
 * @param year        the season being worked on
 * @param race        the round just finished, or null after a season-wide step
 * @param roundsDone  rounds completed, including those already completed before this run (resumed)
 * @param roundsTotal rounds of all seasons in the range (cancelled rounds excluded), once the schedules are synced
 * @param requests    HTTP requests made by this backfill so far (cache hits excluded)
 * @param throttles   times a request waited for a rate limiter
 * @param retries     requests retried after a 429, 5xx or I/O error
 * @param skips       steps skipped so far
 * @param elapsed     time since the backfill started
 * @param eta         estimated time to finish, from the pace of the rounds processed so far; null until one is done
 */
public record BackfillProgress(int year, RaceKey race, int roundsDone, int roundsTotal, long requests,
                               long throttles, long retries, int skips, Duration elapsed, Duration eta) {

    /** Share of rounds done, 0 to 1. */
    public double fraction() {
        return roundsTotal == 0 ? 1.0 : Math.min(1.0, (double) roundsDone / roundsTotal);
    }
}
