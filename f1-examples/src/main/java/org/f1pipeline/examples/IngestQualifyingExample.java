package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code ingest_qualifying}: Q1-Q3 times, best sectors and speed trap of a 2018+ qualifying; the race moves on. */
public final class IngestQualifyingExample {

    private IngestQualifyingExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 12);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.run(pipeline, Job.INGEST_QUALIFYING, JobParams.race(race));
            for (QualifyingResult q : storage.results().qualifying(race)) {
                System.out.printf("P%-2d %-18s Q1 %s Q2 %s Q3 %s  sectors %s/%s/%s  trap %s%n", q.position(),
                        q.driver(), q.q1Ms(), q.q2Ms(), q.q3Ms(), q.sector1Ms(), q.sector2Ms(), q.sector3Ms(),
                        q.speedTrapKph());
            }
            System.out.println(race + " status: " + storage.races().race(race).orElseThrow().status().wireName());
        }
    }
}
