package org.f1pipeline.storage.postgres;

import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.storage.PersistentStorageContractTest;

/** Runs the storage contract on PostgreSQL: a fresh schema for every test, dropped afterwards. */
class PostgresStorageContractTest extends PersistentStorageContractTest {

    private final String schema = PostgresTestDatabase.newSchema();

    @Override
    protected Storage createStorage() {
        PostgresTestDatabase.requireReachable();
        return PostgresTestDatabase.open(schema);
    }

    @Override
    protected Storage reopen() {
        return PostgresTestDatabase.open(schema);
    }

    @Override
    protected void forceSchemaVersion(int version) {
        PostgresTestDatabase.execute("INSERT INTO " + schema + ".f1_schema_version (version, description, applied_at)"
                + " VALUES (" + version + ", 'written by a newer f1pipeline', '2099-01-01T00:00:00Z')");
    }

    @Override
    protected void destroyStorage(Storage storage) {
        // Only called for a storage that was created, so the server was reachable.
        storage.close();
        PostgresTestDatabase.dropSchema(schema);
    }
}
