package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.examples.cli.AutoPlanner.Decision;
import org.f1pipeline.examples.cli.AutoPlanner.History;
import org.f1pipeline.examples.cli.AutoPlanner.Kind;
import org.f1pipeline.examples.cli.AutoPlanner.Step;
import org.f1pipeline.job.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AutoPlanner#decideNextAction}: every status x format, readiness, cancellation, retry limit, staleness. */
class AutoPlannerTest {

    /** A 2024-style sprint weekend: FP1, SQ (Friday), sprint and Q (Saturday), race (Sunday). */
    private static final Map<SessionType, Instant> SPRINT_WEEKEND = Map.of(
            SessionType.FP1, Instant.parse("2024-06-28T10:30:00Z"),
            SessionType.SPRINT_QUALIFYING, Instant.parse("2024-06-28T14:30:00Z"),
            SessionType.SPRINT, Instant.parse("2024-06-29T10:00:00Z"),
            SessionType.QUALIFYING, Instant.parse("2024-06-29T14:00:00Z"),
            SessionType.RACE, Instant.parse("2024-06-30T13:00:00Z"));
    /** A 2022-style sprint weekend: qualifying on Friday, before the sprint (order differs; names do not). */
    private static final Map<SessionType, Instant> SPRINT_2022 = Map.of(
            SessionType.FP1, Instant.parse("2022-07-08T11:30:00Z"),
            SessionType.QUALIFYING, Instant.parse("2022-07-08T15:00:00Z"),
            SessionType.FP2, Instant.parse("2022-07-09T10:30:00Z"),
            SessionType.SPRINT, Instant.parse("2022-07-09T14:30:00Z"),
            SessionType.RACE, Instant.parse("2022-07-10T13:00:00Z"));
    private static final Map<SessionType, Instant> CONVENTIONAL = Map.of(
            SessionType.FP1, Instant.parse("2024-07-05T11:30:00Z"),
            SessionType.FP2, Instant.parse("2024-07-05T15:00:00Z"),
            SessionType.FP3, Instant.parse("2024-07-06T10:30:00Z"),
            SessionType.QUALIFYING, Instant.parse("2024-07-06T14:00:00Z"),
            SessionType.RACE, Instant.parse("2024-07-07T14:00:00Z"));
    private static final Instant LATER = Instant.parse("2024-12-31T00:00:00Z");
    private static final AutoSettings SETTINGS = AutoSettings.ofDefaults();

    private static Decision decide(RaceStatus status, EventFormat format, Map<SessionType, Instant> sessions,
                                   Instant now) {
        return AutoPlanner.decideNextAction(status, format, sessions, now, SETTINGS, History.none());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "SCHEDULED, CONVENTIONAL, QUALIFYING",
            "QUALIFYING_DONE, CONVENTIONAL, RACE",
            "SCHEDULED, SPRINT_QUALIFYING, SPRINT_QUALIFYING",
            "SPRINT_QUALIFYING_DONE, SPRINT_QUALIFYING, SPRINT",
            "SPRINT_DONE, SPRINT_QUALIFYING, QUALIFYING",
            "QUALIFYING_DONE, SPRINT_QUALIFYING, RACE",
            "SCHEDULED, SPRINT_SHOOTOUT, SPRINT_QUALIFYING",
            "SCHEDULED, SPRINT, SPRINT",
            "SPRINT_DONE, SPRINT, QUALIFYING",
            "QUALIFYING_DONE, SPRINT, RACE"})
    @DisplayName("status x format: the seed's state machine, by session name")
    void statusByFormat(RaceStatus status, EventFormat format, Step expected) {
        Map<SessionType, Instant> sessions = format == EventFormat.CONVENTIONAL ? CONVENTIONAL
                : format == EventFormat.SPRINT ? SPRINT_2022 : SPRINT_WEEKEND;
        Decision d = decide(status, format, sessions, LATER);
        assertThat(d.kind()).isEqualTo(Kind.RUN);
        assertThat(d.step()).isEqualTo(expected);
        assertThat(d.readyAt()).isEqualTo(sessions.get(expected.session()).plus(SETTINGS.readyAfterStart(expected)));
    }

    @Test
    @DisplayName("readiness counts from the session's end plus the delay, looked up by name (seed E1, F4)")
    void notReadyUntilEndPlusDelay() {
        Instant quali = SPRINT_WEEKEND.get(SessionType.QUALIFYING);
        Instant ready = quali.plus(Duration.ofHours(2));
        Decision early = decide(RaceStatus.SPRINT_DONE, EventFormat.SPRINT_QUALIFYING, SPRINT_WEEKEND,
                ready.minusSeconds(1));
        assertThat(early.kind()).isEqualTo(Kind.WAIT);
        assertThat(early.readyAt()).isEqualTo(ready);
        assertThat(early.reason()).contains("qualifying data is expected from " + ready);
        assertThat(decide(RaceStatus.SPRINT_DONE, EventFormat.SPRINT_QUALIFYING, SPRINT_WEEKEND, ready).kind())
                .isEqualTo(Kind.RUN);
        // The seed took Session4 by position, which on 2022 weekends is the sprint; by name it is qualifying.
        Decision y2022 = decide(RaceStatus.SPRINT_DONE, EventFormat.SPRINT, SPRINT_2022, LATER);
        assertThat(y2022.readyAt()).isEqualTo(SPRINT_2022.get(SessionType.QUALIFYING).plus(Duration.ofHours(2)));
    }

    @Test
    @DisplayName("cancelled and completed races need nothing; an unknown session time waits for a schedule sync")
    void doneAndUnknown() {
        assertThat(decide(RaceStatus.CANCELLED, EventFormat.CONVENTIONAL, CONVENTIONAL, LATER).kind())
                .isEqualTo(Kind.DONE);
        assertThat(decide(RaceStatus.COMPLETED, EventFormat.SPRINT_QUALIFYING, SPRINT_WEEKEND, LATER).kind())
                .isEqualTo(Kind.DONE);
        Decision noTime = decide(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL,
                Map.of(SessionType.RACE, CONVENTIONAL.get(SessionType.RACE)), LATER);
        assertThat(noTime.kind()).isEqualTo(Kind.WAIT);
        assertThat(noTime.readyAt()).isNull();
        assertThat(noTime.reason()).contains("no start time for qualifying");
    }

    @Test
    @DisplayName("retry limit: after max_attempts failures the step is given up, and a given-up step is skipped")
    void retryLimit() {
        Map<Step, Integer> attempts = new EnumMap<>(Step.class);
        attempts.put(Step.QUALIFYING, SETTINGS.maxAttempts() - 1);
        Instant soon = CONVENTIONAL.get(SessionType.QUALIFYING).plus(Duration.ofDays(1)); // within auto.max_wait
        Decision last = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, CONVENTIONAL,
                soon, SETTINGS, new History(attempts, Set.of()));
        assertThat(last.kind()).isEqualTo(Kind.RUN);
        assertThat(last.reason()).contains("attempt 12 of 12");
        attempts.put(Step.QUALIFYING, SETTINGS.maxAttempts());
        Decision giveUp = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL,
                CONVENTIONAL, LATER, SETTINGS, new History(attempts, Set.of()));
        assertThat(giveUp.kind()).isEqualTo(Kind.GIVE_UP);
        assertThat(giveUp.step()).isEqualTo(Step.QUALIFYING);
        Decision after = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, CONVENTIONAL,
                LATER, SETTINGS, new History(attempts, Set.of(Step.QUALIFYING)));
        assertThat(after.kind()).isEqualTo(Kind.RUN);
        assertThat(after.step()).isEqualTo(Step.RACE);
        Decision sprintSkipped = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.SPRINT_QUALIFYING,
                SPRINT_WEEKEND, LATER, SETTINGS, new History(Map.of(), Set.of(Step.SPRINT_QUALIFYING,
                        Step.SPRINT)));
        assertThat(sprintSkipped.step()).isEqualTo(Step.QUALIFYING);
        Decision allGone = AutoPlanner.decideNextAction(RaceStatus.QUALIFYING_DONE, EventFormat.CONVENTIONAL,
                CONVENTIONAL, LATER, SETTINGS, new History(Map.of(), Set.of(Step.RACE)));
        assertThat(allGone.kind()).isEqualTo(Kind.DONE);
    }

    @Test
    @DisplayName("job chains: the seed's, with FP2 only where the weekend has it and legacy jobs before 2018")
    void chains() {
        assertThat(Step.QUALIFYING.chain(EventFormat.CONVENTIONAL, 2024)).containsExactly(Job.INGEST_QUALIFYING,
                Job.INGEST_FP2, Job.COMPUTE_FEATURES, Job.COMPUTE_PREDICTIONS);
        assertThat(Step.QUALIFYING.chain(EventFormat.SPRINT_QUALIFYING, 2024)).doesNotContain(Job.INGEST_FP2);
        assertThat(Step.SPRINT_QUALIFYING.chain(EventFormat.SPRINT_QUALIFYING, 2024)).containsExactly(
                Job.INGEST_SPRINT_QUALIFYING, Job.COMPUTE_SPRINT_FEATURES, Job.COMPUTE_SPRINT_PREDICTIONS);
        assertThat(Step.SPRINT.chain(EventFormat.SPRINT, 2022)).containsExactly(Job.INGEST_SPRINT,
                Job.COMPUTE_SEASON_STATS);
        assertThat(Step.RACE.chain(EventFormat.CONVENTIONAL, 2010)).containsExactly(Job.INGEST_RACE_LEGACY,
                Job.COMPUTE_SEASON_STATS);
    }

    @Test
    @DisplayName("schedule sync: never synced, older than the max age, or not since the tracked weekend began (F3)")
    void scheduleStaleness() {
        Instant now = Instant.parse("2024-07-05T20:00:00Z");
        Instant weekend = CONVENTIONAL.get(SessionType.FP1);
        assertThat(AutoPlanner.needsScheduleSync(null, now, weekend, SETTINGS)).isTrue();
        assertThat(AutoPlanner.needsScheduleSync(now.minus(Duration.ofHours(25)), now, null, SETTINGS)).isTrue();
        assertThat(AutoPlanner.needsScheduleSync(now.minus(Duration.ofHours(2)), now, null, SETTINGS)).isFalse();
        assertThat(AutoPlanner.needsScheduleSync(weekend.minusSeconds(60), now, weekend, SETTINGS)).isTrue();
        assertThat(AutoPlanner.needsScheduleSync(weekend.plusSeconds(60), now, weekend, SETTINGS)).isFalse();
    }

    @Test
    @DisplayName("a schedule with dates but no session times: the jobs' fallback start, so the step runs, never waits")
    void noSessionTimeUsesFallback() {
        org.f1pipeline.domain.Race race = new org.f1pipeline.domain.Race(org.f1pipeline.domain.RaceKey.of(1988, 2),
                "Brazilian Grand Prix", org.f1pipeline.domain.CircuitId.of("jacarepagua"),
                java.time.LocalDate.parse("1988-04-03"), EventFormat.CONVENTIONAL, Map.of(), RaceStatus.SCHEDULED);
        Map<SessionType, Instant> starts = AutoPlanner.sessionStarts(race);
        assertThat(starts).containsEntry(SessionType.RACE, Instant.parse("1988-04-03T00:00:00Z"))
                .containsEntry(SessionType.QUALIFYING, Instant.parse("1988-04-02T00:00:00Z"));
        Decision before = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, Map.of(),
                LATER, SETTINGS, History.none());
        assertThat(before.kind()).as("without the fallback it waits for a time that never comes")
                .isEqualTo(Kind.WAIT);
        Decision d = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, starts,
                Instant.parse("1988-04-02T02:00:00Z"), SETTINGS, History.none());
        assertThat(d.kind()).isEqualTo(Kind.RUN);
        assertThat(d.readyAt()).isEqualTo(Instant.parse("1988-04-02T02:00:00Z"));
    }

    @Test
    @DisplayName("nothing waits forever: a step still failing auto.max_wait after it was ready is given up")
    void maxWaitGivesUp() {
        Instant ready = CONVENTIONAL.get(SessionType.QUALIFYING).plus(SETTINGS.readyAfterStart(Step.QUALIFYING));
        History failedTwice = new History(Map.of(Step.QUALIFYING, 2), Set.of());
        Decision within = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, CONVENTIONAL,
                ready.plus(Duration.ofDays(4)).minusSeconds(1), SETTINGS, failedTwice);
        assertThat(within.kind()).isEqualTo(Kind.RUN);
        Decision after = AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, CONVENTIONAL,
                ready.plus(Duration.ofDays(4)), SETTINGS, failedTwice);
        assertThat(after.kind()).isEqualTo(Kind.GIVE_UP);
        assertThat(after.reason()).contains("still not done 4 d after it became ready").contains("auto.max_wait");
        AutoSettings oneHour = new AutoSettings(Map.of(), Map.of(), 12, Duration.ofHours(24), 8, "s.json",
                Duration.ofHours(1));
        assertThat(AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, CONVENTIONAL,
                ready.plus(Duration.ofHours(1)), oneHour, failedTwice).kind()).isEqualTo(Kind.GIVE_UP);
        assertThat(AutoPlanner.decideNextAction(RaceStatus.SCHEDULED, EventFormat.CONVENTIONAL, CONVENTIONAL,
                ready.plus(Duration.ofDays(30)), SETTINGS, History.none()).kind())
                .as("never tried: run it once first").isEqualTo(Kind.RUN);
    }
}
