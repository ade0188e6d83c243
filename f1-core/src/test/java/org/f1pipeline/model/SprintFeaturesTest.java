package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every sprint-v2 feature on the {@link HandBuiltRace} sprint of 2024-02 (history: 2023-01 and 2024-01 only; nothing
 * of the same weekend). Pool order: ann, bob, cat, dan, eve, fay.
 *
 * <p>As-of 2024 statistics (round 1): points ann 18, bob 10, cat 25, dan 15, eve 12, fay 0; cat won; no sprints
 * yet. Teams: average finish alpha (2 + 5) / 2 = 3.5, beta 2, gamma 4 (fay retired): 21 - avg = 17.5, 19, 17, so
 * car performance alpha 0.25, beta 1.0, gamma 0.0.
 */
class SprintFeaturesTest {

    private static List<FeatureRow> rows() {
        return SprintFeatures.compute(ModelSpec.sprintV2(), ModelHistory.before(HandBuiltRace.all(), HandBuiltRace.K2402),
                HandBuiltRace.w2402());
    }

    private static void assertFeature(List<FeatureRow> rows, String feature, double... expected) {
        assertThat(rows).extracting(r -> r.driver().value()).containsExactly("ann", "bob", "cat", "dan", "eve", "fay");
        for (int i = 0; i < expected.length; i++) {
            assertThat(rows.get(i).scores().get(feature)).as(feature + " of " + rows.get(i).driver())
                    .isEqualTo(ModelMath.round(expected[i], 5));
        }
    }

    @Test
    @DisplayName("the 8 sprint-v2 features in spec order, typed SPRINT")
    void shape() {
        FeatureRow first = rows().get(0);
        assertThat(first.type()).isEqualTo(RaceType.SPRINT);
        assertThat(first.modelVersion()).isEqualTo("sprint-v2");
        assertThat(first.scores().keySet()).containsExactly("car_performance", "circuit_adj_start_pos",
                "short_run_pace", "driver_rating", "weather_impact", "win_rate", "luck_factor", "sq_qualifying_delta");
    }

    @Test
    @DisplayName("car_performance from round 1 only; gamma keeps 0.0")
    void carPerformance() {
        assertFeature(rows(), "car_performance", 0.25, 0.25, 1.0, 1.0, 0.0, 0.0);
    }

    @Test
    @DisplayName("circuit_adj_start_pos on the SQ grid; no safety-car history at r2ring -> default 0.3")
    void startPosition() {
        // SQ grid cat 1, ann 2, dan 3, eve 4, bob 5, fay 6; x (2 - 0.85) x (1 - 0.09) = x 1.0465.
        assertFeature(rows(), "circuit_adj_start_pos", 0.95 * 1.0465, 0.8 * 1.0465, 1.0, 0.9 * 1.0465,
                0.85 * 1.0465, 0.75 * 1.0465);
    }

    @Test
    @DisplayName("short_run_pace: best SQ lap, inverted and min-maxed")
    void shortRunPace() {
        // SQ: cat 79100, ann 79200, dan 79400, eve 79500, bob 79700, fay 79800; 79800 - t over 700.
        assertFeature(rows(), "short_run_pace", 600 / 700.0, 100 / 700.0, 1.0, 400 / 700.0, 300 / 700.0, 0.0);
    }

    @Test
    @DisplayName("driver_rating and win_rate fall back to grand-prix stats before the third sprint")
    void ratingAndWinRate() {
        List<FeatureRow> rows = rows();
        assertFeature(rows, "driver_rating", 18 / 25.0, 10 / 25.0, 1.0, 15 / 25.0, 12 / 25.0, 0.0);
        assertFeature(rows, "win_rate", 0.5 / 3, 0.5 / 3, 1.5 / 3, 0.5 / 3, 0.5 / 3, 0.5 / 3);
    }

    @Test
    @DisplayName("luck_factor over grand-prix finishes with car ranks alpha 15.25, beta 1, gamma 20")
    void luck() {
        // ann (3,P2) 7.125, (2,P1) 7.625 -> 7.375; bob (4,P5) 4.625, (3,P4) 5.125 -> 4.875; cat 0, -1 -> -0.5;
        // dan -1.5, -1.5 -> -1.5; eve (5,P4) 8.5, (4,P3) 9 -> 8.75; fay only DNFs -> 0. Over [-1.5, 8.75].
        assertFeature(rows(), "luck_factor", 8.875 / 10.25, 6.375 / 10.25, 1.0 / 10.25, 0.0, 1.0, 1.5 / 10.25);
    }

    @Test
    @DisplayName("sq_qualifying_delta: only this weekend's SQ session exists, weight 5")
    void sqDelta() {
        // ann vs bob 500/79700, bob -500/79200, cat vs dan 300/79400, dan -300/79100, eve vs fay 300/79800,
        // fay -300/79500; min-max.
        assertFeature(rows(), "sq_qualifying_delta", 1.0, 0.0, 0.8017593, 0.2002489, 0.8002546, 0.2017650);
    }

    @Test
    @DisplayName("raw scores, and weather neutral without a forecast")
    void rawScores() {
        List<FeatureRow> rows = rows();
        assertFeature(rows, "weather_impact", 0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
        assertThat(rows).extracting(FeatureRow::rawScore)
                .containsExactly(0.65136, 0.429175, 0.83591, 0.667954, 0.494587, 0.273365);
    }

    @Test
    @DisplayName("a conventional weekend is refused before the grid is looked at")
    void notASprintWeekend() {
        assertThatThrownBy(() -> SprintFeatures.compute(ModelSpec.sprintV2(), new ModelHistory(), HandBuiltRace.w2403()))
                .isInstanceOf(ModelInputException.class)
                .hasMessage("race 2024-03 is a conventional weekend without a sprint: compute_sprint_features applies "
                        + "only to sprint weekends");
    }

    @Test
    @DisplayName("a sprint weekend without any grid names the job to run")
    void noSprintGrid() {
        Weekend empty = Weekend.builder(HandBuiltRace.w2402().race(), HandBuiltRace.R2RING).build();
        assertThatThrownBy(() -> SprintFeatures.compute(ModelSpec.sprintV2(), new ModelHistory(), empty))
                .isInstanceOf(ModelInputException.class)
                .hasMessage("race 2024-02 has no sprint grid: run ingest_sprint_qualifying (or ingest_sprint) first");
    }

    @Test
    @DisplayName("without SQ, the sprint results' starting grid is used (a pit-lane start counts as last)")
    void gridFromSprintResults() {
        Weekend w = HandBuiltRace.w2402();
        Weekend noSq = Weekend.builder(w.race(), w.circuit()).sprintResults(List.of(
                Fx.sprint(w.key(), "cat", "beta", 1, 2, 8), Fx.sprint(w.key(), "ann", "alpha", 2, 0, 7)))
                .build();
        List<FeatureRow> rows = SprintFeatures.compute(ModelSpec.builder("s", RaceType.SPRINT)
                .weight(Feature.STARTING_POSITION, 1).build(), new ModelHistory(), noSq);
        // ann started from the pit lane (grid 0): the back of a 2-car field, (21 - 2) / 20, not (21 - 0) / 20.
        assertThat(rows.get(0).scores().get("starting_position")).isEqualTo(0.95);
        assertThat(rows.get(1).scores().get("starting_position")).isEqualTo(0.95);
    }

    @Test
    @DisplayName("short-run pace falls back to GP qualifying only when it was held before the sprint")
    void shortRunFallbackOnlyWhenQualifyingCameFirst() {
        Weekend w = HandBuiltRace.w2402();
        ModelSpec spec = ModelSpec.builder("s", RaceType.SPRINT).weight(Feature.SHORT_RUN_PACE, 1).build();
        // 2024+ format: qualifying is after the sprint, so no fallback: neutral.
        Weekend sq2024 = Weekend.builder(w.race(), w.circuit()).qualifying(w.qualifying())
                .sprintResults(w.sprintResults()).build();
        assertThat(SprintFeatures.compute(spec, new ModelHistory(), sq2024))
                .allSatisfy(r -> assertThat(r.scores().get("short_run_pace")).isEqualTo(0.5));
        // 2021-22 format: Friday qualifying set the sprint grid, so it is pre-sprint knowledge.
        Race r2021 = new Race(Fx.key(2021, 10), "British GP", w.race().circuit(), LocalDate.of(2021, 7, 18),
                EventFormat.SPRINT, Map.of(SessionType.QUALIFYING, Instant.parse("2021-07-16T17:00:00Z"),
                SessionType.SPRINT, Instant.parse("2021-07-17T14:30:00Z")), RaceStatus.COMPLETED);
        Weekend sprint2021 = Weekend.builder(r2021, w.circuit()).qualifying(List.of(
                Fx.quali(r2021.key(), "ann", "alpha", 1, 79000), Fx.quali(r2021.key(), "bob", "alpha", 2, 80000)))
                .build();
        List<FeatureRow> rows = SprintFeatures.compute(spec, new ModelHistory(), sprint2021);
        assertThat(rows).extracting(r -> r.scores().get("short_run_pace")).containsExactly(1.0, 0.0);
        assertThat(SprintFeatures.hasGrid(sprint2021)).isTrue();
    }
}
