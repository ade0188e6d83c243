package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage by URL: the default {@code f1.db} in the working folder, {@code F1_DB_URL}, a plain path, and
 * PostgreSQL ({@code F1_TEST_PG_URL}, else a local server; skipped when none answers) with the schema from the config.
 */
class CliStorageTest {

    private static final String PG_URL = System.getenv().getOrDefault("F1_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

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

    /** {@code sync_schedule 2024} with the harness's config (which must not be rewritten) plus {@code extra}. */
    private static String[] sync(CliHarness h, String... extra) {
        String[] base = {"--job", "sync_schedule", "--year", "2024", "--config", h.config.toString(), "--now",
                CliHarness.TODAY.toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private static int races(Path file) {
        try (Storage s = Storages.open("jdbc:sqlite:" + file)) {
            return s.races().races(2024).size();
        }
    }

    @Test
    @DisplayName("no --db: f1.db in the working folder; F1_DB_URL wins over it; --db wins over F1_DB_URL")
    void defaultsAndPrecedence() {
        CliHarness h = new CliHarness(fake, dir);
        assertThat(h.raw(sync(h)).exit()).isZero();
        assertThat(races(dir.resolve("f1.db"))).isEqualTo(24);
        Path env = dir.resolve("from-env.db");
        Result viaEnv = h.rawWithEnv(Map.of("F1_DB_URL", "jdbc:sqlite:" + env), sync(h));
        assertThat(viaEnv.exit()).as(viaEnv.toString()).isZero();
        assertThat(races(env)).isEqualTo(24);
        Result viaFlag = h.rawWithEnv(Map.of("F1_DB_URL", "jdbc:sqlite:" + env), sync(h, "--db", "sub/plain.db"));
        assertThat(viaFlag.exit()).as(viaFlag.toString()).isZero();
        assertThat(races(dir.resolve("sub/plain.db"))).isEqualTo(24);
    }

    @Test
    @DisplayName("PostgreSQL: --db jdbc:postgresql://... with database.schema from the config")
    void postgres() throws SQLException {
        assumeTrue(reachable(), "PostgreSQL not reachable at " + Storages.redact(PG_URL) + "; set F1_TEST_PG_URL");
        String schema = "t_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        CliHarness h = new CliHarness(fake, dir);
        h.appendConfig("database:\n  schema: " + schema + "\n");
        // The schema is checked first: without it the CLI would write into the server's default schema.
        assertThat(CliConfig.load(h.config, Map.of()).dbOptions()).containsEntry("schema", schema);
        try {
            Result r = h.raw(sync(h, "--db", PG_URL));
            assertThat(r.exit()).as(r.toString()).isZero();
            Result season = h.raw("--job", "sync_season", "--year", "2024", "--config", h.config.toString(), "--db",
                    PG_URL, "--now", CliHarness.TODAY.toString());
            assertThat(season.exit()).as(season.toString()).isZero();
            try (Storage s = Storages.open(PG_URL, Map.of("schema", schema))) {
                assertThat(s.races().races(2024)).hasSize(24);
                assertThat(s.catalog().seasonEntries(2024)).isNotEmpty();
            }
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(PG_URL)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
