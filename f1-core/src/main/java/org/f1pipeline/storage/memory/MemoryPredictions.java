package org.f1pipeline.storage.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.PredictionStore;

/**
 * Versioned predictions partitioned by (race, type), keyed by (computed-at, model version): the history is the
 * partition in key order and the latest prediction is its last entry.
 */
final class MemoryPredictions implements PredictionStore {

    /** Partition key. */
    record Target(RaceKey race, RaceType type) {
        static final Comparator<Target> ORDER = Comparator.comparing(Target::race).thenComparing(Target::type);
    }

    /** Row key: computed-at first so that the partition is already in history order. */
    record Version(Instant computedAt, String modelVersion) {
        static final Comparator<Version> ORDER =
                Comparator.comparing(Version::computedAt).thenComparing(Version::modelVersion);
    }

    static final Slot<Target, Version, Prediction> PREDICTIONS =
            Slot.partitioned("predictions", Target.ORDER, Version.ORDER);

    private final MemoryTransaction tx;

    MemoryPredictions(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void add(Prediction prediction) {
        Checks.notNull(prediction, "prediction");
        write("add prediction", List.of(prediction));
    }

    @Override
    public void addAll(Collection<Prediction> predictions) {
        write("add predictions", Refs.rows(Checks.notNull(predictions, "predictions"), "add predictions"));
    }

    /** Every parent checked first, then the predictions put in order (a later one with the same key wins). */
    private void write(String operation, List<Prediction> predictions) {
        World world = tx.world();
        for (Prediction prediction : predictions) {
            Refs.race(world, operation, prediction.race());
            for (DriverPrediction line : prediction.drivers()) {
                Refs.driver(world, operation, line.driver());
            }
        }
        Table<Target, Version, Prediction> table = world.write(PREDICTIONS);
        for (Prediction prediction : predictions) {
            table.write(new Target(prediction.race(), prediction.type()))
                    .put(new Version(prediction.computedAt(), prediction.modelVersion()), prediction);
        }
    }

    @Override
    public Optional<Prediction> latest(RaceKey race, RaceType type) {
        NavigableMap<Version, Prediction> history = rows(race, type);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.lastEntry().getValue());
    }

    @Override
    public Optional<Prediction> latest(RaceKey race, RaceType type, String modelVersion) {
        Checks.notNull(modelVersion, "modelVersion");
        return rows(race, type).descendingMap().values().stream()
                .filter(prediction -> prediction.modelVersion().equals(modelVersion))
                .findFirst();
    }

    @Override
    public List<Prediction> history(RaceKey race, RaceType type) {
        return List.copyOf(rows(race, type).values());
    }

    private NavigableMap<Version, Prediction> rows(RaceKey race, RaceType type) {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        return tx.world().read(PREDICTIONS).rows(new Target(race, type));
    }
}
