package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.CountingStorage;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The round-trip counter used by the model benchmark. */
class CountingStorageTest {

    @Test
    @DisplayName("counts store calls and transactions; auto-commit calls count both")
    void counts() {
        try (CountingStorage storage = CountingStorage.wrap(Storages.inMemory())) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.reset();

            int races = storage.inTransaction(tx -> {
                tx.catalog().circuits();
                return tx.races().races(2023, 2024).size();
            });
            storage.races().race(StorageFixtures.SUZUKA_2024);

            assertThat(races).isEqualTo(7);
            assertThat(storage.callsByMethod()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "CatalogStore.circuits", 1L, "RaceStore.races", 1L, "RaceStore.race", 1L));
            assertThat(storage.storeCalls()).isEqualTo(3);
            assertThat(storage.transactions()).isEqualTo(2);
            assertThat(storage.roundTrips()).isEqualTo(5);
            assertThat(storage.summary()).isEqualTo("5 round trips (3 store calls + 2 transactions)");
            assertThat(storage.timeByMethod()).containsOnlyKeys("CatalogStore.circuits", "RaceStore.races",
                    "RaceStore.race");
            assertThat(storage.describe()).isEqualTo("counting memory:");
        }
    }

    @Test
    @DisplayName("an SPI default the store does not override is counted by the calls it makes")
    void defaultMethods() {
        try (CountingStorage storage = CountingStorage.wrap(Storages.inMemory())) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.reset();

            storage.useTransaction(tx -> tx.laps().longRuns(List.of(StorageFixtures.BAHRAIN_2024,
                    StorageFixtures.JEDDAH_2024, StorageFixtures.SUZUKA_2024)));

            assertThat(storage.callsByMethod()).containsExactlyEntriesOf(Map.of("LapStore.longRuns", 3L));
        }
    }

    @Test
    @DisplayName("the store's exceptions pass through unchanged and still count")
    void exceptions() {
        try (CountingStorage storage = CountingStorage.wrap(Storages.inMemory())) {
            assertThatThrownBy(() -> storage.races().setStatus(RaceKey.of(2024, 1),
                    org.f1pipeline.domain.RaceStatus.COMPLETED)).isInstanceOf(StorageException.class);
            assertThat(storage.callsByMethod()).containsExactlyEntriesOf(Map.of("RaceStore.setStatus", 1L));
        }
    }
}
