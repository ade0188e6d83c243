package org.f1pipeline.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.f1pipeline.model.internal.RatingsTest.result;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.model.ModelMath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OvertakeHistoryTest {

    /** Classified drivers starting 1..n, finishing in {@code finish} order (finish[i] = position of grid i+1). */
    private static List<RaceResult> race(int... finish) {
        List<RaceResult> out = new ArrayList<>();
        for (int i = 0; i < finish.length; i++) {
            out.add(result("d" + i, "t" + i, finish[i], String.valueOf(finish[i]), i + 1, 50));
        }
        return out;
    }

    @Test
    @DisplayName("order change: the share of swapped pairs among the classified drivers of the ten best grid slots")
    void orderChange() {
        assertThat(OvertakeHistory.orderChange(race(1, 2, 3, 4, 5))).isZero();
        assertThat(OvertakeHistory.orderChange(race(2, 1, 3, 4, 5))).isCloseTo(0.1, within(1e-15));
        assertThat(OvertakeHistory.orderChange(race(5, 4, 3, 2, 1))).isEqualTo(1.0);
        // Grid 11 and 12 finish first, but only the ten best grid slots count: no swap among them.
        assertThat(OvertakeHistory.orderChange(race(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2))).isZero();
        // Retirements are left out: four classified front starters are too few.
        List<RaceResult> attrition = race(1, 2, 3, 4);
        attrition.add(result("x", "tx", null, "R", 5, 3));
        assertThat(OvertakeHistory.orderChange(attrition)).isNaN();
    }

    @Test
    @DisplayName("a circuit is judged against the races of its time and shrunk to average by three pseudo-races")
    void rate() {
        OvertakeHistory h = new OvertakeHistory();
        CircuitId monaco = CircuitId.of("monaco");
        CircuitId spa = CircuitId.of("spa");
        assertThat(h.rate(monaco)).isEqualTo(0.5);
        h.add(spa, race(2, 1, 4, 3, 5));      // change 0.2; the first race sets the average: difference 0
        h.add(monaco, race(1, 2, 3, 4, 5));   // change 0 against an average of 0.2: difference -0.2
        // Monaco: 0.5 + 5 x (-0.2 / (1 + 3)) = 0.25. Spa: 0 / 4 -> 0.5.
        assertThat(h.rate(monaco)).isEqualTo(0.25);
        assertThat(h.rate(spa)).isEqualTo(0.5);
        // The average moved to 0.97 x 0.2 + 0.03 x 0 = 0.194; a second Spa race with change 0.3 (3 of 10 pairs
        // swapped): difference +0.106, over 2 + 3 races.
        h.add(spa, race(3, 2, 1, 4, 5));
        assertThat(h.rate(spa)).isEqualTo(ModelMath.round(0.5 + 5 * (0.3 - 0.194) / 5, 3));
        assertThat(h.races(spa)).isEqualTo(2);
        assertThat(h.rate(CircuitId.of("new_circuit"))).isEqualTo(0.5);
    }
}
