package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every weighted-v3 feature on the {@link HandBuiltRace} target 2024-03, worked out by hand. Pool order (by driver
 * id): ann, bob, cat, dan, eve, fay.
 *
 * <p>As-of 2024 statistics (rounds 1-2 only): points ann 43, bob 22, cat 43, dan 15, eve 27, fay 10 (2 races each);
 * wins ann 1, cat 1; DNFs only fay 1 (bob's "Lapped" and dan's DSQ are not DNFs); average gain (grid - finish) ann
 * 0.5, bob 0.5, cat 0, dan -1 (DSQ not a finish), eve 0.5, fay 0. Teams: average finish alpha 3.0, beta 2.0, gamma
 * 4.0, so 21 - avg = 18, 19, 17 and car performance 0.5, 1.0, 0.0; reliability alpha 1, beta 1, gamma 1 - 1/4.
 */
class GrandPrixFeaturesTest {

    private Map<DriverId, FeatureRow> rows;

    @BeforeEach
    void compute() {
        List<FeatureRow> list = GrandPrixFeatures.compute(ModelSpec.weightedV3(), HandBuiltRace.historyBefore2403(),
                HandBuiltRace.w2403());
        assertThat(list).extracting(r -> r.driver().value()).containsExactly("ann", "bob", "cat", "dan", "eve", "fay");
        rows = list.stream().collect(Collectors.toMap(FeatureRow::driver, r -> r));
    }

    private void assertFeature(String feature, double... expected) {
        String[] ids = {"ann", "bob", "cat", "dan", "eve", "fay"};
        for (int i = 0; i < ids.length; i++) {
            // Scores are stored to 5 decimals, as the seed's numeric(6,5) columns.
            assertThat(rows.get(DriverId.of(ids[i])).scores().get(feature)).as(feature + " of " + ids[i])
                    .isEqualTo(ModelMath.round(expected[i], 5));
        }
    }

    @Test
    @DisplayName("rows carry the race, type, model version and the 12 features in spec order")
    void rowShape() {
        FeatureRow ann = rows.get(DriverId.of("ann"));
        assertThat(ann.race()).isEqualTo(HandBuiltRace.K2403);
        assertThat(ann.type()).isEqualTo(RaceType.GRAND_PRIX);
        assertThat(ann.modelVersion()).isEqualTo("weighted-v3");
        assertThat(ann.scores().keySet()).containsExactly("car_performance", "long_run_pace", "tyre_deg", "reliability",
                "qualifying_delta", "driver_rating", "win_rate", "luck_factor", "sector_strength",
                "circuit_adj_start_pos", "circuit_adj_position_gain", "weather_impact");
    }

    @Test
    @DisplayName("car_performance: the team's as-of score, and the slowest team keeps 0.0 (C1 regression)")
    void carPerformance() {
        assertFeature("car_performance", 0.5, 0.5, 1.0, 1.0, 0.0, 0.0);
    }

    @Test
    @DisplayName("long_run_pace: FP2 path (5 of 6 = 83 % >= 70 %); fay gets worst x 1.02")
    void longRunPaceFromFp2() {
        // best per driver: ann min(90000, 90500) = 90000, bob 90600, cat 89800, dan 90100, eve 90300;
        // fay = 90600 x 1.02 = 92412. Inverted (92412 - t): 2412, 1812, 2612, 2312, 2112, 0; divided by 2612.
        assertFeature("long_run_pace", 2412 / 2612.0, 1812 / 2612.0, 1.0, 2312 / 2612.0, 2112 / 2612.0, 0.0);
    }

    @Test
    @DisplayName("long_run_pace: without FP2, the median clean lap of past races here (date-bounded)")
    void longRunPaceFromCircuitHistory() {
        Weekend noFp2 = Weekend.builder(HandBuiltRace.w2403().race(), HandBuiltRace.TESTRING)
                .qualifying(HandBuiltRace.w2403().qualifying()).build();
        List<FeatureRow> list = GrandPrixFeatures.compute(ModelSpec.weightedV3(), HandBuiltRace.historyBefore2403(),
                noFp2);
        // 2023-01 laps 2..12 (tyre life 3..13, median 8): base + 8 x slope = ann 91400, bob 92140, cat 91120,
        // dan 91680, eve 92200; fay laps 2..9 (life 3..10): (92420 + 92490) / 2 = 92455.
        // Inverted (92455 - t): 1055, 315, 1335, 775, 255, 0; divided by 1335.
        double[] expected = {1055 / 1335.0, 315 / 1335.0, 1.0, 775 / 1335.0, 255 / 1335.0, 0.0};
        for (int i = 0; i < list.size(); i++) {
            assertThat(list.get(i).scores().get("long_run_pace")).isEqualTo(ModelMath.round(expected[i], 5));
        }
    }

    @Test
    @DisplayName("tyre_deg: slope of lap time on tyre life at 2023-01; fay (8 laps < 10) gets the upper median")
    void tyreDeg() {
        // slopes ann 50, bob 80, cat 40, dan 60, eve 100; sorted 40,50,60,80,100 -> upper median 60 for fay.
        // Inverted (100 - s): 50, 20, 60, 40, 0, 40; divided by 60.
        assertFeature("tyre_deg", 50 / 60.0, 20 / 60.0, 1.0, 40 / 60.0, 0.0, 40 / 60.0);
    }

    @Test
    @DisplayName("reliability: 0.7 team + 0.3 (1 - DNF rate), min-max")
    void reliability() {
        // ann..dan 0.7 + 0.3 = 1.0; eve 0.7 x 0.75 + 0.3 = 0.825; fay 0.525 + 0.3 x 0.5 = 0.675.
        // Min-max over [0.675, 1.0]: eve 0.15 / 0.325.
        assertFeature("reliability", 1, 1, 1, 1, 0.15 / 0.325, 0);
    }

    @Test
    @DisplayName("qualifying_delta: rolling teammate gap over 2024-03 (w5), 2024-02 (w4), 2024-01 (w3)")
    void qualifyingDelta() {
        // ann vs bob: 5 x 700/78800 + 4 x 1000/80000 + 3 x 100/80600, / 12 = 0.0081782; bob -0.0082645;
        // cat vs dan: 5 x 500/78500 + 4 x 300/79600 + 3 x 400/80400 (the seed's +0.004975), / 12 = 0.0051540;
        // dan -0.0051820; eve vs fay 0.0059765; fay -0.0060194. Min-max over [-0.0082645, 0.0081782].
        assertFeature("qualifying_delta", 1.0, 0.0, 0.816076, 0.187471, 0.866099, 0.136539);
    }

    @Test
    @DisplayName("driver_rating: championship points (sprints included) / races / 25, at most 1")
    void driverRating() {
        // Official standings before 2024-03: ann 43 + 7 sprint, bob 22 + 4, cat 43 + 8 (capped), dan 15 + 6,
        // eve 27 + 5, fay 10 + 3.
        assertFeature("driver_rating", 50 / 2.0 / 25, 26 / 2.0 / 25, 1.0, 21 / 2.0 / 25, 32 / 2.0 / 25,
                13 / 2.0 / 25);
    }

    @Test
    @DisplayName("win_rate: (wins + 0.5) / (races + 2), not normalised")
    void winRate() {
        assertFeature("win_rate", 1.5 / 4, 0.5 / 4, 1.5 / 4, 0.5 / 4, 0.5 / 4, 0.5 / 4);
    }

    @Test
    @DisplayName("luck_factor: last classified finishes across seasons vs (grid + car rank) / 2")
    void luck() {
        // car rank = 20 - perf x 19: alpha 10.5, beta 1, gamma 20. Per finish (grid + rank) / 2 - finish:
        // ann (1,P1) 4.75, (3,P2) 4.75, (2,P1) 5.25 -> 59/12; bob (6,P4) 4.25, (4,P5) 2.25, (3,P4) 2.75 -> 37/12;
        // cat -0.5, 0, -1 -> -0.5; dan (DSQ skipped) -1.5, -1.5 -> -1.5; eve 8.5, 8.5, 9 -> 26/3; fay (DNFs
        // skipped) (5,P5) 7.5. Min-max over [-1.5, 26/3], spread 61/6.
        assertFeature("luck_factor", 77 / 122.0, 55 / 122.0, 6 / 61.0, 0.0, 1.0, 54 / 61.0);
    }

    @Test
    @DisplayName("sector_strength: per-sector inverted min-max, averaged; fay without sectors gets 0.5")
    void sectorStrength() {
        // S1 (max 25400): cat 1, ann .75, eve .5, dan .25, bob 0. S2 (max 28200, spread 300): cat 2/3, ann 1,
        // eve 1/3, dan 2/3, bob 0. S3 (max 25200, spread 200): cat 1, ann .5, eve 1, dan 0, bob 0.
        assertFeature("sector_strength", 2.25 / 3, 0.0, (2 + 2 / 3.0) / 3, (0.25 + 2 / 3.0) / 3, (1.5 + 1 / 3.0) / 3,
                0.5);
    }

    @Test
    @DisplayName("circuit_adj_start_pos: overtake 0.9 and the as-of safety-car share 0/1 give x 1.1")
    void circuitAdjStartPos() {
        // grid cat 1, ann 2, eve 3, dan 4, bob 5, fay 6; (21 - grid) / 20 x (2 - 0.9) x (1 - 0.3 x 0), clamped.
        assertFeature("circuit_adj_start_pos", 1.0, 0.8 * 1.1, 1.0, 0.85 * 1.1, 0.9 * 1.1, 0.75 * 1.1);
    }

    @Test
    @DisplayName("circuit_adj_position_gain: clamp((gain + 15) / 30) x overtake")
    void circuitAdjPositionGain() {
        assertFeature("circuit_adj_position_gain", 15.5 / 30 * 0.9, 15.5 / 30 * 0.9, 0.45, 14 / 30.0 * 0.9,
                15.5 / 30 * 0.9, 0.45);
    }

    @Test
    @DisplayName("weather_impact: neutral without a forecast, even though 2023-01 here was wet")
    void weatherNeutralWithoutForecast() {
        assertFeature("weather_impact", 0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
    }

    @Test
    @DisplayName("weather_impact: with a wet forecast, 21 - mean wet finish; fay (no wet finish) the field mean")
    void weatherWithWetForecast() {
        List<FeatureRow> list = GrandPrixFeatures.compute(ModelSpec.weightedV3(), HandBuiltRace.historyBefore2403(),
                HandBuiltRace.w2403(), WeatherOutlook.WET);
        // wet finishes (2023-01): ann 1, cat 2, eve 3, bob 4, dan 5 -> 20, 19, 18, 17, 16; fay mean 18.
        double[] expected = {1.0, 0.25, 0.75, 0.0, 0.5, 0.5};
        for (int i = 0; i < list.size(); i++) {
            assertThat(list.get(i).scores().get("weather_impact")).isEqualTo(ModelMath.round(expected[i], 5));
        }
    }

    @Test
    @DisplayName("raw score = sum of weight x score, rounded to 6 decimals")
    void rawScores() {
        // 0.08 x the driver_rating change from counting sprint points (see driverRating) on the seed-only values
        // 0.747112, 0.473032, 0.827805, 0.621486, 0.480614, 0.263474.
        double[] expected = {0.758312, 0.479432, 0.839005, 0.631086, 0.488614, 0.268274};
        String[] ids = {"ann", "bob", "cat", "dan", "eve", "fay"};
        for (int i = 0; i < ids.length; i++) {
            assertThat(rows.get(DriverId.of(ids[i])).rawScore()).isEqualTo(expected[i]);
        }
    }

    @Test
    @DisplayName("no qualifying grid: a clear error naming the race and the job to run, nothing computed")
    void noGrid() {
        Weekend empty = Weekend.builder(HandBuiltRace.w2403().race(), HandBuiltRace.TESTRING).build();
        assertThatThrownBy(() -> GrandPrixFeatures.compute(ModelSpec.weightedV3(), HandBuiltRace.historyBefore2403(),
                empty))
                .isInstanceOf(ModelInputException.class)
                .hasMessage("race 2024-03 has no qualifying grid: run ingest_qualifying first")
                .satisfies(e -> assertThat(((ModelInputException) e).missingStep()).isEqualTo("ingest_qualifying"));
    }

    @Test
    @DisplayName("a history that already holds the target (or later) is refused: it would leak the future")
    void historyMustEndBeforeTarget() {
        ModelHistory all = ModelHistory.before(HandBuiltRace.all(), Fx.key(2024, 4));
        assertThatThrownBy(() -> GrandPrixFeatures.compute(ModelSpec.weightedV3(), all, HandBuiltRace.w2403()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("would see the future");
    }

    @Test
    @DisplayName("a sprint spec is refused for grand-prix features")
    void wrongSpecType() {
        assertThatThrownBy(() -> GrandPrixFeatures.compute(ModelSpec.sprintV2(), HandBuiltRace.historyBefore2403(),
                HandBuiltRace.w2403())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sprint-v2");
    }

    @Test
    @DisplayName("a user spec computes only its own features, e.g. the unweighted seed columns")
    void userSpec() {
        ModelSpec spec = ModelSpec.builder("grid-only", RaceType.GRAND_PRIX)
                .weight(Feature.STARTING_POSITION, 0.5).weight(Feature.POSITION_GAIN, 0.5).build();
        List<FeatureRow> list = GrandPrixFeatures.compute(spec, HandBuiltRace.historyBefore2403(),
                HandBuiltRace.w2403());
        FeatureRow bob = list.get(1);
        assertThat(bob.scores()).containsOnlyKeys("starting_position", "position_gain");
        assertThat(bob.scores().get("starting_position")).isEqualTo(0.8);   // grid 5
        assertThat(bob.rawScore()).isEqualTo(ModelMath.round(0.5 * 0.8 + 0.5 * 15.5 / 30, 6));
    }
}
