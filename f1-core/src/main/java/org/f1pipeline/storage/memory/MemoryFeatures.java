package org.f1pipeline.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.FeatureStore;

/** Feature rows partitioned by (race, type, model version), keyed by driver. */
final class MemoryFeatures implements FeatureStore {

    /** Partition key: one model's feature set for one race. */
    record FeatureSet(RaceKey race, RaceType type, String modelVersion) {
        static final Comparator<FeatureSet> ORDER = Comparator.comparing(FeatureSet::race)
                .thenComparing(FeatureSet::type).thenComparing(FeatureSet::modelVersion);

        static FeatureSet of(FeatureRow row) {
            return new FeatureSet(row.race(), row.type(), row.modelVersion());
        }
    }

    static final Slot<FeatureSet, DriverId, FeatureRow> FEATURES =
            Slot.partitioned("features", FeatureSet.ORDER, Comparator.<DriverId>naturalOrder());

    private final MemoryTransaction tx;

    MemoryFeatures(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void upsertFeatures(Collection<FeatureRow> rows) {
        List<FeatureRow> checked = check("upsert features", rows);
        Table<FeatureSet, DriverId, FeatureRow> table = tx.world().write(FEATURES);
        checked.forEach(row -> table.write(FeatureSet.of(row)).put(row.driver(), row));
    }

    @Override
    public void replaceFeatures(RaceKey race, RaceType type, String modelVersion, Collection<FeatureRow> rows) {
        String operation = "replace features";
        FeatureSet set = new FeatureSet(Checks.notNull(race, "race"), Checks.notNull(type, "type"),
                Checks.notBlank(modelVersion, "modelVersion"));
        List<FeatureRow> checked = Refs.rows(rows, operation);
        checked.forEach(row -> Refs.belongs(operation, "feature set", set, FeatureSet.of(row)));
        check(operation, checked);
        Map<DriverId, FeatureRow> fresh = new HashMap<>();
        checked.forEach(row -> fresh.put(row.driver(), row));
        tx.world().write(FEATURES).replace(set, fresh);
    }

    /** Every row and parent checked first, then each listed set replaced: all or nothing. */
    @Override
    public void replaceFeatures(Collection<RaceKey> races, RaceType type, String modelVersion,
                                Collection<FeatureRow> rows) {
        String operation = "replace features";
        Checks.notNull(type, "type");
        Checks.notBlank(modelVersion, "modelVersion");
        Map<RaceKey, Map<DriverId, FeatureRow>> fresh = new TreeMap<>();
        for (RaceKey race : Refs.rows(Checks.notNull(races, "races"), operation)) {
            fresh.put(race, new HashMap<>());
        }
        List<FeatureRow> checked = Refs.rows(rows, operation);
        for (FeatureRow row : checked) {
            Map<DriverId, FeatureRow> set = fresh.get(row.race());
            if (set == null || row.type() != type || !row.modelVersion().equals(modelVersion)) {
                throw new IllegalArgumentException(operation + ": every row must belong to a listed race, " + type
                        + " and model " + modelVersion + ", found " + row);
            }
            set.put(row.driver(), row);
        }
        check(operation, checked);
        Table<FeatureSet, DriverId, FeatureRow> table = tx.world().write(FEATURES);
        fresh.forEach((race, set) -> table.replace(new FeatureSet(race, type, modelVersion), set));
    }

    @Override
    public List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion) {
        FeatureSet set = new FeatureSet(Checks.notNull(race, "race"), Checks.notNull(type, "type"),
                Checks.notNull(modelVersion, "modelVersion"));
        return List.copyOf(tx.world().read(FEATURES).rows(set).values());
    }

    private List<FeatureRow> check(String operation, Collection<FeatureRow> rows) {
        List<FeatureRow> checked = Refs.rows(rows, operation);
        World world = tx.world();
        for (FeatureRow row : checked) {
            Refs.race(world, operation, row.race());
            Refs.driver(world, operation, row.driver());
        }
        return checked;
    }
}
