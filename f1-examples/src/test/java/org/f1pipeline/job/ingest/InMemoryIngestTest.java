package org.f1pipeline.job.ingest;

import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;

/** The ingest storage contract on the in-memory storage (the reference the SQL adapters are compared with). */
class InMemoryIngestTest extends IngestStorageContract {

    @Override
    protected Storage createStorage() {
        return Storages.inMemory();
    }
}
