package org.f1pipeline.storage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one derived computation was computed from: the greatest {@link InputVersion#version() input version} among
 * the inputs it read. It is stale when a later write changed one of those inputs (a greater version appeared).
 *
 * @param season       the season
 * @param round        the race's round; 0 for {@link DerivedKind#SEASON_STATS}
 * @param kind         what was computed
 * @param modelVersion the model of features and predictions; empty for season statistics
 * @param computedAt   when (for a prediction: its {@code computedAt}, which identifies the version)
 * @param inputVersion the greatest input version read (0: no input recorded yet)
 * @param recomputed   whether the recompute engine wrote it after the fact (a prediction written by
 *                     {@code compute_predictions} before its session is the honest pre-race version)
 */
public record DerivedVersion(int season, int round, DerivedKind kind, String modelVersion, Instant computedAt,
                             long inputVersion, boolean recomputed) {

    public DerivedVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modelVersion, "modelVersion");
        computedAt = Objects.requireNonNull(computedAt, "computedAt").truncatedTo(ChronoUnit.MILLIS);
        if (kind == DerivedKind.SEASON_STATS ? round != 0 || !modelVersion.isEmpty()
                : round < 1 || modelVersion.isEmpty()) {
            throw new IllegalArgumentException("derived version: season statistics have round 0 and no model, other"
                    + " kinds a round and a model; got round " + round + ", model '" + modelVersion + "' for " + kind);
        }
        if (inputVersion < 0) {
            throw new IllegalArgumentException("inputVersion must not be negative, was " + inputVersion);
        }
    }

    /** The season statistics record. */
    public static DerivedVersion seasonStats(int season, Instant computedAt, long inputVersion) {
        return new DerivedVersion(season, 0, DerivedKind.SEASON_STATS, "", computedAt, inputVersion, false);
    }
}
