package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code ingest_race_legacy}: results of a season before 2018, from Jolpica alone. */
public final class IngestRaceLegacyExample {

    private IngestRaceLegacyExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(2010, 1);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, race.season());
            Examples.run(pipeline, Job.INGEST_QUALIFYING_LEGACY, JobParams.race(race));
            Examples.run(pipeline, Job.INGEST_RACE_LEGACY, JobParams.race(race));
            for (RaceResult r : storage.results().raceResults(race, RaceType.GRAND_PRIX)) {
                System.out.printf("%-3s %-20s %-14s %4.1f pts  %s%n", r.positionText(), r.driver(), r.constructor(),
                        r.points(), r.status());
            }
        }
    }
}
