package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.Race;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code sync_schedule}: every round of a season with its format and session times, into in-memory storage. */
public final class SyncScheduleExample {

    private SyncScheduleExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.run(pipeline, Job.SYNC_SCHEDULE, JobParams.year(Examples.YEAR));
            for (Race race : storage.races().races(Examples.YEAR)) {
                System.out.printf("%s %-28s %-18s %-10s race %s%n", race.key(), race.name(),
                        race.format().wireName(), race.status().wireName(), race.startOf(
                                org.f1pipeline.domain.RaceType.GRAND_PRIX));
            }
        }
    }
}
