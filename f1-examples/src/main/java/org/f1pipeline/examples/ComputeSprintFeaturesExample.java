package org.f1pipeline.examples;

import java.util.Comparator;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/**
 * {@code compute_sprint_features}: the 8 sprint feature scores (model {@code sprint-v2}) on the sprint-qualifying
 * grid of round 5, the season's first sprint weekend, with rounds 1-4 as history.
 */
public final class ComputeSprintFeaturesExample {

    private ComputeSprintFeaturesExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 5);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.raceWeekends(pipeline, Examples.YEAR, 1, 2, 3, 4);
            Examples.run(pipeline, Job.COMPUTE_SEASON_STATS, JobParams.year(Examples.YEAR));
            Examples.run(pipeline, Job.INGEST_SPRINT_QUALIFYING, JobParams.race(race));
            Examples.run(pipeline, Job.COMPUTE_SPRINT_FEATURES, JobParams.race(race));
            String model = pipeline.config().models().sprintModel().version();
            storage.features().features(race, RaceType.SPRINT, model).stream()
                    .sorted(Comparator.comparingDouble(FeatureRow::rawScore).reversed()).limit(5)
                    .forEach(r -> System.out.printf("%-18s raw %.4f  %s%n", r.driver(), r.rawScore(), r.scores()));
        }
    }
}
