package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PredictorTest {

    private static final Instant COMPUTED = Instant.parse("2024-04-06T16:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-04-07T05:00:00Z");

    private static List<FeatureRow> handBuiltRows() {
        return GrandPrixFeatures.compute(ModelSpec.weightedV3(), HandBuiltRace.historyBefore2403(),
                HandBuiltRace.w2403());
    }

    @Test
    @DisplayName("softmax of raw / 0.3 over the hand-built race, ranked, versioned and stamped")
    void handBuiltPrediction() {
        Prediction p = Predictor.predict(ModelSpec.weightedV3(), HandBuiltRace.K2403, handBuiltRows(), COMPUTED, AS_OF);
        assertThat(p.race()).isEqualTo(HandBuiltRace.K2403);
        assertThat(p.type()).isEqualTo(RaceType.GRAND_PRIX);
        assertThat(p.modelVersion()).isEqualTo("weighted-v3");
        assertThat(p.computedAt()).isEqualTo(COMPUTED);
        assertThat(p.asOf()).isEqualTo(AS_OF);
        // raw: ann 0.758312, bob 0.479432, cat 0.839005, dan 0.631086, eve 0.488614, fay 0.268274
        assertThat(p.drivers()).extracting(d -> d.driver().value())
                .containsExactly("cat", "ann", "dan", "eve", "bob", "fay");
        assertThat(p.drivers()).extracting(DriverPrediction::rank).containsExactly(1, 2, 3, 4, 5, 6);
        double[] expected = {0.330466, 0.252529, 0.165247, 0.102774, 0.099676, 0.049307};
        for (int i = 0; i < expected.length; i++) {
            assertThat(p.drivers().get(i).probability()).isCloseTo(expected[i], within(5e-7));
        }
        assertThat(p.drivers().stream().mapToDouble(DriverPrediction::probability).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(p.winner().rawScore()).isEqualTo(0.839005);
    }

    @Test
    @DisplayName("contributions: weight x score per feature, in spec order, explaining the favourite")
    void contributions() {
        Prediction p = Predictor.predict(ModelSpec.weightedV3(), HandBuiltRace.K2403, handBuiltRows(), COMPUTED, AS_OF);
        Map<String, Double> cat = p.winner().contributions();
        assertThat(cat.keySet()).containsExactlyElementsOf(ModelSpec.weightedV3().weights().keySet());
        assertThat(cat.get("car_performance")).isCloseTo(0.20, within(1e-12));          // 0.20 x 1.0
        assertThat(cat.get("tyre_deg")).isCloseTo(0.08, within(1e-12));                 // 0.08 x 1.0
        assertThat(cat.get("win_rate")).isCloseTo(0.08 * 0.375, within(1e-12));
        assertThat(cat.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(p.winner().rawScore(), within(1e-5)); // scores are stored to 5 decimals
    }

    @Test
    @DisplayName("equal scores share the probability and are ranked by driver id")
    void ties() {
        ModelSpec spec = ModelSpec.builder("t", RaceType.GRAND_PRIX).weight(Feature.WIN_RATE, 1).build();
        RaceKey k = RaceKey.of(2024, 1);
        List<FeatureRow> rows = List.of(row(k, spec, "zed", 0.5), row(k, spec, "amy", 0.5), row(k, spec, "bea", 0.7));
        Prediction p = Predictor.predict(spec, k, rows, COMPUTED, AS_OF);
        assertThat(p.drivers()).extracting(d -> d.driver().value()).containsExactly("bea", "amy", "zed");
        assertThat(p.drivers().get(1).probability()).isEqualTo(p.drivers().get(2).probability());
        assertThat(p.drivers().get(2).rank()).isEqualTo(3);
    }

    @Test
    @DisplayName("the temperature is the spec's: a lower one is more decisive")
    void temperature() {
        ModelSpec spec = ModelSpec.builder("t", RaceType.GRAND_PRIX).weight(Feature.WIN_RATE, 1).build();
        RaceKey k = RaceKey.of(2024, 1);
        List<FeatureRow> rows = List.of(row(k, spec, "amy", 0.62), row(k, spec, "bea", 0.55), row(k, spec, "cas", 0.5));
        assertThat(Predictor.predict(spec, k, rows, COMPUTED, AS_OF).winner().probability())
                .isCloseTo(0.40614, within(5e-6));
        ModelSpec cold = spec.withTemperature(0.05);
        List<FeatureRow> coldRows = rows.stream().map(r -> new FeatureRow(r.race(), r.type(), cold.version(),
                r.driver(), r.scores(), r.rawScore())).toList();
        assertThat(Predictor.predict(cold, k, coldRows, COMPUTED, AS_OF).winner().probability()).isGreaterThan(0.7);
    }

    @Test
    @DisplayName("no feature rows: a clear error naming the race and the job to run first")
    void noFeatures() {
        assertThatThrownBy(() -> Predictor.predict(ModelSpec.weightedV3(), RaceKey.of(2024, 5), List.of(), COMPUTED,
                AS_OF)).isInstanceOf(ModelInputException.class)
                .hasMessage("race 2024-05 has no grand-prix feature rows for model weighted-v3: run compute_features first");
        assertThatThrownBy(() -> Predictor.predict(ModelSpec.sprintV2(), RaceKey.of(2024, 5), List.of(), COMPUTED,
                AS_OF)).isInstanceOf(ModelInputException.class)
                .hasMessage("race 2024-05 has no sprint feature rows for model sprint-v2: run compute_sprint_features first");
    }

    @Test
    @DisplayName("rows of another model, race, type or with a missing weighted feature are refused")
    void mismatches() {
        List<FeatureRow> rows = handBuiltRows();
        assertThatThrownBy(() -> Predictor.predict(ModelSpec.weightedV3().withVersion("v4"), HandBuiltRace.K2403, rows,
                COMPUTED, AS_OF)).hasMessageContaining("model weighted-v3, not 2024-03 GRAND_PRIX model v4");
        assertThatThrownBy(() -> Predictor.predict(ModelSpec.weightedV3(), RaceKey.of(2024, 4), rows, COMPUTED, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        ModelSpec other = ModelSpec.builder("weighted-v3", RaceType.GRAND_PRIX).weight(Feature.POSITION_GAIN, 1).build();
        assertThatThrownBy(() -> Predictor.predict(other, HandBuiltRace.K2403, rows, COMPUTED, AS_OF))
                .hasMessageContaining("has no score for position_gain");
        assertThatThrownBy(() -> Predictor.predict(ModelSpec.weightedV3(), HandBuiltRace.K2403,
                List.of(rows.get(0), rows.get(0)), COMPUTED, AS_OF)).hasMessageContaining("twice");
    }

    @Test
    @DisplayName("a recompute is a new prediction (new computed-at), the pre-race one is unchanged")
    void versioned() {
        Prediction before = Predictor.predict(ModelSpec.weightedV3(), HandBuiltRace.K2403, handBuiltRows(), COMPUTED,
                AS_OF);
        Prediction later = Predictor.predict(ModelSpec.weightedV3(), HandBuiltRace.K2403, handBuiltRows(),
                COMPUTED.plusSeconds(86_400), AS_OF);
        assertThat(later).isNotEqualTo(before);
        assertThat(later.drivers()).isEqualTo(before.drivers());
    }

    private static FeatureRow row(RaceKey k, ModelSpec spec, String driver, double winRate) {
        return new FeatureRow(k, RaceType.GRAND_PRIX, spec.version(), Fx.d(driver), Map.of("win_rate", winRate), winRate);
    }
}
