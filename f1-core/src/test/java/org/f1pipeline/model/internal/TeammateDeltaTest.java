package org.f1pipeline.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.RaceKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeammateDeltaTest {

    private static TeammateDelta.Session s(int round, String team, int ms) {
        return new TeammateDelta.Session(RaceKey.of(2024, round), ConstructorId.of(team), ms);
    }

    @Test
    @DisplayName("weights 5..1 newest first; sessions without a pool teammate are skipped")
    void rolling() {
        // A: rounds 3, 2, 1 at red; B: rounds 3 and 1 at red (round 2 at blue, alone).
        List<List<TeammateDelta.Session>> sessions = List.of(
                List.of(s(3, "red", 80000), s(2, "red", 81000), s(1, "red", 82000)),
                List.of(s(3, "red", 80400), s(2, "blue", 80000), s(1, "red", 81000)));
        double[] d = TeammateDelta.rolling(sessions);
        // A: round 3 (w5) vs 80400, round 2 no teammate, round 1 (w3) vs 81000.
        double a = (5 * (80400 - 80000) / 80400.0 + 3 * (81000 - 82000) / 81000.0) / 8;
        // B: round 3 (w5) vs 80000, round 2 (w4) alone at blue, round 1 (w3) vs 82000.
        double b = (5 * (80000 - 80400) / 80000.0 + 3 * (82000 - 81000) / 82000.0) / 8;
        assertThat(d[0]).isCloseTo(a, within(1e-15));
        assertThat(d[1]).isCloseTo(b, within(1e-15));
    }

    @Test
    @DisplayName("no comparison gives 0; the best of several teammates counts")
    void edgeCases() {
        double[] d = TeammateDelta.rolling(List.of(List.of(s(1, "red", 80000)), List.of(s(1, "blue", 80000)),
                List.of(s(1, "blue", 81000)), List.of(s(1, "blue", 80500)), List.of()));
        assertThat(d[0]).isZero();
        assertThat(d[1]).isCloseTo(500 / 80500.0, within(1e-15));
        assertThat(d[2]).isCloseTo(-1000 / 80000.0, within(1e-15));
        assertThat(d[4]).isZero();
    }
}
