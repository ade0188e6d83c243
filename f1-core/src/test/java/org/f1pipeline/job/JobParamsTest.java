package org.f1pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobParamsTest {

    @Nested
    @DisplayName("construction")
    class Construction {

        @Test
        @DisplayName("a year before 1950 is refused, naming the field")
        void yearTooEarly() {
            assertThatThrownBy(() -> JobParams.year(1949))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("year must be between 1950 and next year, was 1949")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("year");
        }

        @Test
        @DisplayName("round 0 and round 31 are refused")
        void roundRange() {
            assertThatThrownBy(() -> JobParams.round(2024, 0)).hasMessage("round must be between 1 and 30, was 0");
            assertThatThrownBy(() -> JobParams.round(2024, 31)).hasMessage("round must be between 1 and 30, was 31");
        }

        @Test
        @DisplayName("a round without a year is refused")
        void roundNeedsYear() {
            assertThatThrownBy(() -> new JobParams(null, 5, null)).hasMessage("round 5 needs a year");
        }

        @Test
        @DisplayName("a race key that contradicts year or round is refused")
        void contradiction() {
            assertThatThrownBy(() -> new JobParams(2023, 5, RaceKey.of(2024, 5)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("race 2024-05 contradicts year 2023");
        }

        @Test
        @DisplayName("year and round or a race key name the same race")
        void raceKey() {
            assertThat(JobParams.round(2024, 5).raceKey()).isEqualTo(RaceKey.of(2024, 5));
            assertThat(JobParams.race(RaceKey.of(2024, 5)).raceKey()).isEqualTo(RaceKey.of(2024, 5));
            assertThat(JobParams.year(2024).raceKey()).isNull();
            assertThat(JobParams.race(RaceKey.of(2024, 5)).asMap())
                    .containsEntry("year", 2024).containsEntry("round", 5).containsEntry("race_id", "2024-05");
        }
    }

    @Nested
    @DisplayName("validation for a job")
    class ForJob {

        @Test
        @DisplayName("a season job without a year names the missing parameter, not a CLI flag")
        void seasonJobNeedsYear() {
            assertThatThrownBy(() -> JobParams.none().validateFor(Job.SYNC_SCHEDULE, 2027))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("sync_schedule needs the parameter year, e.g. JobParams.year(2024)");
        }

        @Test
        @DisplayName("an ingest job with only a year names the missing round")
        void ingestNeedsRound() {
            assertThatThrownBy(() -> JobParams.year(2024).validateFor(Job.INGEST_RACE, 2027))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("ingest_race needs a race")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("round");
        }

        @Test
        @DisplayName("a season after the latest allowed one is refused with the allowed range")
        void tooFarAhead() {
            assertThatThrownBy(() -> JobParams.year(2028).validateFor(Job.SYNC_SCHEDULE, 2027))
                    .hasMessage("year must be between 1950 and 2027, was 2028");
            assertThat(JobParams.year(2027).validateFor(Job.SYNC_SCHEDULE, 2027).year()).isEqualTo(2027);
        }

        @Test
        @DisplayName("a compute job accepts a race key")
        void computeWithRace() {
            JobParams params = JobParams.race(RaceKey.of(2025, 3));
            assertThat(params.validateFor(Job.COMPUTE_FEATURES, 2027)).isSameAs(params);
        }
    }
}
