package org.f1pipeline.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.standings.Standing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatsRulesTest {

    @Test
    @DisplayName("a team outside the official constructors' table (a 1958-60 Indianapolis 500 entrant) has no position")
    void teamOutsideTheOfficialTable() {
        ConstructorId vanwall = ConstructorId.of("vanwall");
        ConstructorId epperly = ConstructorId.of("epperly");
        Totals a = new Totals();
        Totals b = new Totals();
        Map<String, Standing> official = Map.of("vanwall", Standing.constructor(1958, 11, 1, "1", vanwall, 48, 6));
        List<TeamSeasonStats> stats = StatsRules.teamStats(1958, 11, Map.of(vanwall, a, epperly, b),
                Map.of(vanwall, 11, epperly, 1), official);
        assertThat(stats).extracting(TeamSeasonStats::team).containsExactly(epperly, vanwall);
        assertThat(stats.get(0).championshipPosition()).isNull();
        assertThat(stats.get(1).championshipPosition()).isEqualTo(1);
        assertThat(stats.get(1).totalPoints()).isEqualTo(48.0);
    }
}
