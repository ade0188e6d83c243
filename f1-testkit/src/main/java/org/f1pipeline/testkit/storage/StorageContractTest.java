package org.f1pipeline.testkit.storage;

import org.f1pipeline.storage.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The storage contract: every {@link Storage} implementation (in-memory, SQLite, PostgreSQL) extends this class
 * with a package-private subclass of about 20 lines that implements {@link #createStorage()}, and so runs the same
 * behaviour checks (modelled on Micrometer's {@code MeterRegistryCompatibilityKit}).
 *
 * <pre>{@code
 * class SqliteStorageContractTest extends StorageContractTest {
 *     @TempDir Path dir;
 *     @Override protected Storage createStorage() { return SqliteStorage.open(dir.resolve("f1.db")); }
 * }
 * }</pre>
 *
 * <p>Rules the suite pins down beyond the SPI Javadoc, which every adapter must follow:
 * <ul>
 *   <li>A write whose row refers to a missing season, circuit, race, driver or constructor fails with a
 *       {@link org.f1pipeline.storage.StorageException} whose {@code operation()} is the SPI method name in
 *       lower-case words ({@code "upsert races"}, {@code "upsert conditions"}, {@code "set status"},
 *       {@code "transition status"}, {@code "upsert qualifying"}, {@code "replace qualifying"},
 *       {@code "upsert sprint qualifying"}, {@code "replace sprint qualifying"}, {@code "upsert race results"},
 *       {@code "replace race results"}, {@code "upsert laps"}, {@code "replace laps"}, {@code "upsert long runs"},
 *       {@code "replace long runs"}, {@code "upsert season entries"}, {@code "replace season entries"},
 *       {@code "upsert driver stats"}, {@code "replace driver stats"}, {@code "upsert team stats"},
 *       {@code "replace team stats"}, {@code "upsert features"}, {@code "replace features"} (one race or
 *       several), {@code "add prediction"}, {@code "add predictions"}, {@code "replace standings"}, {@code "upsert pit stops"}, {@code "replace pit stops"} and
 *       {@code "replace shared drives"}) and whose message contains the missing
 *       key as its {@code toString()} (e.g. {@code 2024-09}, {@code senna}, {@code 2019}). Such a call stores none
 *       of its rows.</li>
 *   <li>A {@code replace...} call given a row outside the set it replaces (another race, type, season or model)
 *       throws {@link IllegalArgumentException} before changing anything: it is a caller bug, not a storage
 *       failure.</li>
 *   <li>Calling {@code inTransaction} from inside a callback on the same thread throws
 *       {@link IllegalStateException} (never deadlocks), and so does using a {@code Transaction}, or a store taken
 *       from it, after its callback returned.</li>
 *   <li>Times, doubles and maps round-trip exactly: a record read back {@code equals} the record written.</li>
 *   <li>Identifiers sort by plain code-point order ({@code COLLATE "C"} in PostgreSQL).</li>
 * </ul>
 *
 * <p>The fixtures are {@link StorageFixtures}. Adapters backed by a real database extend
 * {@link PersistentStorageContractTest} instead, which adds reopen and schema-version checks.
 */
public abstract class StorageContractTest {

    /** The storage under test: fresh and empty for every test, closed after it. */
    protected Storage storage;

    /** A fresh, empty storage. Called once before every test. */
    protected abstract Storage createStorage();

    /**
     * Releases a storage made by {@link #createStorage()} after the test (e.g. also drop a per-test schema). The
     * test may already have closed it, so this must tolerate a closed storage.
     */
    protected void destroyStorage(Storage storage) {
        storage.close();
    }

    /** Assigned here rather than in a field initializer so that subclasses can use their own fields. */
    @BeforeEach
    void setUpStorage() {
        storage = createStorage();
    }

    @AfterEach
    void tearDownStorage() {
        if (storage != null) {
            destroyStorage(storage);
            storage = null;
        }
    }

    @Nested
    @DisplayName("catalog store")
    class CatalogStoreContract extends CatalogStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("race store")
    class RaceStoreContract extends RaceStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("result store: qualifying and grand-prix results")
    class ResultStoreContract extends ResultStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("result store: sprint qualifying and sprint results")
    class SprintResultsContract extends SprintResultsCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("lap store")
    class LapStoreContract extends LapStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("lap store: lap summaries")
    class LapSummaryContract extends LapSummaryCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("stats store")
    class StatsStoreContract extends StatsStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("feature store")
    class FeatureStoreContract extends FeatureStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("prediction store")
    class PredictionStoreContract extends PredictionStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("lap upserts skip unchanged sessions")
    class LapUpsertSkipContract extends LapUpsertSkipCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("input store")
    class InputStoreContract extends InputStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("standings store")
    class StandingsStoreContract extends StandingsStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("pit stop store")
    class PitStopStoreContract extends PitStopStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("note store")
    class NoteStoreContract extends NoteStoreCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("multi-race calls: bulk feature replace, prediction add, long-run read")
    class BulkCallContract extends BulkCallCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("SPI default bulk methods over this storage's stores")
    class SpiDefaultContract extends SpiDefaultCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("transactions")
    class TransactionContract extends TransactionCases {
        @Override
        Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("referential integrity")
    class ReferentialIntegrityContract extends ReferentialIntegrityCases {
        @Override
        Storage storage() {
            return storage;
        }
    }
}
