package org.f1pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.f1pipeline.job.JobParams;
import org.f1pipeline.logcapture.CapturedLogs;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.job.internal.JobOverrides;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The library as an application embeds it, with the application's logging set up (here the capturing SLF4J binding
 * of f1-core's tests): a failure the application catches and handles must not show up as an ERROR line in its logs.
 * The failure line goes to the listener; the library keeps it at DEBUG.
 */
class EmbedderFailureReportingTest {

    /** 2026-11-22: the Abu Dhabi qualifying of 2026-12-05 has not started yet. */
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final RaceKey ABU_DHABI = RaceKey.of(2026, 24);

    private final Storage storage = Storages.inMemory();
    private final List<String> failureLines = new ArrayList<>();
    private CapturedLogs logs;

    @BeforeEach
    void setUp() {
        storage.useTransaction(tx -> {
            tx.catalog().upsertSeasons(List.of(Season.of(2026)));
            tx.catalog().upsertCircuits(List.of(new Circuit(CircuitId.of("yas_marina"), "Yas Marina Circuit",
                    "Abu Dhabi", "UAE", 24.4672, 54.6031, null, null)));
            tx.races().upsertRaces(List.of(new Race(ABU_DHABI, "Abu Dhabi Grand Prix", CircuitId.of("yas_marina"),
                    LocalDate.of(2026, 12, 6), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED)));
        });
        logs = CapturedLogs.start();
    }

    @AfterEach
    void tearDown() {
        logs.close();
        storage.close();
    }

    private F1Pipeline pipeline() {
        return F1Pipeline.builder().storage(storage).clock(NOV_2026).listener(new PipelineListener() {
            @Override
            public void onJobFailed(Job job, JobParams params, Throwable error, String failureLine) {
                failureLines.add(failureLine);
            }
        }).build();
    }

    @Test
    @DisplayName("a handled DataNotAvailableException leaves no ERROR or WARN line; the listener gets the failure line")
    void handledNotAvailableIsNotAnError() {
        F1Pipeline pipeline = pipeline();

        // What an embedder's scheduler does: try, and on "not published yet" try again later.
        DataNotAvailableException notYet = catchThrowableOfType(DataNotAvailableException.class,
                () -> pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(ABU_DHABI)));

        assertThat(notYet).hasMessageContaining("ingest_qualifying 2026-24: qualifying starts at 2026-12-05");
        assertThat(logs.atLeast(Level.WARN)).isEmpty();
        assertThat(failureLines).singleElement().asString()
                .startsWith("{\"job\":\"ingest_qualifying\",\"status\":\"failed\"")
                .contains("\"error_type\":\"DataNotAvailableException\"", "\"year\":2026", "\"round\":24");
        // The line is still there for whoever turns DEBUG on for org.f1pipeline.F1Pipeline.
        assertThat(logs.lines()).filteredOn(l -> l.logger().equals(F1Pipeline.class.getName()))
                .singleElement().satisfies(l -> {
                    assertThat(l.level()).isEqualTo(Level.DEBUG);
                    assertThat(l.message()).isEqualTo(failureLines.get(0));
                });
        assertThat(storage.races().race(ABU_DHABI).orElseThrow().status()).isEqualTo(RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("a failing job is reported to the listener and rethrown, never logged at ERROR by the library")
    void failedJobIsReportedNotLogged() {
        IllegalStateException boom = new IllegalStateException("source returned 19 of 20 drivers");
        F1Pipeline pipeline = JobOverrides.handler(F1Pipeline.builder().storage(storage).clock(NOV_2026), Job.INGEST_RACE,
                (ctx, params) -> {
                    throw boom;
                }).listener(new PipelineListener() {
                    @Override
                    public void onJobFailed(Job job, JobParams params, Throwable error, String failureLine) {
                        failureLines.add(failureLine);
                    }
                }).build();

        IllegalStateException thrown = catchThrowableOfType(IllegalStateException.class,
                () -> pipeline.runJob(Job.INGEST_RACE, JobParams.race(ABU_DHABI)));

        assertThat(thrown).isSameAs(boom);
        assertThat(failureLines).singleElement().asString().contains("source returned 19 of 20 drivers");
        assertThat(logs.atLeast(Level.ERROR)).isEmpty();
        assertThat(logs.atLeast(Level.DEBUG)).extracting(CapturedLogs.Line::message).contains(failureLines.get(0));
    }
}
