package org.f1pipeline.examples.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;

/**
 * Finds the race an ingest job should run on when {@code --year}/{@code --round} are not given (seed-engine.md
 * section 8): the most recent race whose session has started and whose status says the job has not run yet.
 *
 * <p>Fixed against the seed: {@code ingest_race} looks for races in {@code qualifying_done} (the seed excluded that
 * status, so it could never find its target, defect F1); {@code ingest_fp2} still finds a race after qualifying
 * (the seed's chain runs it after ingest_qualifying); {@code ingest_sprint} also takes a 2021-22 sprint weekend
 * still {@code scheduled} (no sprint qualifying); cancelled races are never picked; and session times are compared
 * as instants, not as the server's local date.
 */
final class TargetDetector {

    private static final Set<RaceStatus> CLOSED = EnumSet.of(RaceStatus.COMPLETED, RaceStatus.CANCELLED);

    private TargetDetector() {
    }

    /** Whether {@code job} can find its own target. */
    static boolean detects(Job job) {
        return rule(job) != null;
    }

    /**
     * The race {@code job} should ingest.
     *
     * @param races the stored races to choose from (e.g. the season given with --year, or the current ones)
     * @param now   the current instant
     * @return the most recent eligible race, if any
     */
    static Optional<Race> detect(Job job, List<Race> races, Instant now) {
        Rule rule = rule(job);
        if (rule == null) {
            throw new IllegalArgumentException(job + " does not detect its target");
        }
        return races.stream()
                .filter(r -> !CLOSED.contains(r.status()) && rule.eligible.test(r))
                .filter(r -> !start(r, rule.session).isAfter(now))
                .max(Comparator.comparing((Race r) -> start(r, rule.session)).thenComparing(Race::key));
    }

    /** What the target must satisfy, in words, for the "nothing found" message. */
    static String describe(Job job) {
        Rule rule = rule(job);
        return rule == null ? "" : rule.description;
    }

    private record Rule(SessionType session, Predicate<Race> eligible, String description) {
    }

    private static Rule rule(Job job) {
        return switch (job) {
            case INGEST_QUALIFYING, INGEST_QUALIFYING_LEGACY -> new Rule(SessionType.QUALIFYING,
                    r -> r.status() != RaceStatus.QUALIFYING_DONE,
                    "a race whose qualifying has started and whose status is before qualifying_done");
            case INGEST_FP2 -> new Rule(SessionType.FP2, r -> true,
                    "a race whose FP2 has started and that is not completed");
            case INGEST_SPRINT_QUALIFYING -> new Rule(SessionType.SPRINT_QUALIFYING,
                    r -> r.format().hasSprintQualifying() && r.status() == RaceStatus.SCHEDULED,
                    "a sprint weekend whose sprint qualifying has started, still scheduled");
            case INGEST_SPRINT -> new Rule(SessionType.SPRINT,
                    r -> r.isSprintWeekend() && RaceStatus.BEFORE_SPRINT.contains(r.status()),
                    "a sprint weekend whose sprint has started, in scheduled or sprint_qualifying_done");
            case INGEST_RACE, INGEST_RACE_LEGACY -> new Rule(SessionType.RACE, r -> true,
                    "a race that has started and is not completed (qualifying_done included)");
            default -> null;
        };
    }

    /**
     * Start of {@code session}, or for schedules without times (before 2018 Jolpica gives only the race date) the
     * start of the earliest day it can have been held, so a race is never found before its session.
     */
    static Instant start(Race race, SessionType session) {
        return race.sessionStart(session).orElseGet(() -> {
            int daysBefore = switch (session) {
                case RACE -> 0;
                case SPRINT, FP3 -> 1;
                case QUALIFYING -> race.isSprintWeekend() ? 2 : 1;
                default -> 2;
            };
            return race.date().minusDays(daysBefore).atStartOfDay(ZoneOffset.UTC).toInstant();
        });
    }
}
