package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.f1pipeline.domain.Season;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageBusyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a database adapter does when another process holds its lock (issue 10 point 6): only the transaction at hand
 * fails, with {@link StorageBusyException} ("database is locked by another process") once the adapter's busy or
 * lock timeout has passed, nothing of it is written, and the same storage works again as soon as the lock is gone;
 * a lock held while the storage opens gives the same error. Before the fix, one {@code SQLITE_BUSY} closed the
 * SQLite storage's only connection, so every later job failed with "database connection closed", and a lock at
 * open was reported as "check that the folder exists and is writable".
 *
 * <p>An adapter's test extends this class, opens its storage with a short timeout (a few hundred milliseconds) and
 * holds the lock from a second connection, the way another process would.
 */
public abstract class StorageRecoveryContractTest {

    /** Opens a storage on the test database, with a busy (lock) timeout of a few hundred milliseconds. */
    protected abstract Storage open();

    /**
     * Takes, from another connection (as another process would), the lock that writing and opening need, and
     * holds it until the returned handle is closed.
     */
    protected abstract AutoCloseable holdLock() throws Exception;

    /** Cleans up after a test (e.g. drops a schema); the storage is already closed. */
    protected void cleanUp() {
    }

    @AfterEach
    void cleanUpDatabase() {
        cleanUp();
    }

    private static void writeSeason(Storage storage, int year) {
        storage.inTransaction(tx -> {
            tx.catalog().upsertSeasons(List.of(new Season(year, "https://en.wikipedia.org/wiki/" + year)));
            return null;
        });
    }

    private static List<Integer> seasons(Storage storage) {
        return storage.catalog().seasons().stream().map(Season::year).toList();
    }

    @Nested
    @DisplayName("a database locked by another process")
    class Busy {

        @Test
        @DisplayName("fails only the transaction at hand, with 'locked by another process', writing nothing")
        void failsOnlyTheTransactionAtHand() throws Exception {
            try (Storage storage = open()) {
                writeSeason(storage, 2023);
                try (AutoCloseable lock = holdLock()) {
                    assertThatThrownBy(() -> writeSeason(storage, 2024)).isInstanceOf(StorageBusyException.class)
                            .hasMessageContaining("database is locked by another process");
                }
                assertThat(seasons(storage)).containsExactly(2023);
            }
        }

        @Test
        @DisplayName("leaves the storage working: the next transaction writes as soon as the lock is gone")
        void nextTransactionWorks() throws Exception {
            try (Storage storage = open()) {
                try (AutoCloseable lock = holdLock()) {
                    assertThatThrownBy(() -> writeSeason(storage, 2024)).isInstanceOf(StorageBusyException.class);
                    assertThatThrownBy(() -> writeSeason(storage, 2025)).isInstanceOf(StorageBusyException.class);
                }
                writeSeason(storage, 2024);
                writeSeason(storage, 2025);
                assertThat(seasons(storage)).containsExactly(2024, 2025);
            }
            try (Storage again = open()) {
                assertThat(seasons(again)).as("committed for good").containsExactly(2024, 2025);
            }
        }

        @Test
        @DisplayName("gives the same error when the lock is held while the storage opens")
        void lockAtOpen() throws Exception {
            try (Storage first = open()) {
                writeSeason(first, 2023);
            }
            try (AutoCloseable lock = holdLock()) {
                assertThatThrownBy(() -> open().close()).isInstanceOf(StorageBusyException.class)
                        .hasMessageContaining("database is locked by another process");
            }
            try (Storage storage = open()) {
                assertThat(seasons(storage)).containsExactly(2023);
            }
        }
    }
}
