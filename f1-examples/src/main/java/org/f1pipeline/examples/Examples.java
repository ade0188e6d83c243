package org.f1pipeline.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * What the per-job examples share: the fake servers, a pipeline wired to them, and printing. Against the real APIs
 * the wiring is just {@code F1Pipeline.builder().storage(storage).build()}; here the three sources point at the
 * in-process fake servers (synthetic data, no network) and the clock stands at the fake's "today", 10 July 2024,
 * when rounds 1-12 of the 2024 season have been raced.
 */
final class Examples {

    /** The demo's "today". */
    static final Instant NOW = SyntheticHistory.DEMO_TODAY;
    /** The demo season. */
    static final int YEAR = SyntheticHistory.DEMO_YEAR;

    private Examples() {
    }

    /** Starts the fake Jolpica, OpenF1 and live-timing servers on a free local port. */
    static FakeF1Api startFake() {
        System.out.println("(synthetic data from the f1pipeline test kit's fake servers, not real results)");
        return FakeF1Api.start(FakeF1Options.demo());
    }

    /**
     * A pipeline over {@code storage} whose sources are the fake servers and whose clock reads {@link #NOW}. The
     * pipeline does not close the storage: whoever opened it does.
     */
    static F1Pipeline pipeline(FakeF1Api fake, Storage storage) {
        return F1Pipeline.builder()
                .storage(storage)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(FakeSources.config(fake)).build())
                .build();
    }

    /** Runs a job and prints its report. */
    static JobReport run(F1Pipeline pipeline, Job job, JobParams params) {
        JobReport r = pipeline.runJob(job, params);
        System.out.println(r.job() + " " + r.params().asMap() + ": " + r.rowsWritten() + ", " + r.requests()
                + " requests, " + r.duration().toMillis() + " ms");
        r.notes().forEach(n -> System.out.println("  note: " + n));
        return r;
    }

    /** The season's schedule and entry list: what every other job needs first. */
    static void syncSeason(F1Pipeline pipeline, int year) {
        run(pipeline, Job.SYNC_SCHEDULE, JobParams.year(year));
        run(pipeline, Job.SYNC_SEASON, JobParams.year(year));
    }

    /** Qualifying and race of {@code rounds}: history for statistics and features. */
    static void raceWeekends(F1Pipeline pipeline, int year, int... rounds) {
        for (int round : rounds) {
            run(pipeline, Job.INGEST_QUALIFYING, JobParams.round(year, round));
            run(pipeline, Job.INGEST_RACE, JobParams.round(year, round));
        }
    }

    /** A fresh SQLite file in the temp folder, deleted when the JVM exits. */
    static Path tempDatabase(String name) {
        try {
            Path dir = Files.createTempDirectory("f1-example-");
            Path file = dir.resolve(name);
            dir.toFile().deleteOnExit();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path.of(file + suffix).toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
