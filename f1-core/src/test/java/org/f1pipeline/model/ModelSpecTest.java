package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelSpecTest {

    @Test
    @DisplayName("weighted-v3: the seed's 12 features and weights, in table order, T = 0.3")
    void weightedV3() {
        ModelSpec v3 = ModelSpec.weightedV3();
        assertThat(v3.version()).isEqualTo("weighted-v3");
        assertThat(v3.type()).isEqualTo(RaceType.GRAND_PRIX);
        assertThat(v3.temperature()).isEqualTo(0.3);
        assertThat(v3.weights()).containsExactly(entry("car_performance", 0.20), entry("long_run_pace", 0.15),
                entry("tyre_deg", 0.08), entry("reliability", 0.08), entry("qualifying_delta", 0.08),
                entry("driver_rating", 0.08), entry("win_rate", 0.08), entry("luck_factor", 0.07),
                entry("sector_strength", 0.06), entry("circuit_adj_start_pos", 0.07),
                entry("circuit_adj_position_gain", 0.03), entry("weather_impact", 0.02));
        assertThat(v3.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    @DisplayName("sprint-v2: the seed's 8 features and weights")
    void sprintV2() {
        ModelSpec v2 = ModelSpec.sprintV2();
        assertThat(v2.version()).isEqualTo("sprint-v2");
        assertThat(v2.type()).isEqualTo(RaceType.SPRINT);
        assertThat(v2.weights()).containsExactly(entry("car_performance", 0.25), entry("circuit_adj_start_pos", 0.25),
                entry("short_run_pace", 0.10), entry("driver_rating", 0.10), entry("weather_impact", 0.08),
                entry("win_rate", 0.08), entry("luck_factor", 0.08), entry("sq_qualifying_delta", 0.06));
        assertThat(v2.features()).startsWith(Feature.CAR_PERFORMANCE, Feature.CIRCUIT_ADJ_START_POS);
        assertThat(v2.weight(Feature.TYRE_DEG)).isZero();
    }

    @Test
    @DisplayName("user specs: a map, a builder, another temperature")
    void userSpecs() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("Car_Performance", 0.6);
        w.put("starting_position", 0.4);
        ModelSpec spec = ModelSpec.builder("mine-1", RaceType.GRAND_PRIX).temperature(0.1).weights(w).build();
        assertThat(spec.weights()).containsExactly(entry("car_performance", 0.6), entry("starting_position", 0.4));
        assertThat(spec.withTemperature(0.5).temperature()).isEqualTo(0.5);
        assertThat(ModelSpec.weightedV3().withVersion("v3-copy").version()).isEqualTo("v3-copy");
    }

    @Test
    @DisplayName("weights must be finite, non-negative, known, fit the race type and sum to 1")
    void validation() {
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.GRAND_PRIX).weight("car_performance", 0.9).build())
                .hasMessageContaining("must sum to 1").hasMessageContaining("0.9");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.GRAND_PRIX).weight("car_performance", 1.5)
                .weight("win_rate", -0.5).build()).hasMessageContaining("weight of win_rate must be a finite number >= 0");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.GRAND_PRIX).weight("car_performance", Double.NaN)
                .build()).hasMessageContaining("finite");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.GRAND_PRIX).weight("pit_stop_speed", 1.0))
                .hasMessageContaining("unknown feature 'pit_stop_speed'").hasMessageContaining("car_performance");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.SPRINT).weight(Feature.TYRE_DEG, 1.0).build())
                .hasMessage("feature tyre_deg is not available to a SPRINT model");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.SPRINT).weight(Feature.WIN_RATE, 0.5)
                .weight(Feature.WIN_RATE, 0.5)).hasMessageContaining("twice");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.SPRINT).weight(Feature.WIN_RATE, 1).temperature(0)
                .build()).hasMessageContaining("temperature must be a finite number > 0");
        assertThatThrownBy(() -> ModelSpec.builder("bad version", RaceType.SPRINT).weight(Feature.WIN_RATE, 1).build())
                .hasMessageContaining("model version");
        assertThatThrownBy(() -> ModelSpec.builder("x", RaceType.SPRINT).weights(Map.of()).build())
                .hasMessageContaining("at least one feature");
    }

    @Test
    @DisplayName("fitted specs: the shipped ones, priors of any sign, fittable inputs only, sprint inputs both types have")
    void fitted() {
        ModelSpec gp = ModelSpec.clogitV1();
        assertThat(gp.isFitted()).isTrue();
        assertThat(gp.weights()).containsExactly(entry("grid_log", -1.5), entry("pole", -0.5),
                entry("driver_elo", 0.3), entry("team_elo", 0.2));
        assertThat(gp.temperature()).isEqualTo(1.0);
        assertThat(gp.fitting()).isEqualTo(new ModelSpec.Fitting(1.0, 8.0, 20));
        assertThat(gp.readsLaps()).isFalse();
        assertThat(ModelSpec.weightedV3().readsLaps()).isTrue();
        assertThat(ModelSpec.sprintV2().readsLaps()).isFalse();
        assertThat(ModelSpec.weightedV3().isFitted()).isFalse();
        assertThat(ModelSpec.sprintClogitV1().type()).isEqualTo(RaceType.SPRINT);
        assertThat(ModelSpec.forVersion("weighted-v3")).isEqualTo(ModelSpec.weightedV3());
        assertThat(ModelSpec.shipped()).extracting(ModelSpec::version)
                .containsExactly("clogit-v1", "sprint-clogit-v1", "weighted-v3", "sprint-v2");
        assertThatThrownBy(() -> ModelSpec.forVersion("weighted-v9"))
                .hasMessage("unknown model 'weighted-v9'; shipped models: clogit-v1, sprint-clogit-v1, weighted-v3, "
                        + "sprint-v2");
        assertThat(gp.withVersion("mine").fitting()).isEqualTo(gp.fitting());
        ModelSpec mine = ModelSpec.fittedBuilder("mine-2", RaceType.GRAND_PRIX).input(Feature.GRID_LOG, -2)
                .input(Feature.QUALIFYING_GAP, 0).fitting(new ModelSpec.Fitting(3, 4, 10)).build();
        assertThat(mine.features()).containsExactly(Feature.GRID_LOG, Feature.QUALIFYING_GAP);
        assertThatThrownBy(() -> ModelSpec.fittedBuilder("x", RaceType.GRAND_PRIX).input(Feature.TYRE_DEG, 0).build())
                .hasMessageContaining("tyre_deg cannot be an input of fitted model x");
        assertThatThrownBy(() -> ModelSpec.fittedBuilder("x", RaceType.GRAND_PRIX).input(Feature.CAR_PERFORMANCE, 0)
                .build()).hasMessageContaining("car_performance cannot be an input");
        assertThatThrownBy(() -> ModelSpec.fittedBuilder("x", RaceType.GRAND_PRIX).input(Feature.POLE, Double.NaN)
                .build()).hasMessageContaining("prior coefficient of pole must be a finite number");
        assertThatThrownBy(() -> new ModelSpec.Fitting(0, 8, 20)).hasMessageContaining("fitting.penalty");
        assertThatThrownBy(() -> new ModelSpec.Fitting(1, 8, 0)).hasMessageContaining("fitting.windowSeasons");
        assertThatThrownBy(() -> new ModelSpec.Fitting(1, Double.NaN, 5)).hasMessageContaining("halfLifeSeasons");
    }
}
