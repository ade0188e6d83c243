package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code ingest_qualifying_legacy}: qualifying of a season before 2018, from Jolpica alone (no sectors). */
public final class IngestQualifyingLegacyExample {

    private IngestQualifyingLegacyExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(2010, 1);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, race.season());
            Examples.run(pipeline, Job.INGEST_QUALIFYING_LEGACY, JobParams.race(race));
            for (QualifyingResult q : storage.results().qualifying(race)) {
                System.out.printf("P%-2d %-20s %-14s Q1 %s Q2 %s Q3 %s%n", q.position(), q.driver(), q.constructor(),
                        q.q1Ms(), q.q2Ms(), q.q3Ms());
            }
        }
    }
}
