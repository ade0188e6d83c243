package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LongRunCalculatorTest {

    private static final RaceKey RACE = RaceKey.of(2024, 5);

    private static List<PracticeLap> stint(String driver, int stint, String compound, int firstLap, int... times) {
        List<PracticeLap> laps = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            laps.add(new PracticeLap(DriverId.of(driver), firstLap + i, times[i], compound, stint));
        }
        return laps;
    }

    @Test
    @DisplayName("per compound the lowest stint median wins; HARD is shifted -400 ms; short stints are skipped")
    void bestStintPerCompound() {
        List<PracticeLap> laps = new ArrayList<>();
        laps.addAll(stint("bob", 1, "MEDIUM", 1, 95000, 94000, 91000, 91200, 91400, 99000));   // kept 91000..91400
        laps.addAll(stint("bob", 2, "MEDIUM", 10, 95000, 94000, 90500, 90700, 90900, 99000));  // better: 90700
        laps.addAll(stint("bob", 3, "HARD", 20, 95000, 94000, 91000, 91100, 91300, 91400, 99000)); // 4 kept, even
        laps.addAll(stint("bob", 4, "SOFT", 30, 88000, 88000, 88000, 88000, 88000));            // 2 kept: skipped
        laps.addAll(stint("bob", 5, "INTERMEDIATE", 40, 80000, 80000, 80000, 80000, 80000, 80000)); // not dry
        List<LongRun> runs = LongRunCalculator.compute(RACE, laps);
        // HARD kept 91000, 91100, 91300, 91400 - 400 each: median (90700 + 90900) / 2 = 90800.
        assertThat(runs).containsExactly(
                new LongRun(RACE, DriverId.of("bob"), "HARD", 90800, 4, 88000),
                new LongRun(RACE, DriverId.of("bob"), "MEDIUM", 90700, 3, 88000));
    }

    @Test
    @DisplayName("laps without time, stint or compound are skipped; FP2 laps can come as LapTime records")
    void skipsIncompleteLaps() {
        List<PracticeLap> laps = new ArrayList<>(stint("amy", 1, "MEDIUM", 1, 90000, 90000, 90000, 90000, 90000, 90000));
        laps.add(new PracticeLap(DriverId.of("amy"), 9, null, "MEDIUM", 1));
        laps.add(PracticeLap.of(LapTime.basic(RACE, RaceType.GRAND_PRIX, DriverId.of("amy"), 10, 85000, null)));
        assertThat(LongRunCalculator.compute(RACE, laps)).containsExactly(
                new LongRun(RACE, DriverId.of("amy"), "MEDIUM", 90000, 3, 90000));
        assertThat(LongRunCalculator.compute(RACE, List.of())).isEmpty();
    }
}
