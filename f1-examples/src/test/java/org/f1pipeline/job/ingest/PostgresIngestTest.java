package org.f1pipeline.job.ingest;

import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.testkit.storage.PostgresTestServer;
import org.junit.jupiter.api.BeforeAll;

/**
 * The ingest storage contract on PostgreSQL ({@code F1_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}): a fresh schema per test, dropped afterwards. Skipped
 * when the server cannot be reached, except on CI ({@code CI=true}), where that fails, as the adapter's own contract
 * test does.
 */
class PostgresIngestTest extends IngestStorageContract {

    private String schema;

    @BeforeAll
    static void requireServer() {
        PostgresTestServer.requireReachable("the PostgreSQL ingest tests");
    }

    @Override
    protected Storage createStorage() {
        schema = PostgresTestServer.newSchema();
        return PostgresStorage.open(PostgresTestServer.URL, null, null, schema);
    }

    @Override
    protected void destroyStorage(Storage s) {
        s.close();
        PostgresTestServer.dropSchema(schema);
    }
}
