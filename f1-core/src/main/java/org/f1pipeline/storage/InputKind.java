package org.f1pipeline.storage;

import org.f1pipeline.domain.RaceType;

/**
 * The kinds of stored data the model's derived rows (season statistics, features, predictions) are computed from.
 * Every write of one of them through the stores records an {@link InputVersion} for its race (see
 * {@link InputStore}); docs/reliability.md, "Derived data knows its inputs".
 */
public enum InputKind {
    /** Grand-prix qualifying classification (the grand-prix grid). */
    QUALIFYING,
    /** Sprint qualifying / shootout classification. */
    SPRINT_QUALIFYING,
    /** Grand-prix results. */
    RESULTS,
    /** Sprint results (their grid is the sprint's grid when no sprint qualifying was held). */
    SPRINT_RESULTS,
    /** Grand-prix laps. */
    LAPS,
    /** Sprint laps. */
    SPRINT_LAPS,
    /** FP2 long runs. */
    LONG_RUNS,
    /** Observed grand-prix conditions. */
    CONDITIONS,
    /** Observed sprint conditions. */
    SPRINT_CONDITIONS;

    /** The results kind of {@code type}. */
    public static InputKind results(RaceType type) {
        return type == RaceType.SPRINT ? SPRINT_RESULTS : RESULTS;
    }

    /** The laps kind of {@code type}. */
    public static InputKind laps(RaceType type) {
        return type == RaceType.SPRINT ? SPRINT_LAPS : LAPS;
    }

    /** The conditions kind of {@code type}. */
    public static InputKind conditions(RaceType type) {
        return type == RaceType.SPRINT ? SPRINT_CONDITIONS : CONDITIONS;
    }

    /**
     * Whether the prediction of the {@code type} session of the same weekend reads this input (its pre-session
     * data, see {@link org.f1pipeline.model.Weekend}): the qualifying classifications and FP2 long runs for both,
     * and for a sprint also its results (the sprint's grid when no sprint qualifying was held).
     */
    public boolean readBefore(RaceType type) {
        return switch (this) {
            case QUALIFYING, SPRINT_QUALIFYING, LONG_RUNS -> true;
            case SPRINT_RESULTS -> type == RaceType.SPRINT;
            default -> false;
        };
    }
}
