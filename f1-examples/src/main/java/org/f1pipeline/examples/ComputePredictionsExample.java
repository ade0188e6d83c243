package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.cli.PredictionTable;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/**
 * {@code compute_predictions}: win probabilities from the stored feature rows (for the default {@code clogit-v1}
 * the conditional logit of the fitted utilities; for {@code weighted-v3} the softmax at T = 0.3), stored as a new
 * prediction version with each driver's per-input contributions (coefficient x input).
 */
public final class ComputePredictionsExample {

    private ComputePredictionsExample() {
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
            Examples.run(pipeline, Job.COMPUTE_PREDICTIONS, JobParams.race(race));
            Prediction p = storage.predictions().latest(race, RaceType.GRAND_PRIX).orElseThrow();
            System.out.println(new PredictionTable(storage, p).render(10));
        }
    }
}
