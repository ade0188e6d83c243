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
 * {@code compute_features}: the inputs of the default model {@code clogit-v1} (ln grid, pole, driver and team
 * ratings, with the season's fitted coefficients) of every driver on the grid, from what was known before the
 * race: here rounds 1-3 as history and round 4's qualifying as the grid. With {@code ModelEngine.seed()} in the
 * pipeline config the same job computes the seed's 12 {@code weighted-v3} feature scores.
 */
public final class ComputeFeaturesExample {

    private ComputeFeaturesExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 4);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.raceWeekends(pipeline, Examples.YEAR, 1, 2, 3);
            Examples.run(pipeline, Job.INGEST_QUALIFYING, JobParams.race(race));
            Examples.run(pipeline, Job.COMPUTE_FEATURES, JobParams.race(race));
            String model = pipeline.config().models().grandPrixModel().version();
            storage.features().features(race, RaceType.GRAND_PRIX, model).stream()
                    .sorted(Comparator.comparingDouble(FeatureRow::rawScore).reversed()).limit(5)
                    .forEach(r -> System.out.printf("%-18s raw %.4f  %s%n", r.driver(), r.rawScore(), r.scores()));
        }
    }
}
