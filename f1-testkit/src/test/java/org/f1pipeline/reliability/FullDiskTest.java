package org.f1pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.job.ingest.IngestFixture;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageFullException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.storage.FailingStorage;
import org.f1pipeline.testkit.storage.StorageSnapshot;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 point 6 for any storage: a full disk (a storage that fails on write, as SQLite's {@code SQLITE_FULL} or
 * PostgreSQL's {@code disk_full} do) fails the job at hand with "disk full", leaves the database exactly as it was,
 * and the next job on the same storage works. The adapters' own tests reproduce the real errors
 * ({@code SqliteStorageRecoveryTest}, {@code PostgresStorageRecoveryTest}).
 */
@DisplayName("A full disk fails only the job at hand")
class FullDiskTest {

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
    @DisplayName("the job fails with 'disk full', nothing is written, and the next job works on the same storage")
    void fullDiskThenSpaceAgain() {
        Storage real = Storages.inMemory();
        try (F1Pipeline first = IngestFixture.pipeline(fake, real, SyntheticHistory.DEMO_TODAY)) {
            first.runJob(Job.SYNC_SCHEDULE, JobParams.year(2023));
        }
        Storage storage = FailingStorage.failingOn(real, "races", "upsertRaces", 1,
                () -> new StorageFullException("upsert races", new SQLException("database or disk is full")));
        try (F1Pipeline p = IngestFixture.pipeline(fake, storage, SyntheticHistory.DEMO_TODAY)) {
            Map<String, Object> before = StorageSnapshot.of(real, 2023, 2024);

            assertThatThrownBy(() -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024)))
                    .isInstanceOf(StorageFullException.class).hasMessageContaining("disk full");
            assertThat(StorageSnapshot.of(real, 2023, 2024)).isEqualTo(before);

            JobReport next = p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
            assertThat(next.totalRows()).isPositive();
            assertThat(real.races().races(2024)).hasSize(fake.history().season(2024).rounds().size());
        }
    }
}
