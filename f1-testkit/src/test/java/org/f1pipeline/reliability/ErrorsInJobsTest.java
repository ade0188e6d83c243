package org.f1pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineListener;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.ingest.IngestFixture;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.job.internal.JobOverrides;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 point 5, second half: any {@link Error} inside a job becomes a failure, never a bare stack trace. Before
 * the change an {@link OutOfMemoryError} escaped {@code runJob} as is, so the CLI printed a stack trace without a
 * failure line, and a backfill (which turns failed steps into {@code [SKIP]} lines) aborted altogether.
 */
@DisplayName("Errors inside jobs")
class ErrorsInJobsTest {

    private static final Instant NOW = SyntheticHistory.DEMO_TODAY;
    private static FakeF1Api fake;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    @DisplayName("an OutOfMemoryError in a job is a JobException with a failure line that says what happened")
    void outOfMemoryBecomesAFailureLine() {
        List<String> lines = new ArrayList<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void onJobFailed(Job job, JobParams params, Throwable error, String failureLine) {
                lines.add(failureLine);
            }
        };
        try (F1Pipeline p = JobOverrides.handler(IngestFixture.builder(fake, Storages.inMemory(), NOW).listener(listener),
                Job.COMPUTE_SEASON_STATS, (ctx, params) -> {
                    throw new OutOfMemoryError("Java heap space");
                }).build()) {
            assertThatThrownBy(() -> p.runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(2019)))
                    .isInstanceOf(JobException.class)
                    .hasMessageContaining("ran out of memory (java.lang.OutOfMemoryError: Java heap space)")
                    .hasCauseInstanceOf(OutOfMemoryError.class);
        }
        assertThat(lines).singleElement().asString().contains("\"status\":\"failed\"")
                .contains("\"job\":\"compute_season_stats\"").contains("ran out of memory")
                .contains("\"error_type\":\"JobException\"");
    }

    @Test
    @DisplayName("a backfill skips a step that ran out of memory and carries on with the next rounds")
    void backfillCarriesOnAfterAnError() {
        int[] calls = new int[1];
        try (F1Pipeline p = JobOverrides.handler(IngestFixture.builder(fake, Storages.inMemory(), NOW),
                Job.INGEST_RACE_LEGACY, (ctx, params) -> {
                    calls[0]++;
                    throw new StackOverflowError();
                }).build()) {
            BackfillReport report = p.backfillFull(1999, 1999, BackfillOptions.ofDefaults(), BackfillListener.NONE);
            int rounds = fake.history().season(1999).rounds().size();
            assertThat(calls[0]).as("every round was tried").isEqualTo(rounds);
            assertThat(report.skips()).filteredOn(s -> s.job() == Job.INGEST_RACE_LEGACY).hasSize(rounds)
                    .allSatisfy(s -> assertThat(s.reason()).contains("stack overflow"));
        }
    }
}
