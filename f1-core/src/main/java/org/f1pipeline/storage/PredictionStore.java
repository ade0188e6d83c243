package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
     * Bulk {@link #add}: the result is that of adding the predictions one by one in iteration order (so of two
     * with the same key the later wins), but an adapter writes them with a few statements in all (the model
     * recompute adds a season's predictions with one call). A missing race or driver fails with a
     * {@link StorageException} named {@code add predictions} and then none of them is stored.
     *
     * <p>The default checks the list for nulls, then calls {@link #add} for each: a refused prediction then fails
     * as {@code add} does, after the earlier ones were written (the caller's transaction decides whether they
     * stay). Adapters override it with a set-based write.
     */
    default void addAll(Collection<Prediction> predictions) {
        Objects.requireNonNull(predictions, "predictions");
        predictions.forEach(p -> Objects.requireNonNull(p, "predictions must not contain null"));
        predictions.forEach(this::add);
    }

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
