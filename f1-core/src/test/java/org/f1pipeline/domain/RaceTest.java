package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaceTest {

    private static final RaceKey CHINA = RaceKey.of(2024, 5);
    private static final CircuitId SHANGHAI = CircuitId.of("shanghai");
    private static final LocalDate SUNDAY = LocalDate.of(2024, 4, 21);

    private static Race race(Map<SessionType, Instant> starts) {
        return new Race(CHINA, "Chinese Grand Prix", SHANGHAI, SUNDAY, EventFormat.SPRINT_QUALIFYING, starts,
                RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("startOf gives the scheduled race and sprint starts when the schedule has them")
    void startOfUsesSchedule() {
        Race race = race(Map.of(SessionType.RACE, Instant.parse("2024-04-21T07:00:00Z"),
                SessionType.SPRINT, Instant.parse("2024-04-20T03:00:00Z")));

        assertThat(race.startOf(RaceType.GRAND_PRIX)).isEqualTo(Instant.parse("2024-04-21T07:00:00Z"));
        assertThat(race.startOf(RaceType.SPRINT)).isEqualTo(Instant.parse("2024-04-20T03:00:00Z"));
        assertThat(race.sessionStart(SessionType.FP1)).isEmpty();
    }

    @Test
    @DisplayName("without session times startOf falls back to the race day, and the day before for the sprint, at 00:00 UTC")
    void startOfFallsBackToDate() {
        Race race = race(Map.of(SessionType.QUALIFYING, Instant.parse("2024-04-20T07:00:00Z")));

        assertThat(race.startOf(RaceType.GRAND_PRIX)).isEqualTo(Instant.parse("2024-04-21T00:00:00Z"));
        assertThat(race.startOf(RaceType.SPRINT)).isEqualTo(Instant.parse("2024-04-20T00:00:00Z"));
    }

    @Test
    @DisplayName("session starts are copied: later changes to the caller's map do not leak in, and the copy is read-only")
    void sessionStartsAreCopied() {
        Map<SessionType, Instant> starts = new HashMap<>();
        starts.put(SessionType.RACE, Instant.parse("2024-04-21T07:00:00Z"));
        Race race = race(starts);
        starts.put(SessionType.FP1, Instant.parse("2024-04-19T03:30:00Z"));

        assertThat(race.sessionStarts()).containsOnlyKeys(SessionType.RACE);
        assertThatThrownBy(() -> race.sessionStarts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a missing name, circuit, date, format or status is refused with the field named")
    void requiredFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Race(CHINA, " ", SHANGHAI, SUNDAY,
                EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED)).withMessage("race.name must not be blank");
        assertThatNullPointerException().isThrownBy(() -> new Race(CHINA, "Chinese Grand Prix", null, SUNDAY,
                EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED)).withMessage("race.circuit must not be null");
        assertThatNullPointerException().isThrownBy(() -> new Race(CHINA, "Chinese Grand Prix", SHANGHAI, SUNDAY,
                EventFormat.CONVENTIONAL, Map.of(), null)).withMessage("race.status must not be null");
        assertThatNullPointerException().isThrownBy(() -> new Race(CHINA, "Chinese Grand Prix", SHANGHAI, SUNDAY,
                EventFormat.CONVENTIONAL, null, RaceStatus.SCHEDULED))
                .withMessage("race.sessionStarts must not be null");
        Map<SessionType, Instant> nullStart = new HashMap<>();
        nullStart.put(SessionType.RACE, null);
        assertThatNullPointerException().isThrownBy(() -> race(nullStart))
                .withMessage("race.sessionStarts[RACE] must not be null");
    }

    @Test
    @DisplayName("a date outside the season is refused, naming the date and the season")
    void dateMustFallInSeason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Race(CHINA, "Chinese Grand Prix", SHANGHAI,
                LocalDate.of(2023, 4, 16), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED))
                .withMessage("race.date 2023-04-16 does not fall in season 2024");
    }

    @Test
    @DisplayName("withStatus changes only the status; sprint weekends are recognised by format")
    void withStatusAndFormat() {
        Race race = race(Map.of(SessionType.RACE, Instant.parse("2024-04-21T07:00:00Z")));
        Race done = race.withStatus(RaceStatus.COMPLETED);

        assertThat(done.status()).isEqualTo(RaceStatus.COMPLETED);
        assertThat(done.withStatus(RaceStatus.SCHEDULED)).isEqualTo(race);
        assertThat(race.isSprintWeekend()).isTrue();
        assertThat(new Race(RaceKey.of(2024, 1), "Bahrain Grand Prix", CircuitId.of("bahrain"),
                LocalDate.of(2024, 3, 2), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED).isSprintWeekend())
                .isFalse();
    }
}
