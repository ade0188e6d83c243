package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.model.Feature;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelHistory;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.model.SeasonStatsCalculator;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compute jobs on the in-memory storage: each writes exactly what the model computes from the same data
 * assembled without storage, through {@link F1Pipeline#runJob}.
 */
class ComputeJobsTest {

    private final List<Weekend> expected = ComputeFixture.weekends();
    private final ModelEngine engine = ModelEngine.ofDefaults();
    private Storage storage;
    private F1Pipeline pipeline;

    @BeforeEach
    void seed() {
        storage = Storages.inMemory();
        storage.useTransaction(ComputeFixture::seed);
        pipeline = ComputeFixture.pipeline(storage, new FakeClock(ComputeFixture.NOW));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    @DisplayName("every compute job is available")
    void registered() {
        for (Job job : List.of(Job.COMPUTE_SEASON_STATS, Job.COMPUTE_FEATURES, Job.COMPUTE_PREDICTIONS,
                Job.COMPUTE_SPRINT_FEATURES, Job.COMPUTE_SPRINT_PREDICTIONS)) {
            assertThat(pipeline.isAvailable(job)).as(job.jobName()).isTrue();
        }
    }

    @Test
    @DisplayName("compute_season_stats stores the season's statistics as the calculator computes them")
    void seasonStats() {
        JobReport report = pipeline.runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(2024));

        SeasonStats stats = SeasonStatsCalculator.compute(2024, expected);
        assertThat(stats.drivers()).hasSize(21);
        assertThat(stats.teams()).hasSize(10);
        assertThat(report.rowsWritten()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "driver_season_stats", 21, "team_season_stats", 10));
        assertThat(report.notes()).containsExactly("statistics of 2024 through round 5");
        assertThat(storage.stats().driverStats(2024)).isEqualTo(stats.drivers());
        assertThat(storage.stats().teamStats(2024)).isEqualTo(stats.teams());
        assertThat(storage.stats().driverStats(2023)).isEmpty();
    }

    @Test
    @DisplayName("compute_features stores the model's point-in-time grand-prix rows for the whole grid")
    void grandPrixFeatures() {
        JobReport report = pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));

        List<FeatureRow> rows = engine.grandPrixFeatures(ModelHistory.before(expected, SUZUKA_2024),
                ComputeFixture.weekend(expected, SUZUKA_2024));
        // The default clogit-v1 rows: four inputs, their four coefficients and the races they were fitted on.
        assertThat(rows).hasSize(20).allSatisfy(r -> assertThat(r.scores()).hasSize(9)
                .containsKeys("grid_log", "pole", "driver_elo", "team_elo", "coef.grid_log"));
        assertThat(report.rowsWritten()).containsExactlyEntriesOf(Map.of("features", 20));
        assertThat(storage.features().features(SUZUKA_2024, RaceType.GRAND_PRIX, "clogit-v1"))
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    @DisplayName("compute_sprint_features uses the sprint grid: after the sprint, and before it from SQ alone")
    void sprintFeatures() {
        pipeline.runJob(Job.COMPUTE_SPRINT_FEATURES, JobParams.race(SHANGHAI_2024));
        JobReport miami = pipeline.runJob(Job.COMPUTE_SPRINT_FEATURES, JobParams.race(MIAMI_2024));

        for (RaceKey key : List.of(SHANGHAI_2024, MIAMI_2024)) {
            List<FeatureRow> rows = engine.sprintFeatures(ModelHistory.before(expected, key),
                    ComputeFixture.weekend(expected, key));
            assertThat(rows).hasSize(20).allSatisfy(r -> assertThat(r.scores()).hasSize(9));
            assertThat(storage.features().features(key, RaceType.SPRINT, "sprint-clogit-v1"))
                    .containsExactlyInAnyOrderElementsOf(rows);
        }
        assertThat(miami.rowsWritten()).containsExactlyEntriesOf(Map.of("features", 20));
    }

    @Test
    @DisplayName("a driver who left the grid loses his feature row when the features are recomputed")
    void staleRowsVanish() {
        pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
        var qualifying = StorageFixtures.qualifying(SUZUKA_2024);
        var gone = qualifying.get(qualifying.size() - 1).driver();
        storage.results().replaceQualifying(SUZUKA_2024, qualifying.subList(0, qualifying.size() - 1));

        JobReport report = pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));

        List<FeatureRow> stored = storage.features().features(SUZUKA_2024, RaceType.GRAND_PRIX, "clogit-v1");
        assertThat(stored).hasSize(19).noneMatch(r -> r.driver().equals(gone));
        assertThat(report.rowsWritten()).containsExactlyEntriesOf(Map.of("features", 19));
        assertThat(report.notes()).contains("removed the rows of drivers no longer on the grid: " + gone.value());
        pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));
        assertThat(storage.predictions().latest(SUZUKA_2024, RaceType.GRAND_PRIX).orElseThrow().drivers())
                .hasSize(19);
    }

    @Test
    @DisplayName("a user-supplied model is used by both jobs and stored under its own version")
    void userSpec() {
        ModelSpec mine = ModelSpec.builder("grid-only-1", RaceType.GRAND_PRIX)
                .weight(Feature.CIRCUIT_ADJ_START_POS, 0.5).weight(Feature.CAR_PERFORMANCE, 0.5)
                .temperature(0.1).build();
        F1Pipeline custom = ComputeFixture.pipeline(storage, new FakeClock(ComputeFixture.NOW),
                ModelEngine.ofDefaults().withGrandPrixModel(mine));

        custom.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
        custom.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));

        assertThat(storage.features().features(SUZUKA_2024, RaceType.GRAND_PRIX, "weighted-v3")).isEmpty();
        List<FeatureRow> rows = storage.features().features(SUZUKA_2024, RaceType.GRAND_PRIX, "grid-only-1");
        assertThat(rows).hasSize(20).allSatisfy(r -> assertThat(r.scores()).containsOnlyKeys(
                Feature.CIRCUIT_ADJ_START_POS.featureName(), Feature.CAR_PERFORMANCE.featureName()));
        var prediction = storage.predictions().latest(SUZUKA_2024, RaceType.GRAND_PRIX).orElseThrow();
        assertThat(prediction.modelVersion()).isEqualTo("grid-only-1");
        assertThat(prediction.drivers().stream().mapToDouble(d -> d.probability()).sum()).isCloseTo(1.0,
                within(1e-9));
    }
}
