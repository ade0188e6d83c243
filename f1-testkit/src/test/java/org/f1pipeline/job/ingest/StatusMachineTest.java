package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.f1pipeline.testkit.storage.StorageSnapshot;

/**
 * The seed's status machine (§4) plus {@code cancelled}: guarded transitions that do not match still write the data
 * and leave a note; ingest_race completes from any status; rounds dropped from the calendar are cancelled and
 * refused; a renumbered calendar never moves ingested data to another event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusMachineTest {

    private FakeF1Api fake;
    private Storage storage;
    private F1Pipeline pipeline;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        pipeline = IngestFixture.pipeline(fake, storage, ConventionalWeekendTest.DEC_2024);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(2024));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private RaceStatus status(RaceKey key) {
        return storage.races().race(key).orElseThrow().status();
    }

    private RaceKey round(boolean sprint) {
        SyntheticRound r = fake.history().season(2024).rounds().stream().filter(x -> x.hasSprint() == sprint)
                .findFirst().orElseThrow();
        return RaceKey.of(2024, r.round());
    }

    @Test
    @DisplayName("qualifying while sprint qualifying is done: data written, status kept, note says why")
    void guardMismatch() {
        RaceKey key = round(true);
        pipeline.runJob(Job.INGEST_SPRINT_QUALIFYING, JobParams.race(key));
        JobReport report = pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        assertThat(status(key)).isEqualTo(RaceStatus.SPRINT_QUALIFYING_DONE);
        assertThat(storage.results().qualifying(key)).isNotEmpty();
        assertThat(report.notes()).contains("status stays sprint_qualifying_done: ingest_qualifying moves a race to"
                + " qualifying_done only from scheduled or sprint_done");
    }

    @Test
    @DisplayName("the legacy qualifying guard is narrower: scheduled only")
    void legacyGuard() {
        RaceKey key = round(true);
        pipeline.runJob(Job.INGEST_SPRINT, JobParams.race(key));
        assertThat(status(key)).isEqualTo(RaceStatus.SPRINT_DONE);
        JobReport legacy = pipeline.runJob(Job.INGEST_QUALIFYING_LEGACY, JobParams.race(key));
        assertThat(status(key)).isEqualTo(RaceStatus.SPRINT_DONE);
        assertThat(legacy.notes()).anySatisfy(n -> assertThat(n).startsWith("status stays sprint_done"));
        pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        assertThat(status(key)).isEqualTo(RaceStatus.QUALIFYING_DONE);
    }

    @Test
    @DisplayName("ingest_race completes a race from any status, even scheduled")
    void raceWithoutGuard() {
        RaceKey key = round(false);
        assertThat(status(key)).isEqualTo(RaceStatus.SCHEDULED);
        pipeline.runJob(Job.INGEST_RACE, JobParams.race(key));
        assertThat(status(key)).isEqualTo(RaceStatus.COMPLETED);
        JobReport again = pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        assertThat(status(key)).isEqualTo(RaceStatus.COMPLETED);
        assertThat(again.notes()).anySatisfy(n -> assertThat(n).startsWith("status stays completed"));
    }

    @Test
    @DisplayName("a round dropped from the calendar becomes cancelled, is refused by the ingest jobs, and stays so")
    void cancelled() {
        Race last = storage.races().races(2024).get(23);
        RaceKey phantom = RaceKey.of(2024, 25);
        storage.races().upsertRaces(List.of(new Race(phantom, "Phantom Grand Prix", last.circuit(),
                LocalDate.of(2024, 12, 15), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED)));
        JobReport sync = pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        assertThat(status(phantom)).isEqualTo(RaceStatus.CANCELLED);
        assertThat(sync.rowsWritten()).containsEntry("cancelled", 1);
        assertThat(sync.notes()).anySatisfy(n -> assertThat(n).contains("2024-25 (Phantom Grand Prix) is no longer"
                + " in the schedule: cancelled"));
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_RACE, JobParams.race(phantom)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2024-25")
                .hasMessageContaining("cancelled");
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        assertThat(StorageSnapshot.of(storage, 2024)).isEqualTo(before);
    }

    @Test
    @DisplayName("sync_schedule never resets progress on re-run")
    void scheduleKeepsStatus() {
        RaceKey key = round(false);
        pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        assertThat(status(key)).isEqualTo(RaceStatus.QUALIFYING_DONE);
    }

    @Test
    @DisplayName("a renumbered calendar that would move ingested data to another event fails, naming the round")
    void renumbered() {
        RaceKey key = round(false);
        pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        Race stored = storage.races().race(key).orElseThrow();
        Race other = storage.races().races(2024).stream().filter(r -> !r.circuit().equals(stored.circuit()))
                .findFirst().orElseThrow();
        storage.races().upsertRaces(List.of(new Race(key, "Moved Grand Prix", other.circuit(), stored.date(),
                stored.format(), stored.sessionStarts(), stored.status())));
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        assertThatThrownBy(() -> pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024)))
                .isInstanceOf(JobException.class).hasMessageContaining("round " + key)
                .hasMessageContaining("renumbered");
        assertThat(StorageSnapshot.of(storage, 2024)).isEqualTo(before);
    }
}
