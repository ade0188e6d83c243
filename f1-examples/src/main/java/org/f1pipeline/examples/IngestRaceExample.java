package org.f1pipeline.examples;

import java.nio.file.Path;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeF1Api;

/**
 * {@code ingest_race}, into an SQLite file: results, every lap and the race conditions (weather, safety cars); the
 * race becomes completed. One transaction: a failure leaves the file exactly as it was.
 */
public final class IngestRaceExample {

    private IngestRaceExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 12);
        Path file = Examples.tempDatabase("ingest-race.db");
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = SqliteStorage.open(file);
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.run(pipeline, Job.INGEST_QUALIFYING, JobParams.race(race));
            Examples.run(pipeline, Job.INGEST_RACE, JobParams.race(race));
            for (RaceResult r : storage.results().raceResults(race, RaceType.GRAND_PRIX)) {
                System.out.printf("%-3s %-18s %-14s grid %2d  %4.1f pts  %s%n", r.positionText(), r.driver(),
                        r.constructor(), r.grid(), r.points(), r.status());
            }
            System.out.println(storage.laps().lapCount(race, RaceType.GRAND_PRIX) + " laps; conditions "
                    + storage.races().conditions(race, RaceType.GRAND_PRIX).orElse(null));
            System.out.println(storage.describe() + ": " + race + " is "
                    + storage.races().race(race).orElseThrow().status().wireName());
        }
    }
}
