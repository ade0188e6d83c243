package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.model.Fx.d;
import static org.f1pipeline.model.Fx.gp;
import static org.f1pipeline.model.Fx.key;
import static org.f1pipeline.model.Fx.out;
import static org.f1pipeline.model.Fx.quali;
import static org.f1pipeline.model.Fx.sectorLap;
import static org.f1pipeline.model.Fx.t;

import java.time.LocalDate;
import java.util.List;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.TeamSeasonStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Season statistics on hand-built weekends, with the seed's fixes (C1, C3, C4, D1). */
class SeasonStatsCalculatorTest {

    private static final SeasonStats AS_OF_2403 = SeasonStatsCalculator.asOf(HandBuiltRace.K2403, HandBuiltRace.all());

    private static DriverSeasonStats driver(SeasonStats s, String id) {
        return s.driver(d(id)).orElseThrow();
    }

    private static TeamSeasonStats team(SeasonStats s, String id) {
        return s.team(t(id)).orElseThrow();
    }

    @Test
    @DisplayName("as-of 2024-03 covers rounds 1-2 only; the 2023 race is another season")
    void asOfBoundary() {
        assertThat(AS_OF_2403.season()).isEqualTo(2024);
        assertThat(AS_OF_2403.throughRound()).isEqualTo(2);
        assertThat(AS_OF_2403.drivers()).extracting(s -> s.driver().value())
                .containsExactly("ann", "bob", "cat", "dan", "eve", "fay");
        assertThat(SeasonStatsCalculator.asOf(HandBuiltRace.K2401, HandBuiltRace.all()))
                .isEqualTo(SeasonStats.empty(2024));
    }

    @Test
    @DisplayName("ann: wins, podiums, poles, averages, teammate delta and sprint aggregates")
    void ann() {
        // P2 from grid 3, P1 from grid 1; pole in 2024-02; teammate gaps 100/80600 and 1000/80000 -> 0.0069;
        // sprint P2 (7 points); total points are the championship's: 43 + 7.
        assertThat(driver(AS_OF_2403, "ann")).isEqualTo(new DriverSeasonStats(2024, d("ann"), 2, 2, 2, 1, 2, 1, 50.0,
                2, 1.5, 0.375, 0.5, 0, 0.0, null, null, null, null, 0.0069, 1, 0, 1, 7.0, 2.0, 0.1667));
    }

    @Test
    @DisplayName("C3 regression: a Lapped finisher is classified, not a DNF")
    void lappedIsNotADnf() {
        DriverSeasonStats bob = driver(AS_OF_2403, "bob");
        assertThat(bob.racesFinished()).isEqualTo(2);
        assertThat(bob.dnfCount()).isZero();
        assertThat(bob.dnfRate()).isZero();
        assertThat(bob.avgPositionGain()).isEqualTo(0.5); // (4 - 5) and (6 - 4)
    }

    @Test
    @DisplayName("a disqualification is neither a finish nor a DNF; a retirement is a DNF")
    void dsqAndRetirement() {
        DriverSeasonStats dan = driver(AS_OF_2403, "dan");
        assertThat(dan.racesEntered()).isEqualTo(2);
        assertThat(dan.racesFinished()).isEqualTo(1);
        assertThat(dan.dnfCount()).isZero();
        assertThat(dan.avgFinishPosition()).isEqualTo(3.0);
        DriverSeasonStats fay = driver(AS_OF_2403, "fay");
        assertThat(fay.dnfCount()).isEqualTo(1);
        assertThat(fay.dnfRate()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("C4: the championship counts sprint points (cat 43 + 8 leads ann 43 + 7); total points are its points")
    void championshipWithSprintPoints() {
        assertThat(AS_OF_2403.drivers()).extracting(DriverSeasonStats::championshipPosition)
                .containsExactly(2, 4, 1, 5, 3, 6); // ann 50, bob 26, cat 51, dan 21, eve 32, fay 13
        // Official standings points (docs/standings.md); the sprint share stays visible on its own.
        assertThat(driver(AS_OF_2403, "cat").totalPoints()).isEqualTo(51.0);
        assertThat(driver(AS_OF_2403, "cat").sprintPoints()).isEqualTo(8.0);
    }

    @Test
    @DisplayName("C4: equal points are split by countback (more wins first), then by driver id")
    void countback() {
        RaceKey k1 = key(2024, 1);
        RaceKey k2 = key(2024, 2);
        List<Weekend> weekends = List.of(
                weekend(k1, EventFormat.CONVENTIONAL, List.of(gp(k1, "zed", "alpha", 1, 1, 25),
                        gp(k1, "amy", "beta", 2, 2, 18), gp(k1, "bea", "gamma", 3, 3, 15))),
                weekend(k2, EventFormat.CONVENTIONAL, List.of(gp(k2, "amy", "beta", 2, 1, 7),
                        gp(k2, "bea", "gamma", 1, 2, 10), gp(k2, "zed", "alpha", 3, 3, 0))));
        SeasonStats s = SeasonStatsCalculator.compute(2024, weekends);
        // amy 25, bea 25 (1 win), zed 25 (1 win): bea and zed tie on wins, 2nds 0 vs 0, 3rds 1 vs 1 -> by id.
        assertThat(driver(s, "bea").championshipPosition()).isEqualTo(1);
        assertThat(driver(s, "zed").championshipPosition()).isEqualTo(2);
        assertThat(driver(s, "amy").championshipPosition()).isEqualTo(3);
    }

    @Test
    @DisplayName("teams: per-entry aggregates, car performance 0.0 for the slowest team (C1), reliability")
    void teams() {
        // Total points are the constructors' championship's: grand prix plus sprint (65 + 11, 58 + 14, 37 + 8).
        assertThat(team(AS_OF_2403, "alpha")).isEqualTo(new TeamSeasonStats(2024, t("alpha"), 2, 2, 4, 1, 2, 76.0, 1,
                3.0, 0.5, 0, 1.0, 0, 1, 11.0));
        assertThat(team(AS_OF_2403, "beta")).isEqualTo(new TeamSeasonStats(2024, t("beta"), 2, 2, 4, 1, 3, 72.0, 2,
                2.0, 1.0, 0, 1.0, 1, 2, 14.0));
        assertThat(team(AS_OF_2403, "gamma")).isEqualTo(new TeamSeasonStats(2024, t("gamma"), 2, 2, 4, 0, 1, 45.0, 3,
                4.0, 0.0, 1, 0.75, 0, 0, 8.0));
    }

    @Test
    @DisplayName("D1: a mid-season team change credits each race to the team of that entry")
    void teamPerEntry() {
        RaceKey k1 = key(2024, 1);
        RaceKey k2 = key(2024, 2);
        Weekend w1 = Weekend.builder(Fx.race(2024, 1, "r1ring", EventFormat.CONVENTIONAL, LocalDate.of(2024, 3, 1)),
                        HandBuiltRace.R1RING)
                .qualifying(List.of(quali(k1, "max", "red", 1, 80000), quali(k1, "sec", "red", 2, 80800),
                        quali(k1, "new", "blue", 3, 81000)))
                .raceResults(List.of(gp(k1, "max", "red", 1, 1, 25), gp(k1, "sec", "red", 2, 2, 18),
                        gp(k1, "new", "blue", 3, 3, 15)))
                .build();
        Weekend w2 = Weekend.builder(Fx.race(2024, 2, "r1ring", EventFormat.CONVENTIONAL, LocalDate.of(2024, 3, 8)),
                        HandBuiltRace.R1RING)
                .qualifying(List.of(quali(k2, "max", "red", 1, 80000), quali(k2, "new", "red", 2, 80400),
                        quali(k2, "sec", "blue", 3, 81000)))
                .raceResults(List.of(gp(k2, "max", "red", 1, 1, 25), gp(k2, "new", "red", 2, 2, 18),
                        out(k2, RaceType.GRAND_PRIX, "sec", "blue", 3, "R", "Gearbox")))
                .build();
        SeasonStats s = SeasonStatsCalculator.compute(2024, List.of(w1, w2));
        assertThat(team(s, "red").totalPoints()).isEqualTo(86.0);
        assertThat(team(s, "red").entries()).isEqualTo(4);
        assertThat(team(s, "blue").dnfCount()).isEqualTo(1); // sec's retirement went to blue, his team that day
        assertThat(team(s, "blue").totalPoints()).isEqualTo(15.0);
        // Teammate delta: race 1 max vs sec, race 2 max vs new (sec alone at blue: no pair).
        assertThat(driver(s, "max").teammateQualiDelta()).isEqualTo(ModelMath.round((800 / 80800.0 + 400 / 80400.0) / 2, 4));
        assertThat(driver(s, "sec").teammateQualiDelta()).isEqualTo(ModelMath.round(-800 / 80000.0, 4));
    }

    @Test
    @DisplayName("did-not-start entries count as entered but not as DNFs")
    void didNotStart() {
        RaceKey k = key(2024, 1);
        SeasonStats s = SeasonStatsCalculator.compute(2024, List.of(weekend(k, EventFormat.CONVENTIONAL, List.of(
                gp(k, "amy", "beta", 1, 1, 25), out(k, RaceType.GRAND_PRIX, "bea", "beta", 2, "W", "Did not start")))));
        assertThat(driver(s, "bea").racesEntered()).isEqualTo(1);
        assertThat(driver(s, "bea").dnfCount()).isZero();
        assertThat(team(s, "beta").reliabilityScore()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("sector profile: floored median over laps > 1 without pit, top speed; sprint weekends ignored")
    void sectorProfile() {
        RaceKey k1 = key(2024, 1);
        RaceKey k2 = key(2024, 2);
        Weekend w1 = Weekend.builder(Fx.race(2024, 1, "r1ring", EventFormat.CONVENTIONAL, LocalDate.of(2024, 3, 1)),
                        HandBuiltRace.R1RING)
                .raceResults(List.of(gp(k1, "amy", "beta", 1, 1, 25)))
                .laps(List.of(sectorLap(k1, "amy", 1, 1000, 2000, 3000, 330.0, false),  // lap 1: ignored
                        sectorLap(k1, "amy", 2, 30001, 31000, 32000, 310.04, false),
                        sectorLap(k1, "amy", 3, 30004, 31002, 32000, 312.26, false),
                        sectorLap(k1, "amy", 4, 99999, 99999, 99999, 350.0, true)))    // pit in: ignored
                .build();
        Weekend w2 = Weekend.builder(Fx.race(2024, 2, "r2ring", EventFormat.SPRINT_QUALIFYING, LocalDate.of(2024, 3, 8)),
                        HandBuiltRace.R2RING)
                .raceResults(List.of(gp(k2, "amy", "beta", 1, 1, 25)))
                .laps(List.of(sectorLap(k2, "amy", 2, 10, 10, 10, 400.0, false)))
                .build();
        DriverSeasonStats amy = driver(SeasonStatsCalculator.compute(2024, List.of(w1, w2)), "amy");
        assertThat(amy.avgSector1Ms()).isEqualTo(30002); // (30001 + 30004) / 2 = 30002.5, floored
        assertThat(amy.avgSector2Ms()).isEqualTo(31001);
        assertThat(amy.avgSector3Ms()).isEqualTo(32000);
        assertThat(amy.topSpeedKph()).isEqualTo(312.3);
    }

    private static Weekend weekend(RaceKey k, EventFormat format, List<org.f1pipeline.domain.RaceResult> results) {
        return Weekend.builder(Fx.race(k.season(), k.round(), "r1ring", format, LocalDate.of(k.season(), 3, k.round())),
                HandBuiltRace.R1RING).raceResults(results).build();
    }
}
