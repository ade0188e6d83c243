package org.f1pipeline.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.storage.SchemaVersion;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What only the in-memory storage promises, beyond the shared contract. */
class InMemoryStorageTest {

    @Test
    @DisplayName("Storages.inMemory and the memory: URL give empty in-memory storages at the library's schema version")
    void factories() {
        try (Storage a = Storages.inMemory(); Storage b = Storages.open("memory:")) {
            assertThat(a).isInstanceOf(InMemoryStorage.class);
            assertThat(b).isInstanceOf(InMemoryStorage.class).isNotSameAs(a);
            assertThat(a.describe()).isEqualTo("memory:");
            assertThat(a.schemaVersion()).isEqualTo(InMemoryStorage.SCHEMA_VERSION)
                    .isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
            a.catalog().upsertSeasons(List.of(Season.of(2024)));
            assertThat(b.catalog().seasons()).isEmpty();
        }
    }

    @Test
    @DisplayName("a closed storage refuses transactions and reads")
    void closedStorageRefusesWork() {
        InMemoryStorage storage = new InMemoryStorage();
        storage.close();

        assertThatIllegalStateException().isThrownBy(() -> storage.inTransaction(tx -> 1))
                .withMessage("the in-memory storage is closed");
        assertThatIllegalStateException().isThrownBy(() -> storage.catalog().seasons());
    }

    @Test
    @DisplayName("with 205k laps stored, small transactions copy only what they touch and reads stay exact")
    void manyLaps() {
        try (InMemoryStorage storage = new InMemoryStorage()) {
            storage.useTransaction(StorageFixtures::seedCatalog);
            List<RaceKey> keys = new ArrayList<>();
            List<Race> races = new ArrayList<>();
            for (int season = 2015; season <= 2024; season++) {
                storage.catalog().upsertSeasons(List.of(Season.of(season)));
                for (int round = 1; round <= 18; round++) {
                    RaceKey key = RaceKey.of(season, round);
                    keys.add(key);
                    races.add(new Race(key, "Grand Prix " + key, CircuitId.of("bahrain"),
                            LocalDate.of(season, 3, 1).plusWeeks(round), EventFormat.CONVENTIONAL, Map.of(),
                            RaceStatus.COMPLETED));
                }
            }
            storage.races().upsertRaces(races);
            storage.useTransaction(tx -> keys.forEach(key ->
                    tx.laps().upsertLaps(StorageFixtures.laps(key, RaceType.GRAND_PRIX, 57))));

            long started = System.nanoTime();
            for (RaceKey key : keys) {
                storage.useTransaction(tx -> tx.laps().upsertLaps(List.of(
                        LapTime.basic(key, RaceType.GRAND_PRIX, StorageFixtures.VERSTAPPEN, 58, 97_000, 1))));
            }
            long perTransactionMicros = (System.nanoTime() - started) / 1_000 / keys.size();

            List<LapTime> all = storage.laps().laps(keys, RaceType.GRAND_PRIX);
            assertThat(all).hasSize(180 * (20 * 57 + 1));
            assertThat(storage.laps().lapCount(RaceKey.of(2019, 7), RaceType.GRAND_PRIX)).isEqualTo(1141);
            assertThat(all.get(all.size() - 1).race()).isEqualTo(RaceKey.of(2024, 18));
            // Copying the whole lap table per transaction would take tens of milliseconds each; one race's
            // partition takes well under one. The bound is loose so that a busy machine does not fail it.
            assertThat(perTransactionMicros).isLessThan(20_000);
        }
    }
}
