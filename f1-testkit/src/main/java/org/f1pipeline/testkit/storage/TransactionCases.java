package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.storage.RaceStore;
import org.f1pipeline.storage.SchemaVersion;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Transaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link Storage#inTransaction}: commit, rollback, isolation of a callback, and concurrency. */
abstract class TransactionCases extends ContractSupport {

    @Test
    @DisplayName("inTransaction returns the callback's value and commits its writes")
    void commitReturnsValue() {
        int races = storage().inTransaction(tx -> {
            StorageFixtures.seedCalendar(tx);
            return tx.races().races(YEAR).size();
        });

        assertThat(races).isEqualTo(6);
        assertThat(storage().races().races(YEAR)).hasSize(6);
        assertThat(storage().catalog().drivers()).hasSize(21);
    }

    @Test
    @DisplayName("reads inside a transaction see the transaction's own writes")
    void readsSeeOwnWrites() {
        seedCalendar();
        storage().useTransaction(tx -> {
            tx.results().upsertRaceResults(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
            tx.races().setStatus(BAHRAIN_2024, RaceStatus.COMPLETED);
            assertThat(tx.results().raceResults(BAHRAIN_2024, RaceType.GRAND_PRIX)).hasSize(20);
            assertThat(tx.results().raceResultsBefore(LocalDate.of(2024, 3, 3), RaceType.GRAND_PRIX)).hasSize(20);
            assertThat(tx.races().race(BAHRAIN_2024).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        });
    }

    @Test
    @DisplayName("an exception in the callback rolls back every write and is rethrown as the same instance")
    void rollbackOnException() {
        seedCalendar();
        IllegalStateException boom = new IllegalStateException("job failed half-way");

        assertThatThrownBy(() -> storage().useTransaction(tx -> {
            tx.results().upsertQualifying(StorageFixtures.qualifying(JEDDAH_2024));
            tx.results().upsertRaceResults(StorageFixtures.results(JEDDAH_2024, RaceType.GRAND_PRIX));
            tx.laps().upsertLaps(StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 5));
            tx.races().setStatus(JEDDAH_2024, RaceStatus.COMPLETED);
            tx.catalog().upsertSeasons(List.of(Season.of(2025)));
            throw boom;
        })).isSameAs(boom);

        assertThat(storage().results().qualifying(JEDDAH_2024)).isEmpty();
        assertThat(storage().results().raceResults(JEDDAH_2024, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(storage().laps().lapCount(JEDDAH_2024, RaceType.GRAND_PRIX)).isZero();
        assertThat(storage().races().race(JEDDAH_2024).orElseThrow().status()).isEqualTo(RaceStatus.SCHEDULED);
        assertThat(storage().catalog().season(2025)).isEmpty();
    }

    @Test
    @DisplayName("a status change rolled back with its transaction leaves the status read before it")
    void rollbackOfStatusChange() {
        seedCalendar();
        storage().races().setStatus(SUZUKA_2024, RaceStatus.QUALIFYING_DONE);
        RuntimeException failure = new RuntimeException("ingest_race failed");

        assertThatThrownBy(() -> storage().inTransaction(tx -> {
            tx.races().setStatus(SUZUKA_2024, RaceStatus.COMPLETED);
            tx.races().transitionStatus(ALBERT_PARK_2024, RaceStatus.BEFORE_QUALIFYING, RaceStatus.QUALIFYING_DONE);
            throw failure;
        })).isSameAs(failure);

        assertThat(storage().races().race(SUZUKA_2024).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);
        assertThat(storage().races().race(ALBERT_PARK_2024).orElseThrow().status()).isEqualTo(RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("a storage error inside a transaction rolls back the transaction's earlier writes too")
    void storageErrorRollsBack() {
        seedCalendar();
        RaceResult stranger = new RaceResult(BAHRAIN_2024, RaceType.GRAND_PRIX, DriverId.of("senna"),
                StorageFixtures.MCLAREN, 12, 1, "1", 1, 25.0, "Finished", null, 57, false);

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> storage().useTransaction(tx -> {
            tx.results().upsertQualifying(StorageFixtures.qualifying(BAHRAIN_2024));
            tx.results().upsertRaceResults(List.of(stranger));
        }));
        assertThat(storage().results().qualifying(BAHRAIN_2024)).isEmpty();
    }

    @Test
    @DisplayName("a failed call through the storage's own accessors stores none of its rows")
    void autoCommitCallIsAtomic() {
        seedCalendar();
        List<RaceResult> rows = new ArrayList<>(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
        RaceResult last = rows.remove(19);
        rows.add(new RaceResult(BAHRAIN_2024, RaceType.GRAND_PRIX, DriverId.of("senna"), last.constructor(), 12,
                null, "R", 20, 0.0, "Engine", null, 3, false));

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> storage().results()
                .upsertRaceResults(rows));
        assertThat(storage().results().raceResults(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("inTransaction called inside a callback on the same thread is refused with IllegalStateException")
    void nestedTransactionRefused() {
        seedCalendar();

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> storage().useTransaction(tx -> {
            tx.races().setStatus(BAHRAIN_2024, RaceStatus.COMPLETED);
            storage().inTransaction(inner -> inner.races().races(YEAR));
        })).withMessageContaining("transaction");
        assertThat(storage().races().race(BAHRAIN_2024).orElseThrow().status()).isEqualTo(RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("a transaction, or a store taken from it, used after its callback returned is refused")
    void transactionUnusableAfterCallback() {
        seedCalendar();
        Transaction[] leaked = new Transaction[1];
        RaceStore[] leakedStore = new RaceStore[1];
        storage().useTransaction(tx -> {
            leaked[0] = tx;
            leakedStore[0] = tx.races();
        });

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
                () -> leaked[0].races().setStatus(BAHRAIN_2024, RaceStatus.CANCELLED));
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
                () -> leakedStore[0].setStatus(BAHRAIN_2024, RaceStatus.CANCELLED));
        assertThat(storage().races().race(BAHRAIN_2024).orElseThrow().status()).isEqualTo(RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("transactions from four threads, each writing its own race, all land")
    void concurrentTransactionsAllLand() throws Exception {
        seedCalendar();
        List<RaceKey> races = List.of(BAHRAIN_2024, JEDDAH_2024, ALBERT_PARK_2024, SUZUKA_2024);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (RaceKey race : races) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int step = 0; step < 5; step++) {
                        storage().useTransaction(tx -> {
                            tx.results().upsertRaceResults(StorageFixtures.results(race, RaceType.GRAND_PRIX));
                            tx.laps().upsertLaps(StorageFixtures.laps(race, RaceType.GRAND_PRIX, 10));
                        });
                    }
                    storage().races().setStatus(race, RaceStatus.COMPLETED);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (RaceKey race : races) {
            assertThat(storage().results().raceResults(race, RaceType.GRAND_PRIX)).hasSize(20);
            assertThat(storage().laps().lapCount(race, RaceType.GRAND_PRIX)).isEqualTo(200);
            assertThat(storage().races().race(race).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        }
        assertThat(storage().results().raceResults(2024, 2024, RaceType.GRAND_PRIX)).hasSize(80);
    }

    @Test
    @DisplayName("the storage reports the current schema version and describes itself without secrets")
    void schemaVersionAndDescription() {
        assertThat(storage().schemaVersion()).isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
        assertThat(storage().describe()).isNotBlank().doesNotContainIgnoringCase("password");
    }

    @Test
    @DisplayName("closing the storage twice is harmless")
    void closeIsIdempotent() {
        storage().close();
        storage().close();
    }
}
