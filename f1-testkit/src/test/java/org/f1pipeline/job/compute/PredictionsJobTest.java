package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** compute_predictions and compute_sprint_predictions: versions, softmax, contributions. */
class PredictionsJobTest {

    private Storage storage;
    private FakeClock clock;
    private F1Pipeline pipeline;

    @BeforeEach
    void seed() {
        storage = Storages.inMemory();
        storage.useTransaction(ComputeFixture::seed);
        clock = new FakeClock(ComputeFixture.NOW);
        pipeline = ComputeFixture.pipeline(storage, clock);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    @DisplayName("a later run adds a version and leaves the earlier prediction exactly as it was")
    void versioned() {
        pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
        JobReport first = pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));
        Prediction before = storage.predictions().latest(SUZUKA_2024, RaceType.GRAND_PRIX).orElseThrow();
        clock.advance(Duration.ofDays(3));
        pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));

        List<Prediction> history = storage.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX);
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).isEqualTo(before);
        assertThat(history.get(0).computedAt()).isEqualTo(ComputeFixture.NOW);
        assertThat(history.get(1).computedAt()).isEqualTo(ComputeFixture.NOW.plus(Duration.ofDays(3)));
        assertThat(history.get(1).drivers()).isEqualTo(before.drivers());
        assertThat(history).allSatisfy(p -> {
            assertThat(p.modelVersion()).isEqualTo("clogit-v1");
            assertThat(p.asOf()).isEqualTo(StorageFixtures.race(SUZUKA_2024).startOf(RaceType.GRAND_PRIX));
        });
        assertThat(first.rowsWritten()).containsExactlyInAnyOrderEntriesOf(Map.of("predictions", 1,
                "prediction_drivers", 20));
        assertThat(first.notes()).singleElement().asString().startsWith("2024-04 grand prix, model clogit-v1:"
                + " favourite ");
    }

    @Test
    @DisplayName("a rerun at the same instant replaces only itself (an idempotent retry)")
    void sameInstantIsIdempotent() {
        pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
        pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));
        pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));

        assertThat(storage.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX)).hasSize(1);
    }

    @Test
    @DisplayName("fitted model: probabilities sum to 1, ranks order them, contributions are coefficient x input")
    void fittedContributions() {
        for (RaceKey key : List.of(SUZUKA_2024, SHANGHAI_2024)) {
            pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(key));
            pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(key));
        }
        pipeline.runJob(Job.COMPUTE_SPRINT_FEATURES, JobParams.race(MIAMI_2024));
        pipeline.runJob(Job.COMPUTE_SPRINT_PREDICTIONS, JobParams.race(MIAMI_2024));
        for (RaceKey key : List.of(SUZUKA_2024, SHANGHAI_2024, MIAMI_2024)) {
            RaceType type = key.equals(MIAMI_2024) ? RaceType.SPRINT : RaceType.GRAND_PRIX;
            String model = type == RaceType.SPRINT ? "sprint-clogit-v1" : "clogit-v1";
            Prediction p = storage.predictions().latest(key, type).orElseThrow();
            assertThat(p.modelVersion()).isEqualTo(model);
            assertThat(p.drivers().stream().mapToDouble(DriverPrediction::probability).sum())
                    .isCloseTo(1.0, within(1e-9));
            Map<String, FeatureRow> rows = new java.util.HashMap<>();
            storage.features().features(key, type, model).forEach(r -> rows.put(r.driver().value(), r));
            double z = rows.values().stream().mapToDouble(r -> Math.exp(r.rawScore())).sum();
            for (DriverPrediction d : p.drivers()) {
                FeatureRow row = rows.get(d.driver().value());
                assertThat(d.probability()).isCloseTo(Math.exp(row.rawScore()) / z, within(1e-12));
                assertThat(d.contributions()).hasSize(4);
                d.contributions().forEach((input, c) -> assertThat(c)
                        .isEqualTo(row.scores().get("coef." + input) * row.scores().get(input) + 0.0));
                assertThat(d.contributions().values().stream().mapToDouble(Double::doubleValue).sum())
                        .isCloseTo(d.rawScore(), within(1e-5));
            }
        }
    }

    @Test
    @DisplayName("weighted-v3 and sprint-v2: probabilities sum to 1, ranks order them, contributions explain the score")
    void softmaxAndContributions() {
        pipeline = ComputeFixture.pipeline(storage, clock, ModelEngine.seed());
        for (RaceKey key : List.of(SUZUKA_2024, SHANGHAI_2024)) {
            pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(key));
            pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(key));
        }
        for (RaceKey key : List.of(SHANGHAI_2024, MIAMI_2024)) {
            pipeline.runJob(Job.COMPUTE_SPRINT_FEATURES, JobParams.race(key));
            pipeline.runJob(Job.COMPUTE_SPRINT_PREDICTIONS, JobParams.race(key));
        }
        check(SUZUKA_2024, RaceType.GRAND_PRIX, "weighted-v3", 12);
        check(SHANGHAI_2024, RaceType.GRAND_PRIX, "weighted-v3", 12);
        check(SHANGHAI_2024, RaceType.SPRINT, "sprint-v2", 8);
        check(MIAMI_2024, RaceType.SPRINT, "sprint-v2", 8);
    }

    private void check(RaceKey key, RaceType type, String model, int features) {
        Prediction p = storage.predictions().latest(key, type).orElseThrow();
        assertThat(p.modelVersion()).isEqualTo(model);
        assertThat(p.asOf()).isEqualTo(StorageFixtures.race(key).startOf(type));
        List<DriverPrediction> drivers = p.drivers();
        assertThat(drivers).hasSize(20);
        assertThat(drivers.stream().mapToDouble(DriverPrediction::probability).sum()).isCloseTo(1.0, within(1e-9));
        for (int i = 0; i < drivers.size(); i++) {
            DriverPrediction d = drivers.get(i);
            assertThat(d.rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(d.probability()).isLessThanOrEqualTo(drivers.get(i - 1).probability());
            }
            assertThat(d.contributions()).hasSize(features);
            assertThat(d.contributions().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(d.rawScore(), within(1e-5));
        }
        Map<String, FeatureRow> rows = new java.util.HashMap<>();
        storage.features().features(key, type, model).forEach(r -> rows.put(r.driver().value(), r));
        for (DriverPrediction d : drivers) {
            FeatureRow row = rows.get(d.driver().value());
            assertThat(d.rawScore()).isEqualTo(row.rawScore());
            d.contributions().forEach((feature, c) -> assertThat(c).isGreaterThanOrEqualTo(0.0)
                    .isLessThanOrEqualTo(row.scores().get(feature) + 1e-12));
        }
    }
}
