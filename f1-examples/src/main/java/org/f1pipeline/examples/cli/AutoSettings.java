package org.f1pipeline.examples.cli;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.f1pipeline.examples.cli.AutoPlanner.Step;

/**
 * Settings of auto mode ({@code auto.*} in the config file).
 *
 * <p>A step is ready at session start + {@code durations[step]} (the session's typical length, so readiness counts
 * from the session's <em>end</em>) + {@code delays[step]} (how long the sources take to publish). The seed measured
 * from the session start with 1.5 h (sprint qualifying, sprint), 2 h (qualifying) and 3 h (race); the defaults
 * here keep those totals for sessions of typical length (45 min + 45 min, 1 h + 1 h, 2 h + 1 h), and a long session
 * (red flags) can be covered by raising the delay without touching the others. FastF1 documents data appearing
 * 30-120 min after a session ends.
 *
 * @param durations        typical session length per step
 * @param delays           wait after the session's end per step
 * @param maxAttempts      failed runs of one step after which it is given up (marked, and the runner moves on)
 * @param scheduleMaxAge   the schedule and roster are synced again when the last sync is older than this
 * @param maxActions       steps run at most per invocation (catching up after downtime runs several)
 * @param stateFile        where attempts, given-up steps and sync times are kept between runs
 * @param maxWait          a step that has failed at least once and is still not done this long after it became
 *                         ready is given up (exit 1, a {@code gave_up} line), whatever the attempt count: nothing
 *                         waits forever, even when cron runs rarely
 */
public record AutoSettings(Map<Step, Duration> durations, Map<Step, Duration> delays, int maxAttempts,
                           Duration scheduleMaxAge, int maxActions, String stateFile, Duration maxWait) {

    /** Default {@link #maxWait}: four days, past which a weekend's data is not coming before the next one. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofDays(4);

    /** Settings with the default {@link #maxWait}. */
    public AutoSettings(Map<Step, Duration> durations, Map<Step, Duration> delays, int maxAttempts,
                        Duration scheduleMaxAge, int maxActions, String stateFile) {
        this(durations, delays, maxAttempts, scheduleMaxAge, maxActions, stateFile, DEFAULT_MAX_WAIT);
    }

    /** Validates and freezes the fields; missing steps take their defaults. */
    public AutoSettings {
        durations = complete(durations, defaultDurations());
        delays = complete(delays, defaultDelays());
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalArgumentException("auto.max_attempts must be between 1 and 1000, was " + maxAttempts);
        }
        Objects.requireNonNull(scheduleMaxAge, "scheduleMaxAge");
        if (maxActions < 1 || maxActions > 100) {
            throw new IllegalArgumentException("auto.max_actions must be between 1 and 100, was " + maxActions);
        }
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("auto.max_wait must be positive, was " + maxWait);
        }
    }

    /**
     * Defaults: the durations and delays above, 12 attempts (3 hours at the seed's 15-minute cadence), schedule
     * re-synced daily and at the start of each race weekend, up to 8 steps per run, state in f1-auto-state.json.
     */
    public static AutoSettings ofDefaults() {
        return new AutoSettings(defaultDurations(), defaultDelays(), 12, Duration.ofHours(24), 8,
                "f1-auto-state.json");
    }

    /** Typical session lengths. */
    public static Map<Step, Duration> defaultDurations() {
        Map<Step, Duration> m = new EnumMap<>(Step.class);
        m.put(Step.SPRINT_QUALIFYING, Duration.ofMinutes(45));
        m.put(Step.SPRINT, Duration.ofMinutes(45));
        m.put(Step.QUALIFYING, Duration.ofHours(1));
        m.put(Step.RACE, Duration.ofHours(2));
        return m;
    }

    /** Publication delays after a session's end. */
    public static Map<Step, Duration> defaultDelays() {
        Map<Step, Duration> m = new EnumMap<>(Step.class);
        m.put(Step.SPRINT_QUALIFYING, Duration.ofMinutes(45));
        m.put(Step.SPRINT, Duration.ofMinutes(45));
        m.put(Step.QUALIFYING, Duration.ofHours(1));
        m.put(Step.RACE, Duration.ofHours(1));
        return m;
    }

    /** Session length plus publication delay of {@code step}: its readiness offset from the session start. */
    public Duration readyAfterStart(Step step) {
        return durations.get(step).plus(delays.get(step));
    }

    private static Map<Step, Duration> complete(Map<Step, Duration> given, Map<Step, Duration> defaults) {
        Map<Step, Duration> m = new EnumMap<>(defaults);
        if (given != null) {
            given.forEach((k, v) -> {
                if (v.isNegative()) {
                    throw new IllegalArgumentException("auto durations and delays must not be negative: " + k + " "
                            + v);
                }
                m.put(k, v);
            });
        }
        return Map.copyOf(m);
    }
}
