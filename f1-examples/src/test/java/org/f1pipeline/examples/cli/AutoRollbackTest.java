package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.examples.FakeSources;
import org.f1pipeline.job.Job;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.job.internal.JobOverrides;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auto mode's roll-back: when a later job of a chain fails, the status the chain's ingest job set is reset, so the
 * next run repeats the whole chain (otherwise the prediction of that weekend would never be made).
 */
class AutoRollbackTest {

    private static final Instant AFTER_QUALIFYING = CliBackfillAutoTest.AFTER_QUALIFYING;

    @TempDir
    Path dir;

    @Test
    @DisplayName("compute_features fails after ingest_qualifying: status back to scheduled, data kept, attempt counted")
    void rollsBackTheStatus() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = CliContext.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir);
        try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.builder().asOf(AFTER_QUALIFYING).build());
             Storage storage = SqliteStorage.open(dir.resolve("f1.db"))) {
            F1Pipeline pipeline = JobOverrides.handler(F1Pipeline.builder().storage(storage)
                    .clock(Clock.fixed(AFTER_QUALIFYING, ZoneOffset.UTC))
                    .config(PipelineConfig.ofDefaults().toBuilder().fetch(FakeSources.config(fake)).build()),
                    Job.COMPUTE_FEATURES, (context, params) -> {
                        throw new IllegalStateException("injected failure in compute_features");
                    }).build();
            pipeline.backfillFull(2024, 2024);
            storage.races().setStatus(RaceKey.of(2024, 13), RaceStatus.SCHEDULED);
            CliSession session = CliSession.of(CliConfig.ofDefaults(), pipeline.clock(), storage, pipeline);
            AutoState state = AutoState.load(dir.resolve("state.json"));

            int exit = new AutoRunner(session, state, ctx, false, false).run();

            assertThat(exit).as(out + "\n" + err).isEqualTo(ExitCodes.FAILED);
            assertThat(out.toString()).contains("ingest_qualifying 2024-13")
                    .contains("status of 2024-13 rolled back from qualifying_done to scheduled");
            assertThat(err.toString()).contains("\"job\":\"compute_features\"").contains("injected failure");
            assertThat(storage.races().race(RaceKey.of(2024, 13)).orElseThrow().status())
                    .isEqualTo(RaceStatus.SCHEDULED);
            assertThat(storage.results().qualifying(RaceKey.of(2024, 13))).hasSize(20);
            assertThat(dir.resolve("state.json")).content().contains("\"qualifying\" : 1")
                    .contains("compute_features: injected failure");
        }
    }
}
