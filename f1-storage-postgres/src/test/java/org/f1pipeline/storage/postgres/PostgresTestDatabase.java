package org.f1pipeline.storage.postgres;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: {@code F1_TEST_PG_URL}, else a local default. When it cannot be reached the
 * tests are skipped, except on CI ({@code CI=true}), where a missing database must fail the build loudly.
 */
final class PostgresTestDatabase {

    static final String URL = System.getenv().getOrDefault("F1_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    /** Why the server cannot be used (empty when it can); probed once per test run. */
    private static String unreachable;

    private PostgresTestDatabase() {
    }

    /**
     * Skips (locally) or fails (CI) the calling test when the server does not answer. Called per test, so that each
     * skipped test shows the reason in the report; the server is probed only once.
     */
    static synchronized void requireReachable() {
        if (reachable()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(unreachable + " -- on CI (CI=true) the PostgreSQL tests must run");
        }
        assumeTrue(false, unreachable + " -- skipping the PostgreSQL tests");
    }

    /** Whether the server answered the probe (probing it now if nobody has yet). */
    static synchronized boolean reachable() {
        if (unreachable == null) {
            unreachable = probe();
        }
        return unreachable.isEmpty();
    }

    private static String probe() {
        try {
            connect().close();
            return "";
        } catch (SQLException e) {
            return "PostgreSQL is not reachable at " + PostgresStorage.location(URL) + " (" + e.getMessage()
                    + "); set F1_TEST_PG_URL to a reachable database";
        }
    }

    /** A schema name no other test uses. */
    static String newSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    static PostgresStorage open(String schema) {
        return PostgresStorage.open(URL, null, null, schema);
    }

    static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + PostgresDialect.quoted(schema) + " CASCADE");
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL);
    }
}
