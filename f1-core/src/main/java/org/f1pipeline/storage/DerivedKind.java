package org.f1pipeline.storage;

import org.f1pipeline.domain.RaceType;

/** The kinds of derived rows whose inputs are recorded ({@link DerivedVersion}). */
public enum DerivedKind {
    /** A season's driver and team statistics (round 0, no model). */
    SEASON_STATS,
    /** The grand-prix feature rows of a race under one model. */
    FEATURES,
    /** The sprint feature rows of a race under one model. */
    SPRINT_FEATURES,
    /** One grand-prix prediction version. */
    PREDICTION,
    /** One sprint prediction version. */
    SPRINT_PREDICTION;

    /** The features kind of {@code type}. */
    public static DerivedKind features(RaceType type) {
        return type == RaceType.SPRINT ? SPRINT_FEATURES : FEATURES;
    }

    /** The prediction kind of {@code type}. */
    public static DerivedKind prediction(RaceType type) {
        return type == RaceType.SPRINT ? SPRINT_PREDICTION : PREDICTION;
    }

    /** Whether one row is kept per computation (predictions are versions) rather than one per key. */
    public boolean versioned() {
        return this == PREDICTION || this == SPRINT_PREDICTION;
    }
}
