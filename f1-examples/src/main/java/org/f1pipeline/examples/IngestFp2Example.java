package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/**
 * {@code ingest_fp2}: each driver's FP2 long-run pace per dry compound (median of the trimmed stint, shifted to a
 * medium-tyre baseline), from OpenF1 (2023 on). The long-run feature of the grand-prix model reads these.
 */
public final class IngestFp2Example {

    private IngestFp2Example() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        RaceKey race = RaceKey.of(Examples.YEAR, 12);
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.run(pipeline, Job.INGEST_FP2, JobParams.race(race));
            for (LongRun run : storage.laps().longRuns(race)) {
                System.out.printf("%-18s %-6s median %d ms over %d laps (best %s ms)%n", run.driver(), run.compound(),
                        run.medianLapMs(), run.stintLength(), run.bestLapMs());
            }
        }
    }
}
