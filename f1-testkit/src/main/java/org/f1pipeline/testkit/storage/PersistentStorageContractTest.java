package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.f1pipeline.testkit.storage.StorageFixtures.GP_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.SchemaVersion;
import org.f1pipeline.storage.SchemaVersionException;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Stores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The storage contract plus what only a real database has: data that outlives the {@code Storage} object, and
 * schema versions. SQLite and PostgreSQL adapters extend this instead of {@link StorageContractTest}, and also
 * implement {@link #reopen()} and {@link #forceSchemaVersion(int)}.
 */
public abstract class PersistentStorageContractTest extends StorageContractTest {

    /**
     * Opens a second {@link Storage} on the same database as {@link #storage}, exactly as an application would
     * (running migrations and version checks). The test closes it.
     */
    protected abstract Storage reopen();

    /**
     * Records {@code version} as the schema version of the database behind {@link #storage}, the way a newer
     * library would after its migrations (so that the next {@link #reopen()} sees it).
     */
    protected abstract void forceSchemaVersion(int version);

    @Nested
    @DisplayName("persistence")
    class PersistenceContract {

        @Test
        @DisplayName("data written through the storage is visible, unchanged, after reopening")
        void dataSurvivesReopen() {
            writeWeekend();
            Map<String, Object> before = dump(storage);

            try (Storage second = reopen()) {
                assertThat(dump(second)).isEqualTo(before);
                assertThat(second.races().race(JEDDAH_2024).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
                assertThat(second.laps().lapCount(JEDDAH_2024, RaceType.GRAND_PRIX)).isEqualTo(400);
            }
        }

        @Test
        @DisplayName("reopening an up-to-date database changes nothing")
        void reopenIsNoOp() {
            writeWeekend();
            Map<String, Object> before = dump(storage);

            try (Storage second = reopen()) {
                assertThat(second.schemaVersion()).isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
            }
            try (Storage third = reopen()) {
                assertThat(dump(third)).isEqualTo(before);
            }
            assertThat(dump(storage)).isEqualTo(before);
            assertThat(storage.schemaVersion()).isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
        }

        @Test
        @DisplayName("a database written by a newer library is refused on open with both versions in the message")
        void newerSchemaIsRefused() {
            writeWeekend();
            int newer = SchemaVersion.CURRENT_SCHEMA_VERSION + 1;
            forceSchemaVersion(newer);

            assertThatExceptionOfType(SchemaVersionException.class).isThrownBy(() -> reopen().close())
                    .satisfies(e -> {
                        assertThat(e.found()).isEqualTo(newer);
                        assertThat(e.supported()).isEqualTo(SchemaVersion.CURRENT_SCHEMA_VERSION);
                    })
                    .withMessageContaining(String.valueOf(newer))
                    .withMessageContaining(String.valueOf(SchemaVersion.CURRENT_SCHEMA_VERSION));
        }
    }

    /** A completed grand prix and a sprint weekend in progress, touching every store. */
    private void writeWeekend() {
        storage.useTransaction(tx -> {
            StorageFixtures.seedCalendar(tx);
            tx.results().upsertQualifying(StorageFixtures.qualifying(JEDDAH_2024));
            tx.results().upsertRaceResults(StorageFixtures.results(JEDDAH_2024, RaceType.GRAND_PRIX));
            tx.laps().upsertLaps(StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 20));
            tx.laps().upsertLongRuns(StorageFixtures.longRuns(JEDDAH_2024));
            tx.races().upsertConditions(List.of(StorageFixtures.conditions(JEDDAH_2024,
                    RaceType.GRAND_PRIX)));
            tx.races().setStatus(JEDDAH_2024, RaceStatus.COMPLETED);
            tx.results().upsertSprintQualifying(StorageFixtures.sprintQualifying(SHANGHAI_2024));
            tx.races().setStatus(SHANGHAI_2024, RaceStatus.SPRINT_QUALIFYING_DONE);
            tx.stats().upsertDriverStats(StorageFixtures.driverStats(YEAR, 2));
            tx.stats().upsertTeamStats(StorageFixtures.teamStats(YEAR, 2));
            tx.features().upsertFeatures(StorageFixtures.features(SHANGHAI_2024, RaceType.GRAND_PRIX, GP_MODEL));
            tx.predictions().add(StorageFixtures.prediction(SHANGHAI_2024, RaceType.GRAND_PRIX, GP_MODEL,
                    Instant.parse("2024-04-20T08:00:00Z")));
        });
    }

    /** Everything the fixture can hold, read through the SPI, keyed by what was read. */
    private static Map<String, Object> dump(Stores stores) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("seasons", stores.catalog().seasons());
        all.put("circuits", stores.catalog().circuits());
        all.put("constructors", stores.catalog().constructors());
        all.put("drivers", stores.catalog().drivers());
        all.put("entries", stores.catalog().seasonEntries(YEAR));
        all.put("races", stores.races().races(1950, 2100));
        all.put("conditions", stores.races().conditions(1950, 2100));
        all.put("qualifying", stores.results().qualifying(1950, 2100));
        all.put("sprint qualifying", stores.results().sprintQualifying(1950, 2100));
        all.put("results", stores.results().raceResults(1950, 2100, RaceType.GRAND_PRIX));
        all.put("sprints", stores.results().raceResults(1950, 2100, RaceType.SPRINT));
        for (RaceKey race : List.of(JEDDAH_2024, SHANGHAI_2024)) {
            all.put("laps " + race, stores.laps().laps(race, RaceType.GRAND_PRIX));
            all.put("long runs " + race, stores.laps().longRuns(race));
            all.put("features " + race, stores.features().features(race, RaceType.GRAND_PRIX, GP_MODEL));
            all.put("predictions " + race, stores.predictions().history(race, RaceType.GRAND_PRIX));
        }
        all.put("driver stats", stores.stats().driverStats(YEAR));
        all.put("team stats", stores.stats().teamStats(YEAR));
        return all;
    }
}
