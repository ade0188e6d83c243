package org.f1pipeline.job.ingest;

import java.nio.file.Path;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.junit.jupiter.api.io.TempDir;

/** The ingest storage contract on SQLite: a fresh database file per test. */
class SqliteIngestTest extends IngestStorageContract {

    @TempDir
    Path dir;
    private int files;

    @Override
    protected Storage createStorage() {
        return SqliteStorage.open(dir.resolve("f1-" + (files++) + ".db"));
    }
}
