package org.f1pipeline.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
import org.postgresql.ds.PGSimpleDataSource;

/** What the PostgreSQL adapter adds to the shared contract: discovery, schemas, error wrapping, migrations. */
class PostgresStorageTest extends SchemaPerTest {

    @Test
    @DisplayName("Storages.open picks the PostgreSQL adapter for a jdbc:postgresql: URL and creates the schema")
    void discoveredByUrl() {
        try (Storage storage = Storages.open(PostgresTestDatabase.URL, Map.of("schema", schema))) {
            assertThat(storage).isInstanceOf(PostgresStorage.class);
            assertThat(storage.schemaVersion()).isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
            assertThat(storage.describe()).startsWith("postgresql://").endsWith("(schema " + schema + ")")
                    .doesNotContain("?");
            storage.useTransaction(StorageFixtures::seedCalendar);
            assertThat(storage.races().races(StorageFixtures.YEAR)).hasSize(6);
        }
    }

    @Test
    @DisplayName("two storages in two schemas of one database do not see each other's data")
    void schemasAreIsolated() {
        String other = PostgresTestDatabase.newSchema();
        try (Storage first = PostgresTestDatabase.open(schema); Storage second = PostgresTestDatabase.open(other)) {
            first.useTransaction(StorageFixtures::seedCalendar);
            assertThat(first.catalog().drivers()).isNotEmpty();
            assertThat(second.catalog().drivers()).isEmpty();
        } finally {
            PostgresTestDatabase.dropSchema(other);
        }
    }

    @Test
    @DisplayName("a storage on the caller's DataSource works in its schema and leaves the DataSource usable on close")
    void callersDataSource() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresTestDatabase.URL);
        try (Storage storage = PostgresStorage.of(dataSource, schema)) {
            storage.useTransaction(StorageFixtures::seedCatalog);
            assertThat(storage.describe()).endsWith("(schema " + schema + ")").doesNotContain("?");
        }
        try (Storage again = PostgresStorage.of(dataSource, schema)) {
            assertThat(again.catalog().drivers()).hasSize(StorageFixtures.drivers().size());
        }
        dataSource.getConnection().close();
    }

    @Test
    @DisplayName("a SQL error surfaces as a StorageException naming the operation, with the SQLException as cause")
    void sqlErrorIsWrapped() {
        try (Storage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            PostgresTestDatabase.execute("DROP TABLE " + schema + ".laps");
            List<LapTime> laps = StorageFixtures.laps(StorageFixtures.BAHRAIN_2024, RaceType.GRAND_PRIX, 2);

            assertThatExceptionOfType(StorageException.class)
                    .isThrownBy(() -> storage.laps().upsertLaps(laps))
                    .satisfies(e -> assertThat(e.operation()).isEqualTo("upsert laps"))
                    .withMessageStartingWith("upsert laps")
                    .withCauseInstanceOf(SQLException.class)
                    .withMessageContaining("laps");
        }
    }

    @Test
    @DisplayName("a schema with a newer version is refused before anything is created in it")
    void newerSchemaUntouched() {
        PostgresTestDatabase.execute("CREATE SCHEMA " + schema);
        PostgresTestDatabase.execute("CREATE TABLE " + schema + ".f1_schema_version (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        PostgresTestDatabase.execute("INSERT INTO " + schema + ".f1_schema_version VALUES (99, 'future', 'x')");

        assertThatExceptionOfType(SchemaVersionException.class)
                .isThrownBy(() -> PostgresTestDatabase.open(schema))
                .satisfies(e -> assertThat(e.found()).isEqualTo(99));
        PostgresTestDatabase.execute("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema
                + "') <> 1 THEN RAISE EXCEPTION 'tables were created'; END IF; END $$");
    }

    @Test
    @DisplayName("an unsafe schema name is rejected as invalid input before connecting")
    void badSchemaName() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> PostgresStorage.open(PostgresTestDatabase.URL, null, null, "x\"; drop"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("schema"));
    }

    @Test
    @DisplayName("a schema-V6 database's feature rows and prediction lines move into per-event rows, read back exactly"
            + " and shown by views with the old tables' columns")
    void migratesV6EventRows() throws Exception {
        String url = PostgresTestDatabase.URL + (PostgresTestDatabase.URL.contains("?") ? "&" : "?")
                + "currentSchema=" + schema;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            V6EventRows.createSchemaV6(c, PostgresStorage.migrations());
            V6EventRows.insert(c);
            c.commit();
        }
        try (Storage storage = PostgresStorage.open(PostgresTestDatabase.URL, null, null, schema);
             Connection c = DriverManager.getConnection(url)) {
            assertThat(storage.schemaVersion()).isEqualTo(7);
            V6EventRows.assertMigrated(storage, c);
        }
    }
}
