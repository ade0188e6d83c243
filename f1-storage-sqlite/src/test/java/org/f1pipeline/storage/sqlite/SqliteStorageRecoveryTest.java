package org.f1pipeline.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.f1pipeline.domain.Season;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageFullException;
import org.f1pipeline.testkit.storage.StorageRecoveryContractTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery contract on SQLite: another process's write lock is a second connection in {@code BEGIN IMMEDIATE},
 * the busy timeout is 300 ms ({@code ?busy_timeout=300}). Plus a full disk: {@code max_page_count} makes SQLite
 * answer {@code SQLITE_FULL} exactly as a full disk does.
 */
class SqliteStorageRecoveryTest extends StorageRecoveryContractTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("f1.db") + "?busy_timeout=300";
    }

    @Override
    protected Storage open() {
        return SqliteStorage.open(url());
    }

    @Override
    protected AutoCloseable holdLock() throws Exception {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("f1.db"));
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return () -> {
            try (Statement s = other.createStatement()) {
                s.execute("ROLLBACK");
            } finally {
                other.close();
            }
        };
    }

    @Test
    @DisplayName("a full disk fails the transaction with 'disk full', writes nothing, and the storage keeps working")
    void fullDisk() {
        try (Storage storage = SqliteStorage.open(dir.resolve("f1.db"))) {
            storage.catalog().upsertSeasons(List.of(new Season(2023, "x")));
        }
        long pages = Long.parseLong(SqliteFiles.column(dir.resolve("f1.db"), "PRAGMA page_count").get(0));
        // Room for one more page: a transaction writing ~200 KB cannot fit, as on a disk that is full.
        try (Storage storage = SqliteStorage.open("jdbc:sqlite:" + dir.resolve("f1.db") + "?max_page_count="
                + (pages + 1))) {
            assertThatThrownBy(() -> storage.inTransaction(tx -> {
                for (int year = 1950; year < 2020; year++) {
                    tx.catalog().upsertSeasons(List.of(new Season(year, "y".repeat(3000))));
                }
                return null;
            })).isInstanceOf(StorageFullException.class).hasMessageContaining("disk full");
            assertThat(storage.catalog().seasons()).extracting(Season::year).containsExactly(2023);
            storage.catalog().upsertSeasons(List.of(new Season(2024, "z")));
            assertThat(storage.catalog().seasons()).extracting(Season::year).containsExactly(2023, 2024);
        }
    }
}
