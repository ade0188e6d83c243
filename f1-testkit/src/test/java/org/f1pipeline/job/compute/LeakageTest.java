package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.time.Duration;
import java.util.List;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Point-in-time through the jobs: what is stored after a race (its own results, laps and conditions, and later
 * races) never changes the recomputed features or prediction of that race.
 */
class LeakageTest {

    @Test
    @DisplayName("adding the race's own outcome and later races to storage leaves its recomputed prediction unchanged")
    void laterDataDoesNotLeak() {
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(tx -> ComputeFixture.seedUntilQualifying(tx, SUZUKA_2024));
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            F1Pipeline pipeline = ComputeFixture.pipeline(storage, clock);
            pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
            pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));
            List<FeatureRow> featuresBefore = features(storage, SUZUKA_2024);
            Prediction before = latest(storage, SUZUKA_2024);

            storage.useTransaction(tx -> {
                ComputeFixture.complete(tx, SUZUKA_2024);
                ComputeFixture.complete(tx, SHANGHAI_2024);
                tx.results().upsertSprintQualifying(StorageFixtures.sprintQualifying(MIAMI_2024));
            });
            clock.advance(Duration.ofDays(30));
            pipeline.runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(2024));
            pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
            pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(SUZUKA_2024));

            assertThat(features(storage, SUZUKA_2024)).isEqualTo(featuresBefore);
            Prediction after = latest(storage, SUZUKA_2024);
            assertThat(after.computedAt()).isAfter(before.computedAt());
            assertThat(after.asOf()).isEqualTo(before.asOf());
            assertThat(after.drivers()).isEqualTo(before.drivers());
            assertThat(storage.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX)).hasSize(2);
        }
    }

    @Test
    @DisplayName("the recompute gives a race the same prediction whatever is stored after it")
    void recomputeDoesNotLeak() {
        try (Storage early = Storages.inMemory(); Storage late = Storages.inMemory()) {
            early.useTransaction(tx -> ComputeFixture.seedUntilQualifying(tx, SUZUKA_2024));
            late.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            ModelRecompute.recompute(early, ModelEngine.ofDefaults(), 2024, 2024, clock);
            ModelRecompute.recompute(late, ModelEngine.ofDefaults(), 2024, 2024, clock);

            for (RaceKey key : List.of(RaceKey.of(2024, 1), RaceKey.of(2024, 2), RaceKey.of(2024, 3), SUZUKA_2024)) {
                assertThat(features(late, key)).as(key.toString()).isEqualTo(features(early, key));
                assertThat(latest(late, key)).as(key.toString()).isEqualTo(latest(early, key));
            }
        }
    }

    private static List<FeatureRow> features(Storage storage, RaceKey key) {
        List<FeatureRow> rows = storage.features().features(key, RaceType.GRAND_PRIX, "clogit-v1");
        assertThat(rows).as("clogit-v1 rows of " + key).isNotEmpty(); // an empty comparison would prove nothing
        return rows;
    }

    private static Prediction latest(Storage storage, RaceKey key) {
        return storage.predictions().latest(key, RaceType.GRAND_PRIX).orElseThrow();
    }
}
