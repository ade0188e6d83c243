package org.f1pipeline.source.jolpica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SeasonEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeasonRosterTest {

    private static ResultRow row(int round, String driver, String team, Integer number) {
        Driver d = new Driver(DriverId.of(driver), null, null, "G", "F", null, null);
        Constructor c = new Constructor(ConstructorId.of(team), team, null);
        RaceResult r = new RaceResult(RaceKey.of(2025, round), RaceType.GRAND_PRIX, d.id(), c.id(), number, 1, "1", 1,
                25, "Finished", null, 50, false);
        return new ResultRow(r, d, c, null, null);
    }

    @Test
    @DisplayName("a mid-season swap gives one entry per team, each with its first round")
    void midSeasonSwap() {
        List<ResultRow> rows = List.of(row(3, "lawson", "red_bull", 30), row(1, "lawson", "red_bull", 30),
                row(2, "lawson", "red_bull", 30), row(4, "lawson", "rb", 30), row(5, "lawson", "rb", 30),
                row(1, "tsunoda", "rb", 22), row(4, "tsunoda", "red_bull", 22));
        SeasonRoster roster = SeasonRoster.fromRows(2025, rows);
        assertThat(roster.entries()).containsExactly(
                new SeasonEntry(2025, DriverId.of("lawson"), ConstructorId.of("red_bull"), 30, 1),
                new SeasonEntry(2025, DriverId.of("tsunoda"), ConstructorId.of("rb"), 22, 1),
                new SeasonEntry(2025, DriverId.of("lawson"), ConstructorId.of("rb"), 30, 4),
                new SeasonEntry(2025, DriverId.of("tsunoda"), ConstructorId.of("red_bull"), 22, 4));
        assertThat(roster.drivers()).hasSize(2);
        assertThat(roster.constructors()).hasSize(2);
    }

    @Test
    @DisplayName("a car number missing in the first round is taken from a later one; other seasons are ignored")
    void numberFill() {
        SeasonRoster roster = SeasonRoster.fromRows(2025, List.of(row(2, "alpha", "team_a", null),
                row(5, "alpha", "team_a", 7)));
        assertThat(roster.entries()).containsExactly(
                new SeasonEntry(2025, DriverId.of("alpha"), ConstructorId.of("team_a"), 7, 2));
        assertThat(SeasonRoster.fromRows(2024, List.of(row(2, "alpha", "team_a", 7))).entries()).isEmpty();
    }
}
