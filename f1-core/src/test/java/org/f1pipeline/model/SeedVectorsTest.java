package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.model.internal.TeammateDelta;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of seed-engine.md section 14, exactly as written there. */
class SeedVectorsTest {

    @Test
    @DisplayName("normalize_minmax([3,3,3]) -> [0.5,0.5,0.5]")
    void minmaxAllEqual() {
        assertThat(ModelMath.minmax(new double[] {3, 3, 3})).containsExactly(0.5, 0.5, 0.5);
    }

    @Test
    @DisplayName("bayesian(0,0)=0.25, (0,10)=0.041667, (1,10)=0.125")
    void bayesian() {
        assertThat(ModelMath.bayesianWinRate(0, 0)).isEqualTo(0.25);
        assertThat(ModelMath.round(ModelMath.bayesianWinRate(0, 10), 6)).isEqualTo(0.041667);
        assertThat(ModelMath.bayesianWinRate(1, 10)).isEqualTo(0.125);
    }

    @Test
    @DisplayName("softmax T=0.3 of [0.62,0.55,0.50] -> [0.40614, 0.32162, 0.27224]")
    void softmax() {
        double[] p = ModelMath.softmax(new double[] {0.62, 0.55, 0.50}, 0.3);
        assertThat(ModelMath.round(p[0], 5)).isEqualTo(0.40614);
        assertThat(ModelMath.round(p[1], 5)).isEqualTo(0.32162);
        assertThat(ModelMath.round(p[2], 5)).isEqualTo(0.27224);
    }

    @ParameterizedTest(name = "overtake {0}, SC {1}")
    @CsvSource(delimiter = ';', value = {
            "0.05; 0.3; 1,1,1,1,1,0.976,0.5323,0.0887,0",
            "0.85; 0.3; 1,0.9942,0.8372,0.6802,0.6279,0.5756,0.314,0.0523,0",
            "0.5;  0.3; 1,1,1,0.8873,0.819,0.7508,0.4095,0.0683,0"})
    @DisplayName("circuit_adj_start_pos for grids 1,2,5,8,9,10,15,20,22 (to the 4 decimals written)")
    void circuitAdjStartPos(double overtake, double sc, String expected) {
        int[] grids = {1, 2, 5, 8, 9, 10, 15, 20, 22};
        List<Double> actual = new ArrayList<>();
        for (int g : grids) {
            actual.add(ModelMath.round(GrandPrixFeatures.circuitAdjustedStartPosition(g, overtake, sc), 4));
        }
        List<Double> want = new ArrayList<>();
        for (String v : expected.split(",")) {
            want.add(Double.parseDouble(v));
        }
        assertThat(actual).isEqualTo(want);
    }

    @Test
    @DisplayName("FP2 stint of 8 SOFT laps -> trimmed, +500, median 90000 ms, stint length 5")
    void fp2LongRun() {
        int[] times = {90000, 91000, 89000, 89500, 89300, 89700, 89600, 95000};
        List<PracticeLap> laps = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            laps.add(new PracticeLap(DriverId.of("ann"), i + 1, times[i], "SOFT", 2));
        }
        List<LongRun> runs = LongRunCalculator.compute(RaceKey.of(2024, 5), laps);
        assertThat(runs).containsExactly(new LongRun(RaceKey.of(2024, 5), DriverId.of("ann"), "SOFT", 90000, 5, 89000));
    }

    @Test
    @DisplayName("teammate delta: A = 80 000, B = 80 400 -> A +0.004975, B -0.005")
    void teammateDelta() {
        assertThat(ModelMath.round(TeammateDelta.relativeGap(80000, 80400), 6)).isEqualTo(0.004975);
        assertThat(TeammateDelta.relativeGap(80400, 80000)).isEqualTo(-0.005);
    }
}
