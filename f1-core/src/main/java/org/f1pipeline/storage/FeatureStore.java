package org.f1pipeline.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/** Model feature rows, keyed by (race, type, model version, driver). */
public interface FeatureStore {

    void upsertFeatures(Collection<FeatureRow> rows);

    /**
     * Makes {@code rows} the complete feature set of (race, type, model): a driver no longer in the pool loses
     * his row, so stale rows never take part in a softmax.
     */
    void replaceFeatures(RaceKey race, RaceType type, String modelVersion, Collection<FeatureRow> rows);

    /**
     * Bulk {@link #replaceFeatures(RaceKey, RaceType, String, Collection)}: for every listed race, its rows among
     * {@code rows} become the complete feature set of (race, type, model); a listed race without rows loses its
     * set. Sets of races not listed, of the other type and of other models are untouched. The result is that of
     * one single-race call per listed race, but an adapter makes it a few statements in all (the model recompute
     * writes a season's events of one race type with one call).
     *
     * <p>A row of a race that is not listed, or of another type or model, is a caller bug: the call throws
     * {@link IllegalArgumentException} before changing anything. A missing race or driver fails with a
     * {@link StorageException} named {@code replace features}, and then nothing of the call is stored.
     *
     * <p>The default checks every row, then calls the single-race method once per listed race, in race order;
     * a missing parent then fails that call, named {@code replace features}, after the earlier races were
     * written (the caller's transaction decides whether they stay). Adapters override it with a set-based write.
     *
     * @param races the races whose sets are replaced (duplicates are ignored)
     */
    default void replaceFeatures(Collection<RaceKey> races, RaceType type, String modelVersion,
                                 Collection<FeatureRow> rows) {
        Map<RaceKey, List<FeatureRow>> byRace = groupForReplace(races, type, modelVersion, rows);
        byRace.forEach((race, set) -> replaceFeatures(race, type, modelVersion, set));
    }

    /** The rows grouped by listed race (each present, in race order); refuses a row outside the listed sets. */
    private static Map<RaceKey, List<FeatureRow>> groupForReplace(Collection<RaceKey> races, RaceType type,
                                                                  String modelVersion, Collection<FeatureRow> rows) {
        Objects.requireNonNull(races, "races");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(rows, "rows");
        Map<RaceKey, List<FeatureRow>> byRace = new TreeMap<>();
        for (RaceKey race : races) {
            byRace.put(Objects.requireNonNull(race, "races must not contain null"), new ArrayList<>());
        }
        for (FeatureRow row : rows) {
            Objects.requireNonNull(row, "rows must not contain null");
            List<FeatureRow> set = byRace.get(row.race());
            if (set == null || row.type() != type || !row.modelVersion().equals(modelVersion)) {
                throw new IllegalArgumentException("replace features: every row must belong to a listed race, "
                        + type + " and model " + modelVersion + ", but got " + row);
            }
            set.add(row);
        }
        return byRace;
    }

    /** The feature rows of (race, type, model), by driver. */
    List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion);
}
