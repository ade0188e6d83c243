package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Auto-detection of an ingest job's race (seed section 8, with defect F1 fixed). */
class TargetDetectorTest {

    private static Race race(int round, String raceDay, EventFormat format, RaceStatus status) {
        Instant race = Instant.parse(raceDay + "T13:00:00Z");
        Map<SessionType, Instant> sessions = format == EventFormat.CONVENTIONAL
                ? Map.of(SessionType.FP2, race.minusSeconds(44 * 3600), SessionType.QUALIFYING,
                        race.minusSeconds(23 * 3600), SessionType.RACE, race)
                : Map.of(SessionType.SPRINT_QUALIFYING, race.minusSeconds(47 * 3600), SessionType.SPRINT,
                        race.minusSeconds(27 * 3600), SessionType.QUALIFYING, race.minusSeconds(23 * 3600),
                        SessionType.RACE, race);
        return new Race(RaceKey.of(2024, round), "Race " + round, CircuitId.of("c" + round), LocalDate.parse(raceDay),
                format, sessions, status);
    }

    private static final List<Race> SEASON = List.of(
            race(10, "2024-06-23", EventFormat.CONVENTIONAL, RaceStatus.COMPLETED),
            race(11, "2024-06-30", EventFormat.SPRINT_QUALIFYING, RaceStatus.SPRINT_DONE),
            race(12, "2024-07-07", EventFormat.CONVENTIONAL, RaceStatus.QUALIFYING_DONE),
            race(13, "2024-07-21", EventFormat.CONVENTIONAL, RaceStatus.SCHEDULED));

    private static Optional<RaceKey> detect(Job job, Instant now) {
        return TargetDetector.detect(job, SEASON, now).map(Race::key);
    }

    @Test
    @DisplayName("ingest_race finds the race in qualifying_done (the seed excluded it and found nothing)")
    void ingestRaceFindsQualifyingDone() {
        assertThat(detect(Job.INGEST_RACE, Instant.parse("2024-07-07T18:00:00Z"))).contains(RaceKey.of(2024, 12));
        assertThat(detect(Job.INGEST_RACE_LEGACY, Instant.parse("2024-07-07T18:00:00Z")))
                .contains(RaceKey.of(2024, 12));
    }

    @Test
    @DisplayName("ingest_qualifying takes the most recent started qualifying whose race is not past it yet")
    void qualifying() {
        assertThat(detect(Job.INGEST_QUALIFYING, Instant.parse("2024-07-20T16:00:00Z")))
                .contains(RaceKey.of(2024, 13));
        // Round 12 is qualifying_done and round 11 sprint_done (its qualifying is still due): 11 is the latest.
        assertThat(detect(Job.INGEST_QUALIFYING, Instant.parse("2024-07-10T00:00:00Z")))
                .contains(RaceKey.of(2024, 11));
        assertThat(detect(Job.INGEST_FP2, Instant.parse("2024-07-10T00:00:00Z"))).contains(RaceKey.of(2024, 12));
    }

    @Test
    @DisplayName("sprint jobs only look at sprint weekends in the right status; nothing started yet finds nothing")
    void sprintsAndNothing() {
        assertThat(detect(Job.INGEST_SPRINT_QUALIFYING, Instant.parse("2024-07-10T00:00:00Z"))).isEmpty();
        assertThat(detect(Job.INGEST_SPRINT, Instant.parse("2024-07-10T00:00:00Z"))).isEmpty();
        assertThat(detect(Job.INGEST_RACE, Instant.parse("2024-06-01T00:00:00Z"))).isEmpty();
        assertThat(TargetDetector.detects(Job.COMPUTE_FEATURES)).isFalse();
        assertThat(TargetDetector.detects(Job.SYNC_SCHEDULE)).isFalse();
    }
}
