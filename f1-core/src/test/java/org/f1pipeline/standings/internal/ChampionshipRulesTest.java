package org.f1pipeline.standings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.StandingsKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules table itself: the counting of each era, as Jolpica's championship systems list them. */
class ChampionshipRulesTest {

    @Test
    @DisplayName("drivers: best 4 (1950-53), 5 (1954-57), 6 or 5 (1958-66), halves (1967-80), best 11, all (1991-)")
    void driversCounting() {
        assertThat(ChampionshipRules.season(1950).drivers().describe()).isEqualTo("best 4");
        assertThat(ChampionshipRules.season(1957).drivers().describe()).isEqualTo("best 5");
        assertThat(ChampionshipRules.season(1964).drivers().describe()).isEqualTo("best 6");
        assertThat(ChampionshipRules.season(1966).drivers().describe()).isEqualTo("best 5");
        assertThat(ChampionshipRules.season(1972).drivers().describe())
                .isEqualTo("all but one of each half (first half larger)");
        assertThat(ChampionshipRules.season(1979).drivers().describe())
                .isEqualTo("best 4 of each half (second half larger)");
        assertThat(ChampionshipRules.season(1980).drivers().describe())
                .isEqualTo("best 5 of each half (second half larger)");
        assertThat(ChampionshipRules.season(1988).drivers().describe()).isEqualTo("best 11");
        assertThat(ChampionshipRules.season(2025).drivers().describe()).isEqualTo("all");
    }

    @Test
    @DisplayName("constructors: from 1958, best car only until 1978, the split-season rounds known")
    void constructors() {
        assertThat(ChampionshipRules.season(1957).hasConstructors()).isFalse();
        SeasonRules r58 = ChampionshipRules.season(1958);
        assertThat(r58.constructors().describe()).isEqualTo("best 6");
        assertThat(r58.bestCarOnly()).isTrue();
        assertThat(r58.constructorsSkipCircuit()).isEqualTo("indianapolis");
        assertThat(ChampionshipRules.season(1961).teamScale()).containsExactly(8, 6, 4, 3, 2, 1);
        assertThat(ChampionshipRules.season(1961).driverScale()).containsExactly(9, 6, 4, 3, 2, 1);
        assertThat(ChampionshipRules.season(1961).constructorsSkipCircuit()).isNull();
        assertThat(ChampionshipRules.season(1978).bestCarOnly()).isTrue();
        assertThat(ChampionshipRules.season(1979).bestCarOnly()).isFalse();
        assertThat(ChampionshipRules.season(1976).rounds()).isEqualTo(16);
        assertThat(ChampionshipRules.season(1981).rounds()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> ChampionshipRules.season(1949));
    }

    @Test
    @DisplayName("adjustments on record: 1995 Brazil, 1997 Schumacher, 2007 McLaren, 2020 Racing Point")
    void adjustments() {
        assertThat(ChampionshipRules.adjustments()).extracting(a -> a.season() + " " + a.id() + " " + a.type())
                .containsExactly("1995 benetton RACE_POINTS_VOID", "1995 williams RACE_POINTS_VOID",
                        "1997 michael_schumacher EXCLUDED", "2007 mclaren EXCLUDED", "2020 racing_point DEDUCTION");
        assertThat(ChampionshipRules.adjustments(1997)).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(StandingsKind.DRIVERS));
        assertThat(ChampionshipRules.adjustments(2021)).isEmpty();
    }

    @Test
    @DisplayName("a shared drive: every car's share before 1956 (1953: 1.5 + 3), only the best-placed car 1956-57")
    void sharedDrives() {
        RaceResult fourth = row(1953, 4, 1.5);
        RaceResult second = row(1953, 2, 3.0);
        assertThat(ChampionshipRules.sharedDrivePoints(1953, List.of(fourth, second), second)).isEqualTo(4.5);
        RaceResult fourth56 = row(1956, 4, 1.5);
        RaceResult second56 = row(1956, 2, 4.0);
        assertThat(ChampionshipRules.sharedDrivePoints(1956, List.of(fourth56, second56), second56)).isEqualTo(4.0);
        assertThat(ChampionshipRules.sharedDriveRule(1957)).contains("best-placed car");
    }

    private static RaceResult row(int season, int position, double points) {
        return new RaceResult(RaceKey.of(season, 2), RaceType.GRAND_PRIX, DriverId.of("fangio"),
                ConstructorId.of("ferrari"), 20 + position, position, Integer.toString(position), position, points,
                "Finished", null, null, false, position);
    }
}
