package org.f1pipeline.backfill.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;

/**
 * The jobs of one round, in the seed's chain order (data-pipeline.md): on a sprint weekend sprint qualifying (2023
 * on), the sprint predictions, the sprint; then qualifying, FP2 long runs, the grand-prix predictions, the race.
 * Seasons before 2018 use the legacy ingest jobs, as the seed's backfill did. Compute steps run only when this
 * version ships them and only after their ingest step succeeded, so predictions are made before the race they
 * predict is ingested.
 */
final class RoundChain {

    /** First season routed to the non-legacy ingest jobs. */
    static final int FIRST_MODERN_SEASON = 2018;
    /** First season a source has FP2 laps for (the live-timing archive; OpenF1 from 2023). */
    static final int FIRST_FP2_SEASON = 2018;

    /**
     * One step.
     *
     * @param job       the job
     * @param session   the session it needs to have started
     * @param dependsOn the ingest step whose failure skips this (compute) step, or null
     */
    record Step(Job job, SessionType session, Job dependsOn) {
    }

    private RoundChain() {
    }

    /** Every step of a full backfill for the round. */
    static List<Step> full(Race race, BackfillOptions options, Predicate<Job> available) {
        List<Step> steps = new ArrayList<>(sprint(race, options, available));
        boolean legacy = race.key().season() < FIRST_MODERN_SEASON;
        Job quali = legacy ? Job.INGEST_QUALIFYING_LEGACY : Job.INGEST_QUALIFYING;
        steps.add(new Step(quali, SessionType.QUALIFYING, null));
        if (options.fp2() && race.key().season() >= FIRST_FP2_SEASON
                && (race.format() == EventFormat.CONVENTIONAL || race.format() == EventFormat.SPRINT)) {
            steps.add(new Step(Job.INGEST_FP2, SessionType.FP2, null));
        }
        compute(steps, options, available, quali, SessionType.QUALIFYING, Job.COMPUTE_FEATURES,
                Job.COMPUTE_PREDICTIONS);
        steps.add(new Step(legacy ? Job.INGEST_RACE_LEGACY : Job.INGEST_RACE, SessionType.RACE, null));
        return steps;
    }

    /**
     * The sprint steps of the round (none on a conventional weekend). 2021-22 weekends have no sprint qualifying,
     * so they get neither that step nor sprint predictions (their sprint grid is only known from qualifying, which
     * the seed's status machine ingests after the sprint).
     */
    static List<Step> sprint(Race race, BackfillOptions options, Predicate<Job> available) {
        List<Step> steps = new ArrayList<>();
        if (!race.isSprintWeekend()) {
            return steps;
        }
        // Without OpenF1 the live-timing archive classifies sprint qualifying (its segment bests).
        if (race.format().hasSprintQualifying()) {
            steps.add(new Step(Job.INGEST_SPRINT_QUALIFYING, SessionType.SPRINT_QUALIFYING, null));
            compute(steps, options, available, Job.INGEST_SPRINT_QUALIFYING, SessionType.SPRINT_QUALIFYING,
                    Job.COMPUTE_SPRINT_FEATURES, Job.COMPUTE_SPRINT_PREDICTIONS);
        }
        steps.add(new Step(Job.INGEST_SPRINT, SessionType.SPRINT, null));
        return steps;
    }

    private static void compute(List<Step> steps, BackfillOptions options, Predicate<Job> available, Job after,
                                SessionType session, Job... jobs) {
        if (!options.computeJobs()) {
            return;
        }
        for (Job job : jobs) {
            if (available.test(job)) {
                steps.add(new Step(job, session, after));
            }
        }
    }
}
