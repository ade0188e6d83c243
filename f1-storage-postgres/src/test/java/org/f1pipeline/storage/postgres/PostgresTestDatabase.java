package org.f1pipeline.storage.postgres;

import org.f1pipeline.testkit.storage.PostgresTestServer;

/**
 * The adapter tests' view of the shared {@link PostgresTestServer}: the same server, schema handling and
 * skip-locally / fail-on-CI rule, plus opening the adapter on a schema.
 */
final class PostgresTestDatabase {

    static final String URL = PostgresTestServer.URL;

    private PostgresTestDatabase() {
    }

    /** Skips (locally) or fails (CI) the calling test when the server does not answer. */
    static void requireReachable() {
        PostgresTestServer.requireReachable("the PostgreSQL tests");
    }

    static boolean reachable() {
        return PostgresTestServer.reachable();
    }

    static String newSchema() {
        return PostgresTestServer.newSchema();
    }

    static PostgresStorage open(String schema) {
        return PostgresStorage.open(URL, null, null, schema);
    }

    static void execute(String sql) {
        PostgresTestServer.execute(sql);
    }

    static void dropSchema(String schema) {
        PostgresTestServer.dropSchema(schema);
    }
}
