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

/**
 * {@code ingest_sprint}: sprint results, laps and conditions, after sprint qualifying; the race moves to
 * {@code sprint_done}.
 */
public final class IngestSprintExample {

    private IngestSprintExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 11);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.run(pipeline, Job.INGEST_SPRINT_QUALIFYING, JobParams.race(race));
            Examples.run(pipeline, Job.INGEST_SPRINT, JobParams.race(race));
            for (RaceResult r : storage.results().raceResults(race, RaceType.SPRINT)) {
                System.out.printf("%-3s %-18s from grid %2d  %4.1f pts  %s%n", r.positionText(), r.driver(), r.grid(),
                        r.points(), r.status());
            }
            System.out.println(storage.laps().lapCount(race, RaceType.SPRINT) + " sprint laps stored; status "
                    + storage.races().race(race).orElseThrow().status().wireName());
        }
    }
}
