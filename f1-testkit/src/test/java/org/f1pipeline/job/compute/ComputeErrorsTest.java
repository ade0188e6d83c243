package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineListener;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input: a clear error naming the race and the missing step, and nothing written. */
class ComputeErrorsTest {

    private Storage storage;
    private F1Pipeline pipeline;
    private final List<String> failureLines = new ArrayList<>();

    @BeforeEach
    void seed() {
        storage = Storages.inMemory();
        storage.useTransaction(ComputeFixture::seed);
        pipeline = F1Pipeline.builder().storage(storage).clock(new FakeClock(ComputeFixture.NOW))
                .listener(new PipelineListener() {
                    @Override
                    public void onJobFailed(Job job, JobParams params, Throwable error, String failureLine) {
                        failureLines.add(failureLine);
                    }
                }).build();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    @DisplayName("features of a race without a qualifying grid: run ingest_qualifying first")
    void noGrid() {
        assertThatThrownBy(() -> pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(MIAMI_2024)))
                .isInstanceOfSatisfying(ModelInputException.class, e -> {
                    assertThat(e.race()).isEqualTo(MIAMI_2024);
                    assertThat(e.type()).isEqualTo(RaceType.GRAND_PRIX);
                    assertThat(e.missingStep()).isEqualTo("ingest_qualifying");
                })
                .hasMessage("race 2024-06 has no qualifying grid: run ingest_qualifying first");
        assertNothingWritten(MIAMI_2024);
        assertThat(failureLines).singleElement().asString().contains("\"job\":\"compute_features\"")
                .contains("2024-06");
    }

    @Test
    @DisplayName("a failed recompute of features leaves the stored rows as they were")
    void failureKeepsStoredRows() {
        pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
        var before = storage.features().features(SUZUKA_2024, RaceType.GRAND_PRIX, "clogit-v1");
        storage.results().replaceQualifying(SUZUKA_2024, List.of());

        assertThatThrownBy(() -> pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024)))
                .isInstanceOf(ModelInputException.class).hasMessageContaining("2024-04");
        assertThat(storage.features().features(SUZUKA_2024, RaceType.GRAND_PRIX, "clogit-v1")).hasSize(20)
                .isEqualTo(before);
    }

    @Test
    @DisplayName("predictions without feature rows: run compute_features first")
    void noFeatures() {
        assertThatThrownBy(() -> pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(ALBERT_PARK_2024)))
                .isInstanceOfSatisfying(ModelInputException.class,
                        e -> assertThat(e.missingStep()).isEqualTo("compute_features"))
                .hasMessage("race 2024-03 has no grand-prix feature rows for model clogit-v1: run compute_features"
                        + " first");
        assertThatThrownBy(() -> pipeline.runJob(Job.COMPUTE_SPRINT_PREDICTIONS, JobParams.race(MIAMI_2024)))
                .isInstanceOfSatisfying(ModelInputException.class,
                        e -> assertThat(e.missingStep()).isEqualTo("compute_sprint_features"))
                .hasMessageContaining("race 2024-06 has no sprint feature rows for model sprint-clogit-v1");
        assertNothingWritten(ALBERT_PARK_2024);
        assertNothingWritten(MIAMI_2024);
    }

    @Test
    @DisplayName("a sprint job on a conventional weekend is refused, for features and predictions alike")
    void sprintOnConventionalWeekend() {
        pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(SUZUKA_2024));
        for (Job job : List.of(Job.COMPUTE_SPRINT_FEATURES, Job.COMPUTE_SPRINT_PREDICTIONS)) {
            assertThatThrownBy(() -> pipeline.runJob(job, JobParams.race(SUZUKA_2024)))
                    .as(job.jobName())
                    .isInstanceOfSatisfying(ModelInputException.class, e -> {
                        assertThat(e.race()).isEqualTo(SUZUKA_2024);
                        assertThat(e.missingStep()).isNull();
                    })
                    .hasMessage("race 2024-04 is a conventional weekend without a sprint: the sprint jobs apply only"
                            + " to sprint weekends");
        }
        assertThat(storage.features().features(SUZUKA_2024, RaceType.SPRINT, "sprint-clogit-v1")).isEmpty();
        assertThat(storage.predictions().history(SUZUKA_2024, RaceType.SPRINT)).isEmpty();
        assertThat(storage.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("a race that is not in the calendar: run sync_schedule first")
    void unknownRace() {
        RaceKey missing = RaceKey.of(2024, 9);
        for (Job job : List.of(Job.COMPUTE_FEATURES, Job.COMPUTE_PREDICTIONS, Job.COMPUTE_SPRINT_FEATURES)) {
            assertThatThrownBy(() -> pipeline.runJob(job, JobParams.race(missing))).as(job.jobName())
                    .isInstanceOfSatisfying(ModelInputException.class,
                            e -> assertThat(e.missingStep()).isEqualTo("sync_schedule"))
                    .hasMessage("race 2024-09 does not exist: run sync_schedule for 2024 first");
        }
    }

    @Test
    @DisplayName("season statistics of a season without races: run sync_schedule first, nothing written")
    void seasonWithoutRaces() {
        assertThatThrownBy(() -> pipeline.runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(2025)))
                .isInstanceOf(JobException.class)
                .hasMessage("compute_season_stats {year=2025}: season 2025 has no races: run sync_schedule for 2025"
                        + " first");
        assertThat(storage.stats().driverStats(2025)).isEmpty();
    }

    private void assertNothingWritten(RaceKey key) {
        for (RaceType type : RaceType.values()) {
            assertThat(storage.features().features(key, type, "clogit-v1")).isEmpty();
            assertThat(storage.features().features(key, type, "sprint-clogit-v1")).isEmpty();
            assertThat(storage.predictions().history(key, type)).isEmpty();
        }
    }
}
