package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.StorageBusyException;
import org.f1pipeline.storage.StorageFullException;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 6 as a cron operator sees it. Before the change a database locked by another process at open was
 * exit 2 with "check that the folder exists and is writable" (bad usage, an alert); now it is exit 3 ("run again
 * later") with "database is locked by another process". A full disk is exit 1 with "disk full", and the database is
 * left exactly as it was.
 */
@DisplayName("CLI: a locked or full database")
class CliStorageFaultsTest {

    private static FakeF1Api fake;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFake() {
        fake = FakeF1Api.start(FakeF1Options.demo());
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    private static Result job(CliHarness h, String dbUrl, int year) {
        return h.raw("--job", "sync_schedule", "--year", Integer.toString(year), "--config", h.config.toString(),
                "--db", dbUrl, "--now", CliHarness.TODAY.toString());
    }

    @Test
    @DisplayName("a lock held by another process is exit 3 with 'locked by another process'; the next run works")
    void lockedDatabaseIsRetryLater() throws Exception {
        CliHarness h = new CliHarness(fake, dir);
        assertThat(h.run("--job", "sync_schedule", "--year", "2023").exit()).isZero();
        String url = "jdbc:sqlite:" + h.db + "?busy_timeout=300";
        String before = h.fingerprint();
        Result locked;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + h.db);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            locked = job(h, url, 2024);
            s.execute("ROLLBACK");
        }
        assertThat(locked.exit()).as(locked.toString()).isEqualTo(ExitCodes.NOT_AVAILABLE);
        assertThat(locked.err()).contains("database is locked by another process")
                .contains("\"status\":\"retry_later\"").doesNotContain("folder exists");
        assertThat(h.fingerprint()).isEqualTo(before);

        Result next = job(h, url, 2024);
        assertThat(next.exit()).as(next.toString()).isZero();
    }

    @Test
    @DisplayName("a full disk is exit 1 with 'disk full', and the database is exactly as it was")
    void fullDiskFailsTheJob() throws Exception {
        CliHarness h = new CliHarness(fake, dir);
        assertThat(h.run("--job", "sync_schedule", "--year", "2023").exit()).isZero();
        long pages;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + h.db);
             Statement s = c.createStatement()) {
            // No free pages left to reuse (a new database has some: migration V7 drops the tables V1 made).
            s.execute("VACUUM");
            try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
            }
        }
        String before = h.fingerprint();

        Result full = job(h, "jdbc:sqlite:" + h.db + "?max_page_count=" + pages, 2024);

        assertThat(full.exit()).as(full.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(full.err()).contains("disk full").contains("\"error_type\":\"StorageFullException\"");
        assertThat(h.fingerprint()).isEqualTo(before);
        assertThat(job(h, "jdbc:sqlite:" + h.db, 2024).exit()).as("with room again").isZero();
    }

    @Test
    @DisplayName("exit codes: a busy database is 3 ('retry_later'), a full disk and any other error 1")
    void exitCodes() {
        StorageBusyException busy = new StorageBusyException("upsert races", new java.sql.SQLException("locked"));
        StorageFullException fullDisk = new StorageFullException("upsert races", new java.sql.SQLException("full"));
        assertThat(Failures.exitCode(busy)).isEqualTo(ExitCodes.NOT_AVAILABLE);
        assertThat(Failures.line("sync_schedule", Job.SYNC_SCHEDULE, JobParams.year(2024), busy))
                .containsEntry("status", "retry_later");
        assertThat(Failures.exitCode(fullDisk)).isEqualTo(ExitCodes.FAILED);
        assertThat(Failures.exitCode(new org.f1pipeline.job.JobException(Job.SYNC_SCHEDULE, JobParams.year(2024),
                "ran out of memory", new OutOfMemoryError("Java heap space")))).isEqualTo(ExitCodes.FAILED);
        assertThat(Failures.line("f1", null, null, new OutOfMemoryError("Java heap space")))
                .containsEntry("status", "failed").containsEntry("error_type", "OutOfMemoryError");
        assertThat(List.of(busy, fullDisk)).allMatch(e -> e.operation().equals("upsert races"));
    }
}
