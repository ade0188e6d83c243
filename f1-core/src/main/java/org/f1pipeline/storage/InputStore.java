package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.RaceKey;

/**
 * Input versions and the versions derived rows were computed from: how the pipeline knows which season statistics,
 * features and predictions are stale (docs/reliability.md, "Derived data knows its inputs").
 *
 * <p>The stores record inputs themselves: every write of qualifying, sprint qualifying, results, laps, FP2 long
 * runs or conditions calls {@link #touch} in the same transaction, so an input cannot change without its version
 * changing, whoever writes it. A replace that stores exactly the set already stored (same digest) changes no
 * version, so re-running an ingest job stales nothing. The compute jobs and the recompute record what they read
 * with {@link #recordDerived}.
 */
public interface InputStore {

    /** The digest of a write whose complete set the store did not see (an upsert): always a change. */
    long UNKNOWN_DIGEST = 0L;

    /**
     * Records a write of {@code kind} for {@code race} whose complete stored set has {@code digest}: unless the
     * recorded digest is the same known digest, the input gets a new version (one more than the greatest version
     * recorded in the database).
     *
     * @return whether a new version was recorded
     * @throws StorageException when the race does not exist
     */
    boolean touch(RaceKey race, InputKind kind, long digest);

    /** Input versions of seasons {@code fromSeason..toSeason}, by season, round, kind. */
    List<InputVersion> inputVersions(int fromSeason, int toSeason);

    /** Each season's input version (its races' greatest), for the seasons with a recorded input, by season. */
    default Map<Integer, Long> seasonVersions(int fromSeason, int toSeason) {
        Map<Integer, Long> out = new TreeMap<>();
        inputVersions(fromSeason, toSeason).forEach(v -> out.merge(v.race().season(), v.version(), Math::max));
        return out;
    }

    /**
     * Records derived computations: a prediction record is added (one per version, keyed by its
     * {@code computedAt}); any other replaces the record of its (season, round, kind, model).
     */
    void recordDerived(Collection<DerivedVersion> rows);

    /**
     * Derived records of seasons {@code fromSeason..toSeason}, by season, round, kind, model, computedAt.
     */
    List<DerivedVersion> derivedVersions(int fromSeason, int toSeason);
}
