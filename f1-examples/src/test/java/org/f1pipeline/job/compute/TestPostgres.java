package org.f1pipeline.job.compute;

import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.testkit.storage.PostgresTestServer;

/**
 * The end-to-end tests' view of the shared {@link PostgresTestServer}: a fresh schema per storage, dropped by
 * {@link #drop}; skipped when the server does not answer, except on CI, where that fails.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static boolean reachable() {
        return PostgresTestServer.reachable();
    }

    static void requireReachable() {
        PostgresTestServer.requireReachable("the PostgreSQL part of the end-to-end test");
    }

    static String newSchema() {
        return PostgresTestServer.newSchema();
    }

    /** A storage in a fresh schema. */
    static Storage open(String schema) {
        return PostgresStorage.open(PostgresTestServer.URL, null, null, schema);
    }

    static void drop(String schema) {
        PostgresTestServer.dropSchema(schema);
    }
}
