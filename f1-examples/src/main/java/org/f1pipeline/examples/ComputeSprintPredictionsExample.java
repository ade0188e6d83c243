package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.cli.PredictionTable;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code compute_sprint_predictions}: sprint win probabilities for round 5, into an SQLite file. */
public final class ComputeSprintPredictionsExample {

    private ComputeSprintPredictionsExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 5);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = SqliteStorage.open(Examples.tempDatabase("sprint-predictions.db"));
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.raceWeekends(pipeline, Examples.YEAR, 1, 2, 3, 4);
            Examples.run(pipeline, Job.COMPUTE_SEASON_STATS, JobParams.year(Examples.YEAR));
            Examples.run(pipeline, Job.INGEST_SPRINT_QUALIFYING, JobParams.race(race));
            Examples.run(pipeline, Job.COMPUTE_SPRINT_FEATURES, JobParams.race(race));
            Examples.run(pipeline, Job.COMPUTE_SPRINT_PREDICTIONS, JobParams.race(race));
            Prediction p = storage.predictions().latest(race, RaceType.SPRINT).orElseThrow();
            System.out.println(new PredictionTable(storage, p).render(10));
        }
    }
}
