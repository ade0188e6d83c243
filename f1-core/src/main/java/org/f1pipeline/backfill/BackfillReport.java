package org.f1pipeline.backfill;

import java.time.Duration;
import java.util.List;

/**
 * What a backfill did.
 *
 * @param years           the seasons asked for
 * @param roundsTotal     rounds of those seasons (cancelled excluded; seasons whose schedule failed are not counted)
 * @param roundsCompleted rounds this run brought to {@code completed}
 * @param roundsResumed   rounds already completed before this run, skipped without any request
 * @param roundsPending   rounds whose next session is still in the future (nothing to fetch yet)
 * @param jobsRun         jobs that succeeded
 * @param requests        HTTP requests made (cache hits excluded)
 * @param skips           every failed step, in order
 * @param duration        wall time
 */
public record BackfillReport(List<Integer> years, int roundsTotal, int roundsCompleted, int roundsResumed,
                             int roundsPending, int jobsRun, long requests, List<BackfillSkip> skips,
                             Duration duration) {

    /** Freezes the lists. */
    public BackfillReport {
        years = List.copyOf(years);
        skips = List.copyOf(skips);
    }
}
