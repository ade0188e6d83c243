package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code ingest_sprint_qualifying}: the sprint grid and SQ1-SQ3 times of a 2024 sprint weekend (OpenF1). */
public final class IngestSprintQualifyingExample {

    private IngestSprintQualifyingExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 11);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.run(pipeline, Job.INGEST_SPRINT_QUALIFYING, JobParams.race(race));
            for (QualifyingResult q : storage.results().sprintQualifying(race)) {
                System.out.printf("P%-2d %-18s SQ1 %s SQ2 %s SQ3 %s%n", q.position(), q.driver(), q.q1Ms(), q.q2Ms(),
                        q.q3Ms());
            }
            System.out.println(race + " status: " + storage.races().race(race).orElseThrow().status().wireName());
        }
    }
}
