package org.f1pipeline.storage;

import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * Versioned predictions, keyed by (race, type, model version, computed-at). Adding never destroys an earlier
 * prediction; adding the same key again replaces that one prediction (so a retried job is idempotent).
 */
public interface PredictionStore {

    void add(Prediction prediction);

    /**
     * The most recently computed prediction of (race, type) under any model; when two models share the newest
     * {@code computedAt}, the greater model version (by string order) wins.
     */
    Optional<Prediction> latest(RaceKey race, RaceType type);

    /** The most recently computed prediction of (race, type) under that model. */
    Optional<Prediction> latest(RaceKey race, RaceType type, String modelVersion);

    /** Every prediction of (race, type), oldest first. */
    List<Prediction> history(RaceKey race, RaceType type);
}
