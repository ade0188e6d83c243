package org.f1pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.f1pipeline.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobTest {

    @Test
    @DisplayName("every job of the seed engine exists under its snake_case name")
    void seedJobNames() {
        assertThat(Arrays.stream(Job.values()).map(Job::jobName)).containsExactlyInAnyOrder(
                "sync_schedule", "sync_season", "ingest_qualifying", "ingest_qualifying_legacy", "ingest_fp2",
                "ingest_sprint_qualifying", "ingest_sprint", "ingest_race", "ingest_race_legacy",
                "compute_season_stats", "compute_features", "compute_predictions", "compute_sprint_features",
                "compute_sprint_predictions");
    }

    @Test
    @DisplayName("a job is found by its seed name, its enum name or with dashes")
    void lookup() {
        assertThat(Job.fromName("compute_features")).isEqualTo(Job.COMPUTE_FEATURES);
        assertThat(Job.fromName("INGEST_RACE")).isEqualTo(Job.INGEST_RACE);
        assertThat(Job.fromName("sync-schedule")).isEqualTo(Job.SYNC_SCHEDULE);
    }

    @Test
    @DisplayName("an unknown job name is refused with the list of known jobs")
    void unknownJob() {
        assertThatThrownBy(() -> Job.fromName("ingest_everything"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown job 'ingest_everything'")
                .hasMessageContaining("sync_schedule")
                .hasMessageContaining("compute_sprint_predictions")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("job");
    }

    @Test
    @DisplayName("season jobs need a year, round jobs a round, compute jobs a race")
    void scopes() {
        assertThat(Job.SYNC_SCHEDULE.scope()).isEqualTo(Job.Scope.YEAR);
        assertThat(Job.COMPUTE_SEASON_STATS.scope()).isEqualTo(Job.Scope.YEAR);
        assertThat(Job.INGEST_SPRINT.scope()).isEqualTo(Job.Scope.ROUND);
        assertThat(Job.COMPUTE_SPRINT_PREDICTIONS.scope()).isEqualTo(Job.Scope.RACE);
    }
}
