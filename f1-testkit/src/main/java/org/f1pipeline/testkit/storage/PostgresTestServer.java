package org.f1pipeline.testkit.storage;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.f1pipeline.storage.Storages;

/**
 * The PostgreSQL server that tests run against: {@code F1_TEST_PG_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Tests work in a fresh schema each and drop it after.
 * When the server does not answer, a test is skipped with the reason, except on CI ({@code CI=true}), where it
 * fails: CI must never pass with the PostgreSQL tests silently skipped. Uses {@code java.sql} only; the PostgreSQL
 * driver comes from the calling module's class path. Thread-safe.
 */
public final class PostgresTestServer {

    /** The JDBC URL of the server. */
    public static final String URL = System.getenv().getOrDefault("F1_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    /** Why the server cannot be used (empty when it can); probed once per test run. */
    private static String unreachable;

    private PostgresTestServer() {
    }

    /** Whether the server answered the probe (probing it now if nobody has yet). */
    public static synchronized boolean reachable() {
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

    /**
     * Skips (locally) or fails (on CI) the calling test when the server does not answer.
     *
     * @param what the tests concerned, for the skip message, e.g. {@code "the PostgreSQL ingest tests"}
     */
    public static synchronized void requireReachable(String what) {
        if (reachable()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(unreachable + " -- on CI (CI=true) the PostgreSQL tests must run");
        }
        assumeTrue(false, unreachable + " -- skipping " + what);
    }

    /** A schema name no other test uses. */
    public static String newSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Runs one SQL statement on its own connection. */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Drops the schema and everything in it. */
    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL);
    }
}
