package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.source.openf1.MappedDriver.MatchedBy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Matching OpenF1 drivers to stable ids, with real entry-list situations. */
class DriverMappingTest {

    private static final ConstructorId RED_BULL = ConstructorId.of("red_bull");
    private static final ConstructorId RB = ConstructorId.of("rb");
    private static final ConstructorId ALPHATAURI = ConstructorId.of("alphatauri");
    private static final ConstructorId WILLIAMS = ConstructorId.of("williams");

    private static Driver driver(String id, String code, Integer number, String given, String family) {
        return new Driver(DriverId.of(id), code, number, given, family, null, null);
    }

    private static SeasonEntry entry(int season, String driver, ConstructorId team, Integer number, Integer first) {
        return new SeasonEntry(season, DriverId.of(driver), team, number, first);
    }

    private static final List<Driver> DRIVERS = List.of(
            driver("max_verstappen", "VER", 33, "Max", "Verstappen"),
            driver("de_vries", "DEV", 21, "Nyck", "de Vries"),
            driver("ricciardo", "RIC", 3, "Daniel", "Ricciardo"),
            driver("lawson", "LAW", 30, "Liam", "Lawson"),
            driver("tsunoda", "TSU", 22, "Yuki", "Tsunoda"),
            driver("sargeant", "SAR", 2, "Logan", "Sargeant"),
            driver("vandoorne", "VAN", 2, "Stoffel", "Vandoorne"),
            driver("perez", "PER", 11, "Sergio", "Pérez"),
            driver("zhou", "ZHO", 24, "Guanyu", "Zhou"));

    @Test
    @DisplayName("a car number maps to the season's entry, not another season's holder of that number")
    void carNumberAcrossSeasons() {
        DriverMapping m = DriverMapping.of(2023, List.of(entry(2023, "sargeant", WILLIAMS, 2, 1),
                entry(2018, "vandoorne", ConstructorId.of("mclaren"), 2, 1)), DRIVERS);
        MappedDriver d = m.map(RaceKey.of(2023, 1), 2, "SAR", "Logan SARGEANT", "Williams");
        assertThat(d).isEqualTo(new MappedDriver(DriverId.of("sargeant"), WILLIAMS, 2, MatchedBy.CAR_NUMBER));
    }

    @Test
    @DisplayName("a replacement who takes over a car number mid-season is found by acronym on that number")
    void carNumberReuseWithinSeason() {
        // Pre-2014 style: the substitute drives the same car number from round 11.
        List<SeasonEntry> entries = List.of(entry(2023, "de_vries", ALPHATAURI, 21, 1),
                entry(2023, "ricciardo", ALPHATAURI, 21, 11));
        DriverMapping m = DriverMapping.of(2023, entries, DRIVERS);
        assertThat(m.map(RaceKey.of(2023, 5), 21, "DEV", null, null).driver()).isEqualTo(DriverId.of("de_vries"));
        assertThat(m.map(RaceKey.of(2023, 12), 21, "RIC", null, null).driver()).isEqualTo(DriverId.of("ricciardo"));
        // Without an acronym, the entry that started latest holds the car.
        assertThat(m.map(RaceKey.of(2023, 12), 21, null, null, null).driver()).isEqualTo(DriverId.of("ricciardo"));
        assertThat(m.map(RaceKey.of(2023, 10), 21, null, null, null).driver()).isEqualTo(DriverId.of("de_vries"));
    }

    @Test
    @DisplayName("a number whose holder has another code falls through to the acronym")
    void numberContradictedByAcronym() {
        DriverMapping m = DriverMapping.of(2023, List.of(entry(2023, "de_vries", ALPHATAURI, 21, 1),
                entry(2023, "lawson", ALPHATAURI, 40, 13)), DRIVERS);
        MappedDriver d = m.map(RaceKey.of(2023, 14), 21, "LAW", "Liam LAWSON", "AlphaTauri");
        assertThat(d.driver()).isEqualTo(DriverId.of("lawson"));
        assertThat(d.matchedBy()).isEqualTo(MatchedBy.ACRONYM);
    }

    @Test
    @DisplayName("a mid-season team swap gives each race the team of the entry in force (Lawson/Tsunoda 2025)")
    void midSeasonSwap() {
        List<SeasonEntry> entries = List.of(
                entry(2025, "max_verstappen", RED_BULL, 1, 1),
                entry(2025, "lawson", RED_BULL, 30, 1), entry(2025, "lawson", RB, 30, 3),
                entry(2025, "tsunoda", RB, 22, 1), entry(2025, "tsunoda", RED_BULL, 22, 3));
        DriverMapping m = DriverMapping.of(2025, entries, DRIVERS);
        assertThat(m.map(RaceKey.of(2025, 2), 30, "LAW", "Liam LAWSON", "Red Bull Racing").constructor())
                .isEqualTo(RED_BULL);
        assertThat(m.map(RaceKey.of(2025, 3), 30, "LAW", "Liam LAWSON", "Racing Bulls").constructor()).isEqualTo(RB);
        assertThat(m.map(RaceKey.of(2025, 2), 22, "TSU", null, null).constructor()).isEqualTo(RB);
        // The team comes from the entry, never from the TV name: a stale team_name does not change it.
        assertThat(m.map(RaceKey.of(2025, 4), 22, "TSU", null, "Racing Bulls").constructor()).isEqualTo(RED_BULL);
    }

    @Test
    @DisplayName("a driver found by full name, accents and case ignored")
    void byName() {
        DriverMapping m = DriverMapping.of(2023, List.of(entry(2023, "perez", RED_BULL, null, null),
                entry(2023, "zhou", ConstructorId.of("alfa"), null, null)), DRIVERS);
        MappedDriver perez = m.map(RaceKey.of(2023, 1), 11, null, "Sergio PEREZ", "Red Bull Racing");
        assertThat(perez.driver()).isEqualTo(DriverId.of("perez"));
        assertThat(perez.matchedBy()).isEqualTo(MatchedBy.NAME);
        assertThat(m.map(RaceKey.of(2023, 1), 24, null, "ZHOU Guanyu", null).driver()).isEqualTo(DriverId.of("zhou"));
    }

    @Test
    @DisplayName("an unknown driver fails with season, round, number, acronym and name in the message")
    void unknownDriver() {
        DriverMapping m = DriverMapping.of(2024, List.of(entry(2024, "max_verstappen", RED_BULL, 1, 1)), DRIVERS);
        assertThatThrownBy(() -> m.map(RaceKey.of(2024, 4), 38, "BEA", "Oliver BEARMAN", "Ferrari"))
                .isInstanceOfSatisfying(UnknownDriverException.class, e -> {
                    assertThat(e.ambiguous()).isFalse();
                    assertThat(e.driverNumber()).isEqualTo(38);
                    assertThat(e.context()).containsEntry("season", 2024).containsEntry("driver_number", 38)
                            .containsEntry("acronym", "BEA").containsEntry("full_name", "Oliver BEARMAN");
                })
                .hasMessage("Unknown OpenF1 driver in season 2024 round 4: driver_number 38, acronym 'BEA', full name "
                        + "'Oliver BEARMAN', team 'Ferrari' — no entry has car number 38 by round 4; no driver has "
                        + "code BEA; no driver is named Oliver BEARMAN among the 1 entries of the season. Re-sync the "
                        + "season's entry list if a new driver took part.");
        assertThat(m.find(RaceKey.of(2024, 4), 38, "BEA", "Oliver BEARMAN", "Ferrari")).isEmpty();
    }

    @Test
    @DisplayName("two drivers sharing a code in one season are reported as ambiguous")
    void ambiguous() {
        List<Driver> drivers = List.of(driver("michael_schumacher", "MSC", null, "Michael", "Schumacher"),
                driver("mick_schumacher", "MSC", null, "Mick", "Schumacher"));
        DriverMapping m = DriverMapping.of(2023, List.of(entry(2023, "michael_schumacher", RED_BULL, null, null),
                entry(2023, "mick_schumacher", WILLIAMS, null, null)), drivers);
        assertThatThrownBy(() -> m.map(RaceKey.of(2023, 1), 47, "MSC", null, null))
                .isInstanceOf(UnknownDriverException.class)
                .hasMessageContaining("Ambiguous").hasMessageContaining("michael_schumacher")
                .hasMessageContaining("mick_schumacher");
        assertThat(m.map(RaceKey.of(2023, 1), 47, "MSC", "Mick SCHUMACHER", null).driver())
                .isEqualTo(DriverId.of("mick_schumacher"));
    }

    @Test
    @DisplayName("entries from the same round for two teams are settled by the normalised team name")
    void teamNameFallback() {
        List<SeasonEntry> entries = List.of(entry(2024, "lawson", RB, 30, null), entry(2024, "lawson", RED_BULL, 30,
                null));
        DriverMapping m = DriverMapping.of(2024, entries, DRIVERS,
                List.of(new Constructor(ConstructorId.of("rb"), "RB F1 Team", "Italian")), Map.of());
        assertThat(m.map(RaceKey.of(2024, 19), 30, "LAW", null, "RB").constructor()).isEqualTo(RB);
        assertThat(m.map(RaceKey.of(2024, 19), 30, "LAW", null, "Red Bull Racing").constructor()).isEqualTo(RED_BULL);
        assertThatThrownBy(() -> m.map(RaceKey.of(2024, 19), 30, "LAW", null, "Minardi"))
                .isInstanceOf(UnknownDriverException.class).hasMessageContaining("team name does not settle it");
    }

    @Test
    @DisplayName("team names resolve through built-ins, constructor names and aliases")
    void teamNames() {
        DriverMapping m = DriverMapping.of(2030, List.of(), List.of(),
                List.of(new Constructor(ConstructorId.of("apex"), "Apex GP", null)),
                Map.of("Falcon Racing Team", ConstructorId.of("falcon")));
        assertThat(m.constructorForTeamName("Haas F1 Team")).contains(ConstructorId.of("haas"));
        assertThat(m.constructorForTeamName("Kick Sauber")).contains(ConstructorId.of("sauber"));
        assertThat(m.constructorForTeamName("APEX  GP")).contains(ConstructorId.of("apex"));
        assertThat(m.constructorForTeamName("falcon racing team")).contains(ConstructorId.of("falcon"));
        assertThat(m.constructorForTeamName("Brabham")).isEmpty();
    }

    @Test
    @DisplayName("a session's drivers map by number, and a resolver serves the derivations")
    void sessionAndResolver() {
        DriverMapping m = DriverMapping.of(2023, List.of(entry(2023, "max_verstappen", RED_BULL, 1, 1),
                entry(2023, "perez", RED_BULL, 11, 1)), DRIVERS);
        List<OpenF1Driver> session = List.of(new OpenF1Driver(1, 10, 1, null, "Max VERSTAPPEN", "Max", "Verstappen",
                "VER", "Red Bull Racing", null, null, null));
        assertThat(m.mapSession(RaceKey.of(2023, 1), session)).containsOnlyKeys(1);
        IntFunction<DriverId> resolver = m.resolver(RaceKey.of(2023, 1), session);
        assertThat(resolver.apply(1)).isEqualTo(DriverId.of("max_verstappen"));
        assertThat(resolver.apply(11)).isEqualTo(DriverId.of("perez"));
        assertThatThrownBy(() -> resolver.apply(99)).isInstanceOf(UnknownDriverException.class);
        assertThatThrownBy(() -> m.map(RaceKey.of(2024, 1), 1, "VER", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in season 2023");
    }
}
