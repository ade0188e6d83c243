package org.f1pipeline.storage.memory;

import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.storage.StorageContractTest;

/**
 * Runs the storage contract on the in-memory reference storage. It lives in the test kit's own test sources, as
 * Micrometer's {@code SimpleMeterRegistryCompatibilityTest} does, because f1-core cannot depend on f1-testkit.
 */
class InMemoryStorageContractTest extends StorageContractTest {

    @Override
    protected Storage createStorage() {
        return new InMemoryStorage();
    }
}
