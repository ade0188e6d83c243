package org.f1pipeline.storage.sqlite;

import java.nio.file.Path;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.storage.PersistentStorageContractTest;
import org.junit.jupiter.api.io.TempDir;

/** Runs the storage contract on SQLite: a fresh database file under a temporary folder for every test. */
class SqliteStorageContractTest extends PersistentStorageContractTest {

    @TempDir
    Path dir;

    @Override
    protected Storage createStorage() {
        return SqliteStorage.open(dir.resolve("f1.db"));
    }

    @Override
    protected Storage reopen() {
        return SqliteStorage.open(dir.resolve("f1.db"));
    }

    @Override
    protected void forceSchemaVersion(int version) {
        SqliteFiles.execute(dir.resolve("f1.db"), "INSERT INTO f1_schema_version (version, description, applied_at)"
                + " VALUES (" + version + ", 'written by a newer f1pipeline', '2099-01-01T00:00:00Z')");
    }
}
