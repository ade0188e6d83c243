package org.f1pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.Season;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobNotAvailableException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.job.internal.JobOverrides;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class F1PipelineTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private final Storage storage = Storages.inMemory();
    private final List<String> events = new ArrayList<>();
    private final PipelineListener recorder = new PipelineListener() {
        @Override
        public void onJobStarted(Job job, JobParams params) {
            events.add("started " + job);
        }

        @Override
        public void onJobFinished(JobReport report) {
            events.add("finished " + report.job());
        }

        @Override
        public void onJobFailed(Job job, JobParams params, Throwable error, String failureLine) {
            events.add("failed " + failureLine);
        }
    };

    @AfterEach
    void close() {
        storage.close();
    }

    private F1Pipeline.Builder pipeline() {
        return F1Pipeline.builder().storage(storage).clock(NOV_2026).listener(recorder);
    }

    @Test
    @DisplayName("a job this version does not ship fails clearly and touches nothing")
    void notAvailable() {
        F1Pipeline pipeline = pipeline().registry(Map.of()).build();
        assertThatThrownBy(() -> pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(RaceKey.of(2025, 3))))
                .isInstanceOf(JobNotAvailableException.class)
                .hasMessageContaining("job compute_features is not available in this version of f1pipeline");
        assertThat(events).isEmpty();
        assertThat(storage.catalog().seasons()).isEmpty();
    }

    @Test
    @DisplayName("this version ships every job of the seed engine")
    void everyJobShipped() {
        F1Pipeline pipeline = pipeline().build();
        assertThat(java.util.Arrays.stream(Job.values()).filter(job -> !pipeline.isAvailable(job))).isEmpty();
    }

    @Test
    @DisplayName("parameters are checked against the clock before the job runs: 2028 is too far ahead in 2026")
    void validatesBeforeRunning() {
        F1Pipeline pipeline = JobOverrides.handler(pipeline(), Job.SYNC_SCHEDULE, (ctx, params) -> {
            throw new AssertionError("must not run");
        }).build();
        assertThatThrownBy(() -> pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2028)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("year must be between 1950 and 2027, was 2028");
        assertThatThrownBy(() -> pipeline.runJob("sync_schedule", JobParams.none()))
                .hasMessage("sync_schedule needs the parameter year, e.g. JobParams.year(2024)");
        assertThat(events).isEmpty();
    }

    @Test
    @DisplayName("a successful job reports rows, requests and notes, and the listener hears about it")
    void report() {
        F1Pipeline pipeline = JobOverrides.handler(pipeline(), Job.SYNC_SCHEDULE, (ctx, params) -> {
            ctx.storage().useTransaction(tx -> tx.catalog().upsertSeasons(List.of(Season.of(params.year()))));
            return new JobOutcome(Map.of("seasons", 1), 3, List.of("schedule has 24 rounds"));
        }).build();
        JobReport report = pipeline.runJob("sync_schedule", JobParams.year(2026));
        assertThat(report.job()).isEqualTo(Job.SYNC_SCHEDULE);
        assertThat(report.rowsWritten()).containsEntry("seasons", 1);
        assertThat(report.totalRows()).isEqualTo(1);
        assertThat(report.requests()).isEqualTo(3);
        assertThat(report.notes()).containsExactly("schedule has 24 rounds");
        assertThat(report.startedAt()).isEqualTo(NOV_2026.instant());
        assertThat(events).containsExactly("started sync_schedule", "finished sync_schedule");
        assertThat(storage.catalog().seasons()).extracting(Season::year).containsExactly(2026);
    }

    @Test
    @DisplayName("a job failing mid-way leaves the database exactly as it was and emits the failure line")
    void failureRollsBack() {
        storage.useTransaction(tx -> {
            tx.catalog().upsertSeasons(List.of(Season.of(2025)));
            tx.catalog().upsertCircuits(List.of(new Circuit(CircuitId.of("monza"), "Monza", "Monza", "Italy",
                    45.6, 9.28, 0.85, null)));
            tx.races().upsertRaces(List.of(new Race(RaceKey.of(2025, 16), "Italian Grand Prix",
                    CircuitId.of("monza"), LocalDate.of(2025, 9, 7), EventFormat.CONVENTIONAL, Map.of(),
                    RaceStatus.QUALIFYING_DONE)));
        });
        IllegalStateException boom = new IllegalStateException("source returned 19 of 20 drivers");
        F1Pipeline pipeline = JobOverrides.handler(pipeline(), Job.INGEST_RACE, (ctx, params) -> ctx.storage().inTransaction(tx -> {
            tx.races().setStatus(params.raceKey(), RaceStatus.COMPLETED);
            throw boom;
        })).build();

        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_RACE, JobParams.round(2025, 16))).isSameAs(boom);
        assertThat(storage.races().race(RaceKey.of(2025, 16)).orElseThrow().status())
                .isEqualTo(RaceStatus.QUALIFYING_DONE);
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).startsWith("failed {\"job\":\"ingest_race\",\"status\":\"failed\","
                + "\"error\":\"source returned 19 of 20 drivers\"");
        assertThat(events.get(1)).contains("\"year\":2025", "\"round\":16");
    }

    @Test
    @DisplayName("the in-memory pipeline owns and closes its storage; a passed-in storage stays open")
    void ownership() {
        Storage owned;
        try (F1Pipeline pipeline = F1Pipeline.inMemory()) {
            owned = pipeline.storage();
            assertThat(owned.describe()).isEqualTo("memory:");
        }
        assertThatThrownBy(() -> owned.catalog().seasons()).isInstanceOf(IllegalStateException.class);
        pipeline().build().close();
        assertThat(storage.catalog().seasons()).isEmpty();
    }
}
