package org.f1pipeline.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.internal.ingest.SessionStarts;

/**
 * The decisions of auto mode, as pure functions of their inputs (no storage, no clock, no I/O), so every case is a
 * plain unit test. This is the seed's {@code decide_next_action} (seed-engine.md section 7) with its defects fixed:
 * sessions are looked up by name, never by position (E1); readiness counts from the session's end plus a delay
 * (F4); cancelled races are skipped; a step that keeps failing is given up after a number of attempts instead of
 * blocking the runner forever (E3); and the schedule and roster are re-synced when stale (F3).
 */
public final class AutoPlanner {

    /** First season the non-legacy ingest jobs handle. */
    static final int FIRST_MODERN_SEASON = 2018;

    private AutoPlanner() {
    }

    /** A step of a race weekend: the session it waits for and the status it moves the race to. */
    public enum Step {
        /** Sprint qualifying (2024+) or sprint shootout (2023): sprint grid, then the sprint prediction. */
        SPRINT_QUALIFYING(SessionType.SPRINT_QUALIFYING),
        /** The sprint: results, then fresh season statistics. */
        SPRINT(SessionType.SPRINT),
        /** Grand-prix qualifying: the grid, FP2 long runs, then the grand-prix prediction. */
        QUALIFYING(SessionType.QUALIFYING),
        /** The grand prix: results (the race becomes completed), then fresh season statistics. */
        RACE(SessionType.RACE);

        private final SessionType session;

        Step(SessionType session) {
            this.session = session;
        }

        /** The session whose data this step ingests. */
        public SessionType session() {
            return session;
        }

        /** The lower-case name used in the state file and in output, e.g. {@code sprint_qualifying}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The job chain of this step for a weekend of {@code format} in {@code season}: the seed's chains, with
         * {@code ingest_fp2} only where the weekend has an FP2 session and the legacy ingest jobs before 2018.
         */
        public List<Job> chain(EventFormat format, int season) {
            boolean legacy = season < FIRST_MODERN_SEASON;
            List<Job> jobs = new ArrayList<>();
            switch (this) {
                case SPRINT_QUALIFYING -> jobs.addAll(List.of(Job.INGEST_SPRINT_QUALIFYING,
                        Job.COMPUTE_SPRINT_FEATURES, Job.COMPUTE_SPRINT_PREDICTIONS));
                case SPRINT -> jobs.addAll(List.of(Job.INGEST_SPRINT, Job.COMPUTE_SEASON_STATS));
                case QUALIFYING -> {
                    jobs.add(legacy ? Job.INGEST_QUALIFYING_LEGACY : Job.INGEST_QUALIFYING);
                    if (!legacy && (format == EventFormat.CONVENTIONAL || format == EventFormat.SPRINT)) {
                        jobs.add(Job.INGEST_FP2);
                    }
                    jobs.addAll(List.of(Job.COMPUTE_FEATURES, Job.COMPUTE_PREDICTIONS));
                }
                case RACE -> jobs.addAll(List.of(legacy ? Job.INGEST_RACE_LEGACY : Job.INGEST_RACE,
                        Job.COMPUTE_SEASON_STATS));
                default -> throw new IllegalStateException(name());
            }
            return List.copyOf(jobs);
        }
    }

    /** What to do about a race now. */
    public enum Kind {
        /** Run the step's chain. */
        RUN,
        /** The step's session is not over (plus delay) yet, or its start time is unknown. */
        WAIT,
        /** The step failed {@code maxAttempts} times: mark it given up and decide again. */
        GIVE_UP,
        /** Nothing left for this race: completed, cancelled, or every remaining step given up. */
        DONE
    }

    /**
     * A decision.
     *
     * @param kind    what to do
     * @param step    the step concerned (null for {@link Kind#DONE})
     * @param readyAt when the step becomes (or became) ready; null when unknown
     * @param reason  one human sentence
     */
    public record Decision(Kind kind, Step step, Instant readyAt, String reason) {
    }

    /**
     * What is known about one race's earlier attempts.
     *
     * @param attempts failed runs per step
     * @param givenUp  steps given up
     */
    public record History(Map<Step, Integer> attempts, Set<Step> givenUp) {

        /** Freezes the collections. */
        public History {
            attempts = Map.copyOf(attempts);
            givenUp = Set.copyOf(givenUp);
        }

        /** No attempts yet. */
        public static History none() {
            return new History(Map.of(), Set.of());
        }

        int attempts(Step step) {
            return attempts.getOrDefault(step, 0);
        }
    }

    /**
     * Decides the next action for a race, as the seed's auto runner did, fixed.
     *
     * @param status        the race's stored status
     * @param format        its weekend format
     * @param sessionStarts start time of each session, by name
     * @param now           the current instant
     * @param settings      durations, delays and the attempt limit
     * @param history       earlier failures and given-up steps of this race
     * @return the decision
     */
    public static Decision decideNextAction(RaceStatus status, EventFormat format,
                                            Map<SessionType, Instant> sessionStarts, Instant now,
                                            AutoSettings settings, History history) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(format, "format");
        if (status == RaceStatus.CANCELLED) {
            return new Decision(Kind.DONE, null, null, "the race is cancelled: skipped");
        }
        if (status == RaceStatus.COMPLETED) {
            return new Decision(Kind.DONE, null, null, "the race is completed");
        }
        Step step = nextStep(status, format, history.givenUp());
        if (step == null) {
            return new Decision(Kind.DONE, null, null, "every remaining step was given up");
        }
        Instant start = sessionStarts.get(step.session());
        if (start == null) {
            return new Decision(Kind.WAIT, step, null, "the schedule has no start time for "
                    + step.session().name().toLowerCase(Locale.ROOT) + "; the schedule will be synced again");
        }
        Instant readyAt = start.plus(settings.readyAfterStart(step));
        if (now.isBefore(readyAt)) {
            return new Decision(Kind.WAIT, step, readyAt, step.wireName() + " data is expected from " + readyAt
                    + " (session end + " + human(settings.delays().get(step)) + ")");
        }
        int failed = history.attempts(step);
        if (failed > 0 && !now.isBefore(readyAt.plus(settings.maxWait()))) {
            return new Decision(Kind.GIVE_UP, step, readyAt, step.wireName() + " is still not done " + human(
                    settings.maxWait()) + " after it became ready at " + readyAt + " (" + failed + " failed runs;"
                    + " limit auto.max_wait): giving it up");
        }
        if (failed >= settings.maxAttempts()) {
            return new Decision(Kind.GIVE_UP, step, readyAt, step.wireName() + " failed " + failed
                    + " times (limit auto.max_attempts = " + settings.maxAttempts() + "): giving it up");
        }
        return new Decision(Kind.RUN, step, readyAt, step.wireName() + " is ready since " + readyAt
                + (failed > 0 ? " (attempt " + (failed + 1) + " of " + settings.maxAttempts() + ")" : ""));
    }

    /**
     * The step that moves the race on from {@code status}, skipping given-up steps as if they had succeeded: the
     * seed's state machine (section 4). A 2021-22 sprint weekend has no sprint qualifying, so its sprint follows
     * straight from {@code scheduled}.
     */
    static Step nextStep(RaceStatus status, EventFormat format, Set<Step> givenUp) {
        RaceStatus s = status;
        while (true) {
            switch (s) {
                case SCHEDULED -> {
                    if (!format.isSprint()) {
                        if (!givenUp.contains(Step.QUALIFYING)) {
                            return Step.QUALIFYING;
                        }
                        s = RaceStatus.QUALIFYING_DONE;
                    } else if (format.hasSprintQualifying() && !givenUp.contains(Step.SPRINT_QUALIFYING)) {
                        return Step.SPRINT_QUALIFYING;
                    } else {
                        s = RaceStatus.SPRINT_QUALIFYING_DONE;
                    }
                }
                case SPRINT_QUALIFYING_DONE -> {
                    if (!givenUp.contains(Step.SPRINT)) {
                        return Step.SPRINT;
                    }
                    s = RaceStatus.SPRINT_DONE;
                }
                case SPRINT_DONE -> {
                    if (!givenUp.contains(Step.QUALIFYING)) {
                        return Step.QUALIFYING;
                    }
                    s = RaceStatus.QUALIFYING_DONE;
                }
                case QUALIFYING_DONE -> {
                    return givenUp.contains(Step.RACE) ? null : Step.RACE;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /**
     * Whether the schedule and roster of the season should be synced before deciding (seed F3: the seed never did,
     * so new or replacement drivers were dropped until someone ran sync_season by hand).
     *
     * @param lastSync     when they were last synced by auto mode; null if never
     * @param now          the current instant
     * @param weekendStart start of the first session of the tracked race weekend; null when there is none
     * @param settings     the maximum age
     * @return true when never synced, older than {@code scheduleMaxAge}, or not synced since the tracked weekend
     *         began (late entry changes and session-time changes are published just before a weekend)
     */
    public static boolean needsScheduleSync(Instant lastSync, Instant now, Instant weekendStart,
                                            AutoSettings settings) {
        if (lastSync == null || !now.isBefore(lastSync.plus(settings.scheduleMaxAge()))) {
            return true;
        }
        return weekendStart != null && !now.isBefore(weekendStart) && lastSync.isBefore(weekendStart);
    }

    /**
     * The start of every session of {@code race}: the schedule's time, else the documented fallback the jobs and
     * the backfill use ({@code SessionStarts}: midnight UTC of the session's usual day), so a schedule that has
     * dates but no session times (Jolpica's older seasons) never leaves a step waiting for a time that will not
     * come.
     */
    public static Map<SessionType, Instant> sessionStarts(Race race) {
        Map<SessionType, Instant> starts = new java.util.EnumMap<>(SessionType.class);
        for (Step step : Step.values()) {
            starts.put(step.session(), SessionStarts.of(race, step.session()));
        }
        starts.putAll(race.sessionStarts());
        return starts;
    }

    private static String human(Duration d) {
        long minutes = d.toMinutes();
        return minutes % (24 * 60) == 0 && minutes > 0 ? minutes / (24 * 60) + " d"
                : minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }
}
