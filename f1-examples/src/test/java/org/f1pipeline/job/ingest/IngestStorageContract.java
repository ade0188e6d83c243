package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FaultKind;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.f1pipeline.testkit.storage.FailingStorage;
import org.f1pipeline.testkit.storage.StorageSnapshot;

/**
 * The ingest jobs' storage guarantees on a real adapter: every job of a sprint weekend and a conventional weekend,
 * run twice, leaves an identical database; the adapter stores exactly what the in-memory storage stores; a fault on
 * the last write or the last request leaves the database unchanged. Subclasses supply the storage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IngestStorageContract {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final int YEAR = 2024;

    private FakeF1Api fake;
    private Storage storage;
    private RaceKey sprint;
    private RaceKey conventional;

    /** A fresh, empty storage for one test. */
    protected abstract Storage createStorage();

    /** Releases what {@link #createStorage()} made. */
    protected void destroyStorage(Storage s) {
        s.close();
    }

    @BeforeAll
    void startFake() {
        fake = FakeF1Api.start();
        List<SyntheticRound> rounds = fake.history().season(YEAR).rounds();
        sprint = RaceKey.of(YEAR, rounds.stream().filter(SyntheticRound::hasSprint).findFirst().orElseThrow()
                .round());
        conventional = RaceKey.of(YEAR, rounds.stream().filter(r -> !r.hasSprint()).findFirst().orElseThrow()
                .round());
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = createStorage();
        fake.faults().reset();
    }

    @AfterEach
    void close() {
        destroyStorage(storage);
    }

    private void weekend(Storage target) {
        F1Pipeline pipeline = IngestWiring.pipeline(fake, target, NOW);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(YEAR));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(YEAR));
        for (Job job : List.of(Job.INGEST_SPRINT_QUALIFYING, Job.INGEST_SPRINT, Job.INGEST_QUALIFYING,
                Job.INGEST_RACE)) {
            pipeline.runJob(job, JobParams.race(sprint));
        }
        for (Job job : List.of(Job.INGEST_QUALIFYING, Job.INGEST_FP2, Job.INGEST_RACE)) {
            pipeline.runJob(job, JobParams.race(conventional));
        }
    }

    @Test
    @DisplayName("every job of two weekends, run twice: identical database, equal to the in-memory storage's")
    void idempotent() {
        weekend(storage);
        Map<String, Object> first = StorageSnapshot.of(storage, YEAR);
        assertThat(storage.races().race(sprint).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        weekend(storage);
        assertThat(StorageSnapshot.of(storage, YEAR)).isEqualTo(first);
        try (Storage memory = Storages.inMemory()) {
            weekend(memory);
            assertThat(StorageSnapshot.of(memory, YEAR)).isEqualTo(first);
        }
    }

    @Test
    @DisplayName("a fault on the last write of ingest_race, ingest_sprint or sync_schedule rolls everything back")
    void lastWriteFails() {
        F1Pipeline setup = IngestWiring.pipeline(fake, storage, NOW);
        setup.runJob(Job.SYNC_SCHEDULE, JobParams.year(YEAR));
        setup.runJob(Job.SYNC_SEASON, JobParams.year(YEAR));
        setup.runJob(Job.INGEST_SPRINT_QUALIFYING, JobParams.race(sprint));
        Map<String, Object> before = StorageSnapshot.of(storage, YEAR);
        String[][] faults = {{"races", "setStatus"}, {"races", "transitionStatus"}, {"catalog", "upsertCircuits"}};
        Job[] jobs = {Job.INGEST_RACE, Job.INGEST_SPRINT, Job.INGEST_RACE};
        for (int i = 0; i < jobs.length; i++) {
            Storage failing = FailingStorage.failingOn(storage, faults[i][0], faults[i][1]);
            F1Pipeline pipeline = IngestWiring.pipeline(fake, failing, NOW);
            Job job = jobs[i];
            assertThatThrownBy(() -> pipeline.runJob(job, JobParams.race(sprint)))
                    .hasMessageContaining("injected fault");
            assertThat(StorageSnapshot.of(storage, YEAR)).as("after %s", job).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("a fault on the last request of ingest_race writes nothing: OpenF1 fails over to the archive,"
            + " whose last file is garbled")
    void lastRequestFails() {
        F1Pipeline pipeline = IngestWiring.pipeline(fake, storage, NOW);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(YEAR));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(YEAR));
        Map<String, Object> before = StorageSnapshot.of(storage, YEAR);
        // OpenF1 failing no longer fails the job (the router asks the live-timing archive); a garbled archive file
        // does: wrong data is never stored.
        fake.faults().inject(FakeApi.OPENF1, "race_control", 100, FaultKind.SERVER_ERROR, 500);
        fake.faults().inject(FakeApi.LIVETIMING, "WeatherData", 100, FaultKind.MALFORMED_JSON, 200);
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_RACE, JobParams.race(conventional)))
                .isInstanceOf(SourceFormatException.class).hasMessageContaining("WeatherData");
        assertThat(StorageSnapshot.of(storage, YEAR)).isEqualTo(before);
    }
}
