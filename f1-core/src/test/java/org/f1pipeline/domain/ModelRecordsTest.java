package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Validation of season statistics and feature rows. */
class ModelRecordsTest {

    private static final DriverId VER = DriverId.of("max_verstappen");
    private static final RaceKey MIAMI = RaceKey.of(2024, 6);

    private static DriverSeasonStats driverStats(int wins, double winRate, Integer championshipPosition) {
        return new DriverSeasonStats(2024, VER, 4, 4, 4, wins, 4, 3, 85.0, championshipPosition, 1.5, winRate, 0.5,
                0, 0.0, null, null, null, null, null, 0, 0, 0, 0.0, null, null);
    }

    private static TeamSeasonStats teamStats(Double carPerformance, Double reliability) {
        return new TeamSeasonStats(2024, ConstructorId.of("haas"), 4, 4, 8, 0, 0, 7.0, 8, 12.5, carPerformance, 1,
                reliability, 0, 0, 0.0);
    }

    @Test
    @DisplayName("driver stats check counts, rates and positions, naming the field")
    void driverStatsChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> driverStats(-1, 0.5, 1))
                .withMessage("driverStats.wins must be >= 0, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> driverStats(1, Double.NaN, 1))
                .withMessage("driverStats.winRate must be a finite number, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> driverStats(1, 0.5, 0))
                .withMessage("driverStats.championshipPosition must be > 0, was 0");
        assertThat(driverStats(4, 4.5 / 6, null).championshipPosition()).isNull();
    }

    @Test
    @DisplayName("team scores must lie in [0, 1], and 0.0 is a real score, not missing")
    void teamStatsChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> teamStats(1.5, 0.9))
                .withMessage("teamStats.carPerformanceScore must be between 0 and 1, was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> teamStats(0.5, -0.1))
                .withMessage("teamStats.reliabilityScore must be between 0 and 1, was -0.1");
        assertThat(teamStats(0.0, 0.0).carPerformanceScore()).isEqualTo(0.0);
        assertThat(teamStats(null, null).reliabilityScore()).isNull();
    }

    @Test
    @DisplayName("a feature row keeps its scores in order, as an unmodifiable copy")
    void featureScoresCopied() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("car_performance", 0.8);
        scores.put("circuit_adj_start_pos", 1.0);
        scores.put("short_run_pace", 0.25);
        FeatureRow row = new FeatureRow(MIAMI, RaceType.SPRINT, "sprint-v2", VER, scores, 0.5);
        scores.put("win_rate", 0.2);

        assertThat(row.scores()).containsExactly(Map.entry("car_performance", 0.8),
                Map.entry("circuit_adj_start_pos", 1.0), Map.entry("short_run_pace", 0.25));
        assertThatThrownBy(() -> row.scores().put("x", 0.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a feature row refuses a blank model, a non-finite score or raw score, naming the field")
    void featureChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FeatureRow(MIAMI, RaceType.SPRINT, "", VER,
                Map.of(), 0.5)).withMessage("features.modelVersion must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new FeatureRow(MIAMI, RaceType.SPRINT, "sprint-v2",
                VER, Map.of("win_rate", Double.NEGATIVE_INFINITY), 0.5))
                .withMessage("features.scores[win_rate] must be a finite number, was -Infinity");
        assertThatIllegalArgumentException().isThrownBy(() -> new FeatureRow(MIAMI, RaceType.SPRINT, "sprint-v2",
                VER, Map.of(), Double.NaN)).withMessage("features.rawScore must be a finite number, was NaN");
    }
}
