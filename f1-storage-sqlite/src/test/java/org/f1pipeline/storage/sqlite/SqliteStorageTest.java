package org.f1pipeline.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.SchemaVersion;
import org.f1pipeline.storage.SchemaVersionException;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.storage.V6EventRows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** What the SQLite adapter adds to the shared contract: discovery, files, pragmas, error wrapping, migrations. */
class SqliteStorageTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("Storages.open picks the SQLite adapter for a jdbc:sqlite: URL and creates the file with the schema")
    void discoveredByUrl() {
        Path file = dir.resolve("nested/folder/f1.db");
        try (Storage storage = Storages.open("jdbc:sqlite:" + file)) {
            assertThat(storage).isInstanceOf(SqliteStorage.class);
            assertThat(storage.describe()).isEqualTo("sqlite:" + file);
            assertThat(storage.schemaVersion()).isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
            storage.useTransaction(StorageFixtures::seedCalendar);
        }
        assertThat(file).exists();
        assertThat(SqliteFiles.column(file, "SELECT description FROM f1_schema_version"))
                .containsExactly("initial schema", "championship standings", "pit stops", "data notes", "input versions",
                        "lap summaries", "per-event feature sets and prediction lines");
    }

    @Test
    @DisplayName("a file database runs in WAL mode")
    void walMode() {
        Path file = dir.resolve("f1.db");
        SqliteStorage.open(file).close();
        // journal_mode=WAL is persistent, so a plain connection sees it.
        assertThat(SqliteFiles.column(file, "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    @DisplayName("a transaction takes the write lock when it begins, so another process waits instead of failing")
    void immediateTransactions() throws Exception {
        Path file = dir.resolve("f1.db");
        SQLiteConfig impatient = new SQLiteConfig();
        impatient.setBusyTimeout(0);
        try (Storage storage = SqliteStorage.open(file);
             Connection other = impatient.createConnection("jdbc:sqlite:" + file);
             Statement otherStatement = other.createStatement()) {
            storage.useTransaction(tx -> assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> otherStatement.execute("BEGIN IMMEDIATE"))
                    .withMessageContaining("SQLITE_BUSY"));
            otherStatement.execute("BEGIN IMMEDIATE");
            otherStatement.execute("COMMIT");
        }
    }

    @Test
    @DisplayName("an in-memory database holds data while open and describes itself as sqlite::memory:")
    void inMemory() {
        try (Storage storage = SqliteStorage.inMemory()) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            assertThat(storage.races().races(StorageFixtures.YEAR)).hasSize(6);
            assertThat(storage.describe()).isEqualTo("sqlite::memory:");
        }
    }

    @Test
    @DisplayName("a SQL error surfaces as a StorageException naming the operation, with the SQLException as cause")
    void sqlErrorIsWrapped() {
        Path file = dir.resolve("f1.db");
        try (Storage storage = SqliteStorage.open(file)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            SqliteFiles.execute(file, "DROP TABLE laps");
            List<LapTime> laps = StorageFixtures.laps(StorageFixtures.BAHRAIN_2024, RaceType.GRAND_PRIX, 2);

            assertThatExceptionOfType(StorageException.class)
                    .isThrownBy(() -> storage.laps().upsertLaps(laps))
                    .satisfies(e -> assertThat(e.operation()).isEqualTo("upsert laps"))
                    .withMessageStartingWith("upsert laps")
                    .withCauseInstanceOf(SQLException.class)
                    .withMessageContaining("no such table");
        }
    }

    @Test
    @DisplayName("a database with a newer schema version is refused before anything is created in it")
    void newerDatabaseUntouched() {
        Path file = dir.resolve("future.db");
        SqliteFiles.execute(file, "CREATE TABLE f1_schema_version (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        SqliteFiles.execute(file, "INSERT INTO f1_schema_version VALUES (99, 'future', '2099-01-01T00:00:00Z')");

        assertThatExceptionOfType(SchemaVersionException.class).isThrownBy(() -> SqliteStorage.open(file))
                .satisfies(e -> assertThat(e.found()).isEqualTo(99))
                .withMessageContaining(file.toString());
        assertThat(SqliteFiles.column(file, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                .containsExactly("f1_schema_version");
    }

    @Test
    @DisplayName("a file that is not an SQLite database fails with a StorageException")
    void notADatabase() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a database, just some text long enough to fill a header page");

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> SqliteStorage.open(file));
    }

    @Test
    @DisplayName("a URL of another engine is rejected as invalid input")
    void wrongUrl() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SqliteStorage.open("jdbc:postgresql://localhost/f1"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    @DisplayName("a schema-V6 database's feature rows and prediction lines move into per-event rows, read back exactly"
            + " and shown by views with the old tables' columns")
    void migratesV6EventRows() throws Exception {
        Path file = dir.resolve("v6.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            V6EventRows.createSchemaV6(c, SqliteStorage.migrations());
            V6EventRows.insert(c);
            c.commit();
        }
        try (Storage storage = SqliteStorage.open(file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(storage.schemaVersion()).isEqualTo(7);
            V6EventRows.assertMigrated(storage, c);
        }
    }

    @Test
    @DisplayName("the page cache is 4 MB, and 64 MB only while a batched write of 20,000 rows or more runs")
    void pageCacheWidensForLargeWritesOnly() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("cache.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size=-" + SqliteStorage.CACHE_KIB);
            assertThat(SqliteDialect.INSTANCE.beginLargeWrite(c, 19_999)).isFalse();
            assertThat(cacheSize(st)).isEqualTo(-4096);
            assertThat(SqliteDialect.INSTANCE.beginLargeWrite(c, 20_000)).isTrue();
            assertThat(cacheSize(st)).isEqualTo(-65536);
            SqliteDialect.INSTANCE.endLargeWrite(c);
            assertThat(cacheSize(st)).isEqualTo(-4096);
        }
        // Through the storage: a season's worth of laps in one upsert, then the usual work on the same connection.
        try (Storage storage = SqliteStorage.open(dir.resolve("laps.db"))) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            List<LapTime> laps = new java.util.ArrayList<>();
            for (org.f1pipeline.domain.Race race : storage.races().races(StorageFixtures.YEAR)) {
                laps.addAll(StorageFixtures.laps(race.key(), RaceType.GRAND_PRIX, 200));
            }
            assertThat(laps).hasSizeGreaterThanOrEqualTo(SqliteDialect.LARGE_WRITE_ROWS);
            storage.laps().upsertLaps(laps);
            storage.laps().upsertLaps(laps.subList(0, 100)); // a small write after it, on the same connection
            assertThat(storage.laps().lapCount(StorageFixtures.BAHRAIN_2024, RaceType.GRAND_PRIX)).isEqualTo(
                    (int) laps.stream().filter(l -> l.race().equals(StorageFixtures.BAHRAIN_2024)).count());
        }
    }

    private static int cacheSize(Statement st) throws SQLException {
        try (java.sql.ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
