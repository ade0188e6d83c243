package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.storage.RaceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link RaceStore}: races, guarded status transitions and conditions. */
abstract class RaceStoreCases extends ContractSupport {

    private RaceStore races() {
        return storage().races();
    }

    @Test
    @DisplayName("upserting the same races twice keeps one row per race and reads them back equal")
    void racesAreUpsertedByKey() {
        seedCalendar();
        races().upsertRaces(StorageFixtures.races());

        assertThat(races().races(YEAR)).hasSize(6);
        assertThat(races().race(SHANGHAI_2024)).contains(StorageFixtures.race(SHANGHAI_2024));
        assertThat(races().race(RaceKey.of(YEAR, 7))).isEmpty();
    }

    @Test
    @DisplayName("re-syncing the schedule never resets a race's status but updates every other column")
    void resyncKeepsStatus() {
        seedCalendar();
        races().setStatus(JEDDAH_2024, RaceStatus.COMPLETED);
        Race renamed = new Race(JEDDAH_2024, "STC Saudi Arabian Grand Prix", StorageFixtures.JEDDAH,
                LocalDate.of(2024, 3, 10), EventFormat.CONVENTIONAL,
                Map.of(SessionType.RACE, Instant.parse("2024-03-10T17:00:00Z")), RaceStatus.SCHEDULED);
        races().upsertRaces(List.of(renamed));

        assertThat(races().race(JEDDAH_2024)).contains(renamed.withStatus(RaceStatus.COMPLETED));
    }

    @Test
    @DisplayName("a new race takes the status of the record")
    void newRaceTakesRecordStatus() {
        seedCatalog();
        races().upsertRaces(List.of(StorageFixtures.race(BAHRAIN_2023).withStatus(RaceStatus.COMPLETED)));

        assertThat(races().race(BAHRAIN_2023)).get().extracting(Race::status).isEqualTo(RaceStatus.COMPLETED);
    }

    @Test
    @DisplayName("races are listed by round, and a season range by season then round")
    void racesAreOrdered() {
        seedCatalog();
        List<Race> all = StorageFixtures.races();
        races().upsertRaces(List.of(all.get(6), all.get(2), all.get(0), all.get(5), all.get(1), all.get(4),
                all.get(3)));

        assertThat(races().races(YEAR)).extracting(r -> r.key().round()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(races().races(2023, 2024)).extracting(Race::key).containsExactly(BAHRAIN_2023, BAHRAIN_2024,
                JEDDAH_2024, ALBERT_PARK_2024, SUZUKA_2024, SHANGHAI_2024, MIAMI_2024);
        assertThat(races().races(2024, 2024)).hasSize(6);
        assertThat(races().races(2025, 2030)).isEmpty();
        assertThat(races().races(1990)).isEmpty();
    }

    @Test
    @DisplayName("a race without session times and one with all of them read back equal")
    void sessionStartsRoundTrip() {
        seedCatalog();
        Race bare = new Race(RaceKey.of(YEAR, 4), "Japanese Grand Prix", SUZUKA, LocalDate.of(2024, 4, 7),
                EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED);
        races().upsertRaces(List.of(bare, StorageFixtures.race(MIAMI_2024)));

        assertThat(races().race(bare.key())).contains(bare);
        assertThat(races().race(MIAMI_2024).orElseThrow().sessionStarts()).hasSize(5)
                .containsEntry(SessionType.SPRINT_QUALIFYING, Instant.parse("2024-05-03T07:30:00Z"));
    }

    @Test
    @DisplayName("a guarded transition moves the status only from an allowed status")
    void guardedTransitions() {
        seedCalendar();

        assertThat(races().transitionStatus(SHANGHAI_2024, RaceStatus.BEFORE_QUALIFYING,
                RaceStatus.QUALIFYING_DONE)).isTrue();
        assertThat(races().race(SHANGHAI_2024).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);

        assertThat(races().transitionStatus(SHANGHAI_2024, RaceStatus.BEFORE_SPRINT, RaceStatus.SPRINT_DONE))
                .isFalse();
        assertThat(races().race(SHANGHAI_2024).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);

        races().setStatus(MIAMI_2024, RaceStatus.SPRINT_QUALIFYING_DONE);
        assertThat(races().transitionStatus(MIAMI_2024, RaceStatus.BEFORE_SPRINT, RaceStatus.SPRINT_DONE)).isTrue();
        assertThat(races().transitionStatus(MIAMI_2024, RaceStatus.BEFORE_QUALIFYING, RaceStatus.QUALIFYING_DONE))
                .isTrue();
        assertThat(races().race(MIAMI_2024).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);
        assertThat(races().race(JEDDAH_2024).orElseThrow().status()).isEqualTo(RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("setStatus and transitionStatus on an unknown race fail with a StorageException naming the race")
    void statusOfUnknownRaceFails() {
        seedCalendar();
        RaceKey unknown = RaceKey.of(YEAR, 9);

        assertRefused(() -> races().setStatus(unknown, RaceStatus.COMPLETED), "set status", "2024-09");
        assertRefused(() -> races().transitionStatus(unknown, RaceStatus.BEFORE_QUALIFYING,
                RaceStatus.QUALIFYING_DONE), "transition status", "2024-09");
        assertThat(races().race(unknown)).isEmpty();
    }

    @Test
    @DisplayName("conditions are upserted by race and type, with every measure null or set")
    void conditionsRoundTrip() {
        seedCalendar();
        RaceConditions unknown = new RaceConditions(BAHRAIN_2023, RaceType.GRAND_PRIX, null, null, null, null, null,
                null, null);
        RaceConditions wet = new RaceConditions(SHANGHAI_2024, RaceType.SPRINT, WeatherLabel.WET, 0.625, 18.25,
                21.5, 88.0, 4, 2);
        races().upsertConditions(List.of(unknown, wet, StorageFixtures.conditions(SHANGHAI_2024,
                RaceType.GRAND_PRIX)));
        races().upsertConditions(List.of(wet));

        assertThat(races().conditions(BAHRAIN_2023, RaceType.GRAND_PRIX)).contains(unknown);
        assertThat(races().conditions(SHANGHAI_2024, RaceType.SPRINT)).contains(wet);
        assertThat(races().conditions(SHANGHAI_2024, RaceType.GRAND_PRIX))
                .contains(StorageFixtures.conditions(SHANGHAI_2024, RaceType.GRAND_PRIX));
        assertThat(races().conditions(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("a season range of conditions is ordered by season, round, then grand prix before sprint")
    void conditionsRangeOrdered() {
        seedCalendar();
        races().upsertConditions(List.of(StorageFixtures.conditions(MIAMI_2024, RaceType.GRAND_PRIX),
                StorageFixtures.conditions(SHANGHAI_2024, RaceType.SPRINT),
                StorageFixtures.conditions(SHANGHAI_2024, RaceType.GRAND_PRIX),
                StorageFixtures.conditions(BAHRAIN_2023, RaceType.GRAND_PRIX)));

        assertThat(races().conditions(2023, 2024)).extracting(RaceConditions::race, RaceConditions::type)
                .containsExactly(tuple(BAHRAIN_2023, RaceType.GRAND_PRIX),
                        tuple(SHANGHAI_2024, RaceType.GRAND_PRIX),
                        tuple(SHANGHAI_2024, RaceType.SPRINT),
                        tuple(MIAMI_2024, RaceType.GRAND_PRIX));
        assertThat(races().conditions(2024, 2024)).hasSize(3);
    }
}
