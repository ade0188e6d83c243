package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PredictionTest {

    private static final RaceKey MIAMI = RaceKey.of(2024, 6);
    private static final Instant SATURDAY = Instant.parse("2024-05-04T21:00:00Z");
    private static final DriverId VER = DriverId.of("max_verstappen");
    private static final DriverId NOR = DriverId.of("norris");
    private static final DriverId LEC = DriverId.of("leclerc");

    private static DriverPrediction line(DriverId driver, double probability, int rank) {
        return new DriverPrediction(driver, probability, rank, 0.5, Map.of());
    }

    private static Prediction prediction(List<DriverPrediction> lines) {
        return new Prediction(MIAMI, RaceType.GRAND_PRIX, "weighted-v3", SATURDAY, SATURDAY, lines);
    }

    @Test
    @DisplayName("drivers are ordered by rank, ties by driver id, and the winner is rank 1")
    void orderedByRank() {
        Prediction p = prediction(List.of(line(LEC, 0.2, 2), line(NOR, 0.2, 2), line(VER, 0.6, 1)));

        assertThat(p.drivers()).extracting(DriverPrediction::driver).containsExactly(VER, LEC, NOR);
        assertThat(p.winner().driver()).isEqualTo(VER);
        assertThatThrownBy(() -> p.drivers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("probabilities must sum to 1 within 1e-6; the message gives the sum")
    void sumCheck() {
        assertThatIllegalArgumentException().isThrownBy(() -> prediction(List.of(line(VER, 0.5, 1),
                line(NOR, 0.4, 2)))).withMessage("prediction.drivers probabilities must sum to 1, sum was 0.9");
        assertThat(prediction(List.of(line(VER, 0.5000005, 1), line(NOR, 0.5, 2))).drivers()).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> prediction(List.of(line(VER, 0.50001, 1),
                line(NOR, 0.5, 2)))).withMessageStartingWith("prediction.drivers probabilities must sum to 1");
    }

    @Test
    @DisplayName("an empty list, a driver listed twice and missing fields are refused with the field named")
    void structuralChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> prediction(List.of()))
                .withMessage("prediction.drivers must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> prediction(List.of(line(VER, 0.5, 1),
                line(VER, 0.5, 2)))).withMessage("prediction.drivers lists max_verstappen twice");
        assertThatIllegalArgumentException().isThrownBy(() -> new Prediction(MIAMI, RaceType.SPRINT, " ", SATURDAY,
                SATURDAY, List.of(line(VER, 1.0, 1)))).withMessage("prediction.modelVersion must not be blank");
        assertThatNullPointerException().isThrownBy(() -> new Prediction(MIAMI, RaceType.SPRINT, "sprint-v2", null,
                SATURDAY, List.of(line(VER, 1.0, 1)))).withMessage("prediction.computedAt must not be null");
        assertThatNullPointerException().isThrownBy(() -> new Prediction(MIAMI, RaceType.SPRINT, "sprint-v2",
                SATURDAY, null, List.of(line(VER, 1.0, 1)))).withMessage("prediction.asOf must not be null");
    }

    @Test
    @DisplayName("a driver line checks probability, rank, score and contributions, naming the field")
    void driverLineChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> line(VER, 1.5, 1))
                .withMessage("prediction.probability must be between 0 and 1, was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> line(VER, Double.NaN, 1))
                .withMessage("prediction.probability must be between 0 and 1, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> line(VER, 0.5, 0))
                .withMessage("prediction.rank must be between 1 and 40, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DriverPrediction(VER, 0.5, 1,
                Double.POSITIVE_INFINITY, Map.of())).withMessage("prediction.rawScore must be a finite number, was Infinity");
        assertThatIllegalArgumentException().isThrownBy(() -> new DriverPrediction(VER, 0.5, 1, 0.3,
                Map.of("car_performance", Double.NaN)))
                .withMessage("prediction.contributions[car_performance] must be a finite number, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new DriverPrediction(VER, 0.5, 1, 0.3,
                Map.of(" ", 0.1))).withMessage("prediction.contributions key must not be blank");
    }

    @Test
    @DisplayName("contributions are copied in their order and cannot be changed afterwards")
    void contributionsCopied() {
        Map<String, Double> contributions = new LinkedHashMap<>();
        contributions.put("car_performance", 0.2);
        contributions.put("circuit_adj_start_pos", 0.07);
        DriverPrediction line = new DriverPrediction(VER, 1.0, 1, 0.27, contributions);
        contributions.put("luck_factor", 0.01);

        assertThat(line.contributions()).containsExactly(Map.entry("car_performance", 0.2),
                Map.entry("circuit_adj_start_pos", 0.07));
        assertThatThrownBy(() -> line.contributions().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
