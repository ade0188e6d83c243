package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.FERRARI;
import static org.f1pipeline.testkit.storage.StorageFixtures.GP_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MONACO;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.testkit.storage.StorageFixtures.Seat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every write refers to existing parents, as foreign keys would enforce: a violation fails with a
 * {@link org.f1pipeline.storage.StorageException} whose operation is the method's name in words and whose message
 * names the missing key, and stores none of the call's rows.
 */
abstract class ReferentialIntegrityCases extends ContractSupport {

    private static final RaceKey UNKNOWN_RACE = RaceKey.of(YEAR, 9);
    private static final DriverId SENNA = DriverId.of("senna");
    private static final ConstructorId TOLEMAN = ConstructorId.of("toleman");
    private static final Seat GHOST_DRIVER = new Seat(SENNA, FERRARI, 12);
    private static final Seat GHOST_TEAM = new Seat(VERSTAPPEN, TOLEMAN, 1);

    @Test
    @DisplayName("a race needs its season and its circuit")
    void raceNeedsSeasonAndCircuit() {
        seedCatalog();
        Race future = new Race(RaceKey.of(2026, 1), "Australian Grand Prix", StorageFixtures.ALBERT_PARK,
                LocalDate.of(2026, 3, 8), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED);
        Race imola = new Race(RaceKey.of(YEAR, 7), "Emilia Romagna Grand Prix", CircuitId.of("imola"),
                LocalDate.of(2024, 5, 19), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED);

        assertRefused(() -> storage().races().upsertRaces(List.of(future)), "upsert races", "2026");
        assertRefused(() -> storage().races().upsertRaces(List.of(StorageFixtures.race(BAHRAIN_2024), imola)),
                "upsert races", "imola");
        assertThat(storage().races().races(2024, 2026)).isEmpty();
    }

    @Test
    @DisplayName("conditions need their race")
    void conditionsNeedRace() {
        seedCalendar();
        assertRefused(() -> storage().races().upsertConditions(List.of(
                StorageFixtures.conditions(UNKNOWN_RACE, RaceType.GRAND_PRIX))), "upsert conditions", "2024-09");
        assertThat(storage().races().conditions(2024, 2024)).isEmpty();
    }

    @Test
    @DisplayName("qualifying needs its race, driver and constructor")
    void qualifyingNeedsParents() {
        seedCalendar();
        var results = storage().results();
        assertRefused(() -> results.upsertQualifying(List.of(StorageFixtures.qualifyingRow(UNKNOWN_RACE,
                StorageFixtures.seat(VERSTAPPEN), 1))), "upsert qualifying", "2024-09");
        assertRefused(() -> results.upsertQualifying(withRow(StorageFixtures.qualifying(BAHRAIN_2024),
                StorageFixtures.qualifyingRow(BAHRAIN_2024, GHOST_DRIVER, 21))), "upsert qualifying", "senna");
        assertRefused(() -> results.replaceQualifying(BAHRAIN_2024, List.of(
                StorageFixtures.qualifyingRow(BAHRAIN_2024, GHOST_TEAM, 1))), "replace qualifying", "toleman");
        assertRefused(() -> results.upsertSprintQualifying(List.of(
                StorageFixtures.qualifyingRow(SHANGHAI_2024, GHOST_TEAM, 1))), "upsert sprint qualifying", "toleman");
        assertRefused(() -> results.replaceSprintQualifying(SHANGHAI_2024, List.of(
                StorageFixtures.qualifyingRow(SHANGHAI_2024, GHOST_DRIVER, 1))), "replace sprint qualifying", "senna");
        assertThat(results.qualifying(2024, 2024)).isEmpty();
        assertThat(results.sprintQualifying(2024, 2024)).isEmpty();
    }

    @Test
    @DisplayName("race results need their race, driver and constructor")
    void resultsNeedParents() {
        seedCalendar();
        var results = storage().results();
        assertRefused(() -> results.upsertRaceResults(StorageFixtures.results(UNKNOWN_RACE, RaceType.GRAND_PRIX)),
                "upsert race results", "2024-09");
        assertRefused(() -> results.upsertRaceResults(withRow(StorageFixtures.results(JEDDAH_2024,
                RaceType.GRAND_PRIX), StorageFixtures.result(JEDDAH_2024, RaceType.GRAND_PRIX, GHOST_DRIVER, null,
                21))), "upsert race results", "senna");
        assertRefused(() -> results.replaceRaceResults(SHANGHAI_2024, RaceType.SPRINT, List.of(
                StorageFixtures.result(SHANGHAI_2024, RaceType.SPRINT, GHOST_TEAM, 1, 1))), "replace race results",
                "toleman");
        assertThat(results.raceResults(2024, 2024, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(results.raceResults(2024, 2024, RaceType.SPRINT)).isEmpty();
    }

    @Test
    @DisplayName("laps and long runs need their race and driver")
    void lapsNeedParents() {
        seedCalendar();
        var laps = storage().laps();
        assertRefused(() -> laps.upsertLaps(StorageFixtures.laps(UNKNOWN_RACE, RaceType.GRAND_PRIX, 2)),
                "upsert laps", "2024-09");
        assertRefused(() -> laps.replaceLaps(BAHRAIN_2024, RaceType.GRAND_PRIX, withRow(StorageFixtures.laps(
                BAHRAIN_2024, RaceType.GRAND_PRIX, 2), LapTime.basic(BAHRAIN_2024, RaceType.GRAND_PRIX, SENNA, 1,
                95_000, 21))), "replace laps", "senna");
        assertRefused(() -> laps.upsertLongRuns(List.of(new LongRun(BAHRAIN_2024, SENNA, "SOFT", 97_000, 6, null))),
                "upsert long runs", "senna");
        assertRefused(() -> laps.replaceLongRuns(UNKNOWN_RACE, StorageFixtures.longRuns(UNKNOWN_RACE)),
                "replace long runs", "2024-09");
        assertThat(laps.lapCount(BAHRAIN_2024, RaceType.GRAND_PRIX)).isZero();
        assertThat(laps.longRuns(BAHRAIN_2024)).isEmpty();
    }

    @Test
    @DisplayName("season entries need their season, driver and constructor")
    void entriesNeedParents() {
        seedCatalog();
        var catalog = storage().catalog();
        assertRefused(() -> catalog.upsertSeasonEntries(StorageFixtures.entries(2019)), "upsert season entries",
                "2019");
        assertRefused(() -> catalog.upsertSeasonEntries(List.of(new SeasonEntry(YEAR, SENNA, FERRARI, 12, null))),
                "upsert season entries", "senna");
        assertRefused(() -> catalog.replaceSeasonEntries(YEAR, List.of(new SeasonEntry(YEAR, VERSTAPPEN, TOLEMAN,
                1, null))), "replace season entries", "toleman");
        assertThat(catalog.seasonEntries(YEAR)).hasSize(21);
    }

    @Test
    @DisplayName("season stats need their season and driver or team")
    void statsNeedParents() {
        seedCatalog();
        var stats = storage().stats();
        assertRefused(() -> stats.upsertDriverStats(StorageFixtures.driverStats(2019, 3)), "upsert driver stats",
                "2019");
        List<TeamSeasonStats> ghost = withRow(StorageFixtures.teamStats(YEAR, 3), new TeamSeasonStats(YEAR, TOLEMAN,
                3, 3, 6, 0, 0, 0.0, null, null, null, 0, null, 0, 0, 0.0));
        assertRefused(() -> stats.replaceTeamStats(YEAR, ghost), "replace team stats", "toleman");
        assertRefused(() -> stats.upsertTeamStats(StorageFixtures.teamStats(2019, 1)), "upsert team stats", "2019");
        assertThat(stats.driverStats(2019)).isEmpty();
        assertThat(stats.teamStats(YEAR)).isEmpty();
    }

    @Test
    @DisplayName("feature rows and predictions need their race and every driver")
    void modelOutputNeedsParents() {
        seedCalendar();
        var features = storage().features();
        assertRefused(() -> features.upsertFeatures(StorageFixtures.features(UNKNOWN_RACE, RaceType.GRAND_PRIX,
                GP_MODEL)), "upsert features", "2024-09");
        assertRefused(() -> features.replaceFeatures(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL, List.of(
                new FeatureRow(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL, SENNA, Map.of(),
                        0.5))), "replace features", "senna");
        Instant now = Instant.parse("2024-03-01T18:00:00Z");
        assertRefused(() -> storage().predictions().add(StorageFixtures.prediction(UNKNOWN_RACE, RaceType.GRAND_PRIX,
                GP_MODEL, now)), "add prediction", "2024-09");
        assertRefused(() -> storage().predictions().add(new Prediction(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL,
                now, now, List.of(new DriverPrediction(VERSTAPPEN, 0.5, 1, 0.8, Map.of()),
                        new DriverPrediction(SENNA, 0.5, 2, 0.8, Map.of())))), "add prediction", "senna");
        assertThat(features.features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)).isEmpty();
        assertThat(storage().predictions().history(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("a circuit without races and an unknown id in a read are not errors")
    void readsOfUnknownKeysAreEmpty() {
        seedCalendar();
        assertThat(storage().catalog().circuit(MONACO)).isPresent();
        assertThat(storage().results().qualifying(UNKNOWN_RACE)).isEmpty();
        assertThat(storage().laps().lapCount(UNKNOWN_RACE, RaceType.SPRINT)).isZero();
        assertThat(storage().predictions().latest(UNKNOWN_RACE, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(storage().races().conditions(UNKNOWN_RACE, RaceType.GRAND_PRIX)).isEmpty();
    }

    private static <T> List<T> withRow(List<T> rows, T extra) {
        List<T> all = new ArrayList<>(rows);
        all.add(extra);
        return all;
    }
}
