package org.f1pipeline.backfill;

import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;

/**
 * A backfill step that failed; the backfill went on with the next step (the seed's {@code [SKIP]} line).
 *
 * @param job    the job that failed
 * @param year   the season
 * @param race   the race, or null for a season-wide job
 * @param reason the error message
 * @param error  the error itself ({@link org.f1pipeline.DataNotAvailableException} means "retry later")
 */
public record BackfillSkip(Job job, int year, RaceKey race, String reason, Throwable error) {

    /** {@code [SKIP] ingest_race 2024-05: <reason>} (or the year for season-wide jobs). */
    public String line() {
        return "[SKIP] " + job.jobName() + " " + (race != null ? race.toString() : String.valueOf(year)) + ": "
                + reason;
    }

    @Override
    public String toString() {
        return line();
    }
}
