package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.CatalogStore;
import org.f1pipeline.storage.FeatureStore;
import org.f1pipeline.storage.LapStore;
import org.f1pipeline.storage.PitStopStore;
import org.f1pipeline.storage.PredictionStore;
import org.f1pipeline.storage.RaceStore;
import org.f1pipeline.storage.ResultStore;
import org.f1pipeline.storage.StandingsStore;
import org.f1pipeline.storage.StatsStore;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.storage.TransactionCallback;
import org.f1pipeline.testkit.storage.CountingStorage;
import org.f1pipeline.testkit.storage.SpiDefaultStores;
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
        try (CountingStorage storage = CountingStorage.wrap(withDefaultLongRuns(Storages.inMemory()))) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.reset();

            storage.useTransaction(tx -> tx.laps().longRuns(List.of(StorageFixtures.BAHRAIN_2024,
                    StorageFixtures.JEDDAH_2024, StorageFixtures.SUZUKA_2024)));

            assertThat(storage.callsByMethod()).containsExactlyEntriesOf(Map.of("LapStore.longRuns", 3L));
        }
    }

    @Test
    @DisplayName("an override of an SPI default is one store call")
    void overriddenDefaults() {
        try (CountingStorage storage = CountingStorage.wrap(Storages.inMemory())) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.reset();

            storage.useTransaction(tx -> tx.laps().longRuns(List.of(StorageFixtures.BAHRAIN_2024,
                    StorageFixtures.JEDDAH_2024, StorageFixtures.SUZUKA_2024)));

            assertThat(storage.callsByMethod()).containsExactlyEntriesOf(Map.of("LapStore.longRuns", 1L));
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

    /** {@code storage} with lap stores that leave {@code longRuns(Collection)} to the SPI default. */
    private static Storage withDefaultLongRuns(Storage storage) {
        return new Storage() {
            @Override
            public <T> T inTransaction(TransactionCallback<T> callback) {
                return storage.inTransaction(tx -> callback.apply(new Transaction() {
                    @Override
                    public CatalogStore catalog() {
                        return tx.catalog();
                    }

                    @Override
                    public RaceStore races() {
                        return tx.races();
                    }

                    @Override
                    public ResultStore results() {
                        return tx.results();
                    }

                    @Override
                    public LapStore laps() {
                        return SpiDefaultStores.laps(tx.laps());
                    }

                    @Override
                    public StatsStore stats() {
                        return tx.stats();
                    }

                    @Override
                    public FeatureStore features() {
                        return tx.features();
                    }

                    @Override
                    public PredictionStore predictions() {
                        return tx.predictions();
                    }

                    @Override
                    public StandingsStore standings() {
                        return tx.standings();
                    }

                    @Override
                    public PitStopStore pitStops() {
                        return tx.pitStops();
                    }

                    @Override
                    public org.f1pipeline.storage.NoteStore notes() {
                        return tx.notes();
                    }

                    @Override
                    public org.f1pipeline.storage.InputStore inputs() {
                        return tx.inputs();
                    }
                }));
            }

            @Override
            public CatalogStore catalog() {
                return storage.catalog();
            }

            @Override
            public RaceStore races() {
                return storage.races();
            }

            @Override
            public ResultStore results() {
                return storage.results();
            }

            @Override
            public LapStore laps() {
                return storage.laps();
            }

            @Override
            public StatsStore stats() {
                return storage.stats();
            }

            @Override
            public FeatureStore features() {
                return storage.features();
            }

            @Override
            public PredictionStore predictions() {
                return storage.predictions();
            }

            @Override
            public org.f1pipeline.storage.NoteStore notes() {
                return storage.notes();
            }

            @Override
            public org.f1pipeline.storage.InputStore inputs() {
                return storage.inputs();
            }

            @Override
            public StandingsStore standings() {
                return storage.standings();
            }

            @Override
            public PitStopStore pitStops() {
                return storage.pitStops();
            }

            @Override
            public int schemaVersion() {
                return storage.schemaVersion();
            }

            @Override
            public String describe() {
                return storage.describe();
            }

            @Override
            public void close() {
                storage.close();
            }
        };
    }
}
