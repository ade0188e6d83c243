package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeekendsTest {

    @Test
    @DisplayName("the assembler regroups bulk reads into the same weekends")
    void roundTrip() {
        List<Weekend> original = HandBuiltRace.all();
        List<Race> races = new ArrayList<>();
        List<QualifyingResult> quali = new ArrayList<>();
        List<QualifyingResult> sq = new ArrayList<>();
        List<RaceResult> results = new ArrayList<>();
        List<LapTime> laps = new ArrayList<>();
        List<RaceConditions> conditions = new ArrayList<>();
        List<org.f1pipeline.domain.LongRun> longRuns = new ArrayList<>();
        for (Weekend w : original) {
            races.add(w.race());
            quali.addAll(w.qualifying());
            sq.addAll(w.sprintQualifying());
            results.addAll(w.raceResults());
            results.addAll(w.sprintResults());
            laps.addAll(w.laps());
            longRuns.addAll(w.longRuns());
            if (w.conditions() != null) {
                conditions.add(w.conditions());
                conditions.add(new RaceConditions(w.key(), RaceType.SPRINT, null, null, null, null, null, 3, null));
            }
        }
        List<Weekend> rebuilt = Weekends.assembler().races(races)
                .circuits(List.of(HandBuiltRace.TESTRING, HandBuiltRace.R1RING, HandBuiltRace.R2RING))
                .qualifying(quali).sprintQualifying(sq).results(results).laps(laps).longRuns(longRuns)
                .conditions(conditions).build();
        assertThat(rebuilt).isEqualTo(original);
    }

    @Test
    @DisplayName("rows of a race that was not given, or a missing circuit, are reported")
    void inconsistentInput() {
        Weekend w = HandBuiltRace.w2401();
        assertThatThrownBy(() -> Weekends.assembler().races(List.of(HandBuiltRace.w2403().race()))
                .circuits(List.of(HandBuiltRace.TESTRING)).qualifying(w.qualifying()).build())
                .hasMessageContaining("rows of race 2024-01 were given but the race itself was not");
        assertThatThrownBy(() -> Weekends.assembler().races(List.of(w.race())).build())
                .hasMessageContaining("circuit r1ring, which was not given");
    }

    @Test
    @DisplayName("lapRaces: the last six completed races at the target's circuit, before it")
    void lapRaces() {
        List<Race> races = new ArrayList<>(HandBuiltRace.all().stream().map(Weekend::race).toList());
        assertThat(Weekends.lapRaces(races, HandBuiltRace.w2403().race())).containsExactly(HandBuiltRace.K2301);
        for (int season = 2010; season <= 2018; season++) {
            races.add(Fx.race(season, 1, "testring", org.f1pipeline.domain.EventFormat.CONVENTIONAL,
                    java.time.LocalDate.of(season, 5, 1)));
        }
        assertThat(Weekends.lapRaces(races, HandBuiltRace.w2403().race())).containsExactly(Fx.key(2014, 1),
                Fx.key(2015, 1), Fx.key(2016, 1), Fx.key(2017, 1), Fx.key(2018, 1), HandBuiltRace.K2301);
    }

    @Test
    @DisplayName("a weekend rejects rows of other races, wrong types and duplicates")
    void weekendValidation() {
        Weekend w = HandBuiltRace.w2401();
        assertThatThrownBy(() -> Weekend.builder(HandBuiltRace.w2403().race(), HandBuiltRace.TESTRING)
                .qualifying(w.qualifying()).build()).hasMessageContaining("does not belong here");
        assertThatThrownBy(() -> Weekend.builder(w.race(), w.circuit()).raceResults(List.of(
                Fx.sprint(w.key(), "ann", "alpha", 1, 1, 8))).build()).hasMessageContaining("must be GRAND_PRIX rows");
        assertThatThrownBy(() -> Weekend.builder(w.race(), w.circuit()).qualifying(List.of(w.qualifying().get(0),
                w.qualifying().get(0))).build()).hasMessageContaining("twice");
        assertThatThrownBy(() -> Weekend.builder(w.race(), HandBuiltRace.TESTRING).build())
                .hasMessageContaining("is not the race's circuit");
    }
}
