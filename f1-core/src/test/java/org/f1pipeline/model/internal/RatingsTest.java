package org.f1pipeline.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RatingsTest {

    static RaceResult result(String driver, String team, Integer position, String text, int grid, int laps) {
        return new RaceResult(RaceKey.of(2020, 1), RaceType.GRAND_PRIX, DriverId.of(driver), ConstructorId.of(team),
                null, position, text, grid, 0.0, position == null ? "Engine" : "Finished", null, laps, false);
    }

    @Test
    @DisplayName("one race: pairwise Elo weighted to the front, teams only against other teams, by hand")
    void oneRace() {
        Ratings r = new Ratings();
        r.startSeason(2020);
        // Listed out of order on purpose: a (x) wins, b (y) second, c (x) retired; d failed to qualify.
        r.addRace(List.of(result("c", "x", null, "R", 3, 10), result("d", "z", null, "F", 0, 0),
                result("a", "x", 1, "1", 1, 50), result("b", "y", 2, "2", 2, 50)));
        // Three starters, all newcomers at 1450: K / (n - 1) = 48. Place 0 games weigh 48, place 1 games
        // 48 e^(-1/3), each at expected score 0.5. a: +24 +24; b: -24 + 24 e^(-1/3); c: -24 - 24 e^(-1/3).
        double back = 24 * Math.exp(-1.0 / 3);
        assertThat(r.driver(DriverId.of("a"))).isCloseTo((1498 - 1500) / 100.0, within(1e-12));
        assertThat(r.driver(DriverId.of("b"))).isCloseTo((1450 - 24 + back - 1500) / 100.0, within(1e-12));
        assertThat(r.driver(DriverId.of("c"))).isCloseTo((1450 - 24 - back - 1500) / 100.0, within(1e-12));
        // d did not start: still a newcomer.
        assertThat(r.driver(DriverId.of("d"))).isEqualTo(-0.5);
        // Team x: +24 (a beat b) - 24 e^(-1/3) (b beat c); a against c is a team-mate game and does not count.
        double x = (1450 + 24 - back - 1500) / 100.0;
        assertThat(r.team(ConstructorId.of("x"), 2020)).isCloseTo(x, within(1e-12));
        assertThat(r.team(ConstructorId.of("y"), 2020)).isCloseTo((1450 - 24 + back - 1500) / 100.0, within(1e-12));
        // The next winter keeps 60 % of a team's distance from 1500, already when read for the new season.
        assertThat(r.team(ConstructorId.of("x"), 2021)).isCloseTo(0.6 * x, within(1e-12));
        assertThat(r.team(ConstructorId.of("q"), 2021)).isEqualTo(-0.5);
        r.startSeason(2021);
        assertThat(r.team(ConstructorId.of("x"), 2021)).isCloseTo(0.6 * x, within(1e-12));
        assertThat(r.driver(DriverId.of("a"))).isCloseTo(-0.02, within(1e-12)); // drivers keep theirs
    }

    @Test
    @DisplayName("a strong driver gains less from beating a weak one; places beyond 15th play no games")
    void expectedScore() {
        Ratings r = new Ratings();
        r.startSeason(2020);
        r.addRace(List.of(result("a", "x", 1, "1", 1, 50), result("b", "y", 2, "2", 2, 50)));
        double a1 = r.driver(DriverId.of("a"));
        r.addRace(List.of(result("a", "x", 1, "1", 1, 50), result("b", "y", 2, "2", 2, 50)));
        // First race: +48 (K / 1 x 0.5). Second: K x (1 - E) with E = 1 / (1 + 10^(-96 / 400)).
        assertThat(a1).isCloseTo(-0.02, within(1e-12));
        double e = 1 / (1 + Math.pow(10, -96 / 400.0));
        assertThat(r.driver(DriverId.of("a"))).isCloseTo(-0.02 + 96 * (1 - e) / 100, within(1e-12));
        Ratings big = new Ratings();
        List<RaceResult> field = new java.util.ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            field.add(result("d" + i, "t" + i, i, String.valueOf(i), i, 50));
        }
        big.addRace(field);
        // 17th and 18th only lose games to drivers ahead of them; between themselves they play none.
        assertThat(big.driver(DriverId.of("d17"))).isEqualTo(big.driver(DriverId.of("d18")));
    }
}
