package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
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

    /** The feature rows of (race, type, model), by driver. */
    List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion);
}
