package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.internal.ingest.SessionStarts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionStartsTest {

    private static Race race(EventFormat format, Map<SessionType, Instant> sessions) {
        return new Race(RaceKey.of(2021, 10), "British Grand Prix", CircuitId.of("silverstone"),
                LocalDate.of(2021, 7, 18), format, sessions, RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("the scheduled start when known, found by session name")
    void scheduled() {
        Instant q = Instant.parse("2021-07-16T17:00:00Z");
        assertThat(SessionStarts.of(race(EventFormat.SPRINT, Map.of(SessionType.QUALIFYING, q)),
                SessionType.QUALIFYING)).isEqualTo(q);
    }

    @Test
    @DisplayName("without times, the earliest day the session can have been held, so a guard never opens late")
    void fallbacks() {
        Race conventional = race(EventFormat.CONVENTIONAL, Map.of());
        assertThat(SessionStarts.of(conventional, SessionType.RACE)).isEqualTo(Instant.parse("2021-07-18T00:00:00Z"));
        assertThat(SessionStarts.of(conventional, SessionType.QUALIFYING))
                .isEqualTo(Instant.parse("2021-07-17T00:00:00Z"));
        Race sprint = race(EventFormat.SPRINT, Map.of());
        assertThat(SessionStarts.of(sprint, SessionType.QUALIFYING)).isEqualTo(Instant.parse("2021-07-16T00:00:00Z"));
        assertThat(SessionStarts.of(sprint, SessionType.SPRINT)).isEqualTo(Instant.parse("2021-07-17T00:00:00Z"));
        assertThat(SessionStarts.of(sprint, SessionType.FP2)).isEqualTo(Instant.parse("2021-07-16T00:00:00Z"));
    }
}
