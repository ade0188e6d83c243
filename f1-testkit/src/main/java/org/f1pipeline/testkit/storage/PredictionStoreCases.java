package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.f1pipeline.testkit.storage.StorageFixtures.GP_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.HAMILTON;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.NORRIS;
import static org.f1pipeline.testkit.storage.StorageFixtures.SPRINT_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.PredictionStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link PredictionStore}: versioned, never silently overwritten. */
abstract class PredictionStoreCases extends ContractSupport {

    private static final Instant FRIDAY = Instant.parse("2024-05-03T09:00:00Z");
    private static final Instant SATURDAY = Instant.parse("2024-05-04T10:30:00Z");
    private static final Instant SUNDAY = Instant.parse("2024-05-05T18:15:00Z");

    private PredictionStore predictions() {
        return storage().predictions();
    }

    @Test
    @DisplayName("a recompute keeps the earlier prediction: history has both, oldest first, latest is the newest")
    void recomputeKeepsHistory() {
        seedCalendar();
        Prediction preRace = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);
        Prediction postRace = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SUNDAY);
        predictions().add(postRace);
        predictions().add(preRace);

        assertThat(predictions().history(MIAMI_2024, RaceType.GRAND_PRIX)).containsExactly(preRace, postRace);
        assertThat(predictions().latest(MIAMI_2024, RaceType.GRAND_PRIX)).contains(postRace);
        assertThat(predictions().latest(MIAMI_2024, RaceType.SPRINT)).isEmpty();
        assertThat(predictions().history(JEDDAH_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("adding the same (model, computed-at) again replaces that prediction instead of duplicating it")
    void sameKeyReplaces() {
        seedCalendar();
        predictions().add(StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY));
        Prediction retried = new Prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY,
                Instant.parse("2024-05-04T10:00:00Z"), List.of(
                        new DriverPrediction(NORRIS, 0.625, 1, 0.81, Map.of("car_performance", 0.2)),
                        new DriverPrediction(VERSTAPPEN, 0.375, 2, 0.74, Map.of("car_performance", 0.19))));
        predictions().add(retried);

        assertThat(predictions().history(MIAMI_2024, RaceType.GRAND_PRIX)).containsExactly(retried);
        assertThat(predictions().latest(MIAMI_2024, RaceType.GRAND_PRIX).orElseThrow().winner().driver())
                .isEqualTo(NORRIS);
    }

    @Test
    @DisplayName("latest by model picks the newest prediction of that model only")
    void latestByModel() {
        seedCalendar();
        Prediction v3Friday = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, FRIDAY);
        Prediction v3Saturday = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);
        Prediction v4Sunday = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, "experimental-v4", SUNDAY);
        predictions().add(v4Sunday);
        predictions().add(v3Saturday);
        predictions().add(v3Friday);

        assertThat(predictions().latest(MIAMI_2024, RaceType.GRAND_PRIX)).contains(v4Sunday);
        assertThat(predictions().latest(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL)).contains(v3Saturday);
        assertThat(predictions().latest(MIAMI_2024, RaceType.GRAND_PRIX, "unknown-v0")).isEmpty();
        assertThat(predictions().history(MIAMI_2024, RaceType.GRAND_PRIX)).containsExactly(v3Friday, v3Saturday,
                v4Sunday);
    }

    @Test
    @DisplayName("a prediction reads back equal: drivers in rank order, probabilities and contributions exact")
    void predictionRoundTrips() {
        seedCalendar();
        Prediction sprint = new Prediction(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL, SATURDAY, FRIDAY, List.of(
                new DriverPrediction(HAMILTON, 0.1, 3, -0.05, Map.of()),
                new DriverPrediction(VERSTAPPEN, 0.6, 1, 0.9135802469135802,
                        Map.of("car_performance", 0.25, "circuit_adj_start_pos", 1.0 / 3)),
                new DriverPrediction(NORRIS, 0.3, 2, 0.7, Map.of("short_run_pace", 0.1 + 0.2))));
        predictions().add(sprint);

        Prediction read = predictions().latest(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL).orElseThrow();
        assertThat(read).isEqualTo(sprint);
        assertThat(read.drivers()).extracting(DriverPrediction::driver).containsExactly(VERSTAPPEN, NORRIS, HAMILTON);
        assertThat(read.asOf()).isEqualTo(FRIDAY);
        assertThat(read.winner().contributions()).containsEntry("circuit_adj_start_pos", 1.0 / 3);
        assertThat(predictions().latest(MIAMI_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("a full-grid prediction keeps all 20 lines with probabilities summing to one")
    void fullGridPrediction() {
        seedCalendar();
        Prediction jeddah = StorageFixtures.prediction(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);
        predictions().add(jeddah);

        Prediction read = predictions().latest(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL).orElseThrow();
        assertThat(read).isEqualTo(jeddah);
        assertThat(read.drivers()).hasSize(20);
        assertThat(read.winner().probability()).isEqualTo(20 / 210.0);
        assertThat(read.drivers().stream().mapToDouble(DriverPrediction::probability).sum())
                .isCloseTo(1.0, within(1e-12));
    }
}
