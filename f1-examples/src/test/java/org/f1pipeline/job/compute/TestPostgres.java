package org.f1pipeline.job.compute;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.postgres.PostgresStorage;

/**
 * The PostgreSQL server of the end-to-end tests: {@code F1_TEST_PG_URL}, else a local default. Each storage gets a
 * fresh schema, dropped by {@link #drop}. Unreachable: the test is skipped with the reason, except on CI
 * ({@code CI=true}), where it fails.
 */
final class TestPostgres {

    static final String URL = System.getenv().getOrDefault("F1_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private static String unreachable;

    private TestPostgres() {
    }

    /** Whether the server answers; probed once per run. */
    static synchronized boolean reachable() {
        if (unreachable == null) {
            try (Connection ignored = connect()) {
                unreachable = "";
            } catch (SQLException e) {
                unreachable = "PostgreSQL is not reachable at " + Storages.redact(URL) + " (" + e.getMessage()
                        + "); set F1_TEST_PG_URL to a reachable database";
            }
        }
        return unreachable.isEmpty();
    }

    /** Skips (locally) or fails (CI) the calling test when the server does not answer. */
    static synchronized void requireReachable() {
        if (reachable()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(unreachable + " -- on CI (CI=true) the PostgreSQL tests must run");
        }
        assumeTrue(false, unreachable + " -- skipping the PostgreSQL part of the end-to-end test");
    }

    /** A schema name no other test uses. */
    static String newSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** A storage in a fresh schema. */
    static Storage open(String schema) {
        return PostgresStorage.open(URL, null, null, schema);
    }

    /** Drops the schema and everything in it. */
    static void drop(String schema) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop schema " + schema, e);
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL);
    }
}
