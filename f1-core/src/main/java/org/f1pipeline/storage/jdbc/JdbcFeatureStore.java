package org.f1pipeline.storage.jdbc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.FeatureStore;

/**
 * {@link FeatureStore} over the {@code feature_sets} table (schema V7, decision D88): one row per race, type and
 * model version, holding every driver's scores and raw score as one JSON array ordered by driver id
 * ({@link EventJson}). A set is always computed, written and read whole, so one row per set is what it costs: a
 * full recompute of 2000-2025 writes about 530 rows instead of 11,000 (with their key index entries). The view
 * {@code features} shows the same rows per driver, in the columns of schema V1.
 */
final class JdbcFeatureStore implements FeatureStore {

    private static final Sql.Upsert SETS = Sql.upsert("feature_sets",
            Sql.columns("season, round, race_type, model_version"),
            Sql.columns("season, round, race_type, model_version, rows_json"));
    private static final String KEY_MATCH = " WHERE season = ? AND round = ? AND race_type = ? AND model_version = ?";

    private final JdbcSession session;

    JdbcFeatureStore(JdbcSession session) {
        this.session = session;
    }

    /** One race's stored set: its key and its rows by driver id. */
    private record FeatureSet(RaceKey race, RaceType type, String modelVersion, Map<String, FeatureRow> rows) {
    }

    /**
     * Merges the rows into their races' stored sets (a driver's row replaces the stored one of that driver; the
     * other drivers' rows stay): one read and one write per set touched.
     */
    @Override
    public void upsertFeatures(Collection<FeatureRow> rows) {
        Objects.requireNonNull(rows, "rows");
        for (FeatureRow row : rows) {
            Objects.requireNonNull(row, "rows must not contain null");
        }
        verify("upsert features", rows);
        Map<List<Object>, FeatureSet> sets = new LinkedHashMap<>();
        for (FeatureRow row : rows) {
            FeatureSet set = sets.computeIfAbsent(List.of(row.race(), row.type(), row.modelVersion()), k -> {
                FeatureSet stored = new FeatureSet(row.race(), row.type(), row.modelVersion(), new TreeMap<>());
                features(row.race(), row.type(), row.modelVersion()).forEach(f -> stored.rows().put(
                        f.driver().value(), f));
                return stored;
            });
            set.rows().put(row.driver().value(), row);
        }
        write("upsert features", sets.values());
    }

    @Override
    public void replaceFeatures(RaceKey race, RaceType type, String modelVersion, Collection<FeatureRow> rows) {
        replaceFeatures(List.of(Objects.requireNonNull(race, "race")), type, modelVersion, rows);
    }

    /**
     * One parent check, one batch of deletes for the races left without rows, and one upsert of the other races'
     * sets, however many races. The upsert skips every set whose text did not change, so recomputing unchanged
     * history rewrites nothing.
     */
    @Override
    public void replaceFeatures(Collection<RaceKey> races, RaceType type, String modelVersion,
                                Collection<FeatureRow> rows) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(rows, "rows");
        Map<RaceKey, FeatureSet> sets = new TreeMap<>();
        for (RaceKey race : Objects.requireNonNull(races, "races")) {
            Objects.requireNonNull(race, "races must not contain null");
            sets.put(race, new FeatureSet(race, type, modelVersion, new TreeMap<>()));
        }
        for (FeatureRow row : rows) {
            FeatureSet set = row == null ? null : sets.get(row.race());
            Sql.belongs(set != null && row.type() == type && row.modelVersion().equals(modelVersion), "rows", row,
                    type + " features of the listed races under model " + modelVersion);
            set.rows().put(row.driver().value(), row); // of two rows of one driver, the later wins
        }
        verify("replace features", rows);
        List<FeatureSet> empty = sets.values().stream().filter(s -> s.rows().isEmpty()).toList();
        if (!empty.isEmpty()) {
            session.batch("replace features", "DELETE FROM feature_sets" + KEY_MATCH, empty,
                    (p, set) -> p.race(set.race()).type(type).text(modelVersion));
        }
        write("replace features", sets.values().stream().filter(s -> !s.rows().isEmpty()).toList());
    }

    private void verify(String operation, Collection<FeatureRow> rows) {
        Parents parents = new Parents();
        rows.forEach(f -> parents.race(f.race()).driver(f.driver()));
        parents.verify(session, operation);
    }

    private void write(String operation, Collection<FeatureSet> sets) {
        if (sets.isEmpty()) {
            return;
        }
        session.upsert(operation, SETS, sets, null,
                (p, set) -> p.race(set.race()).type(set.type()).text(set.modelVersion())
                        .text(EventJson.features(set.rows().values())));
    }

    @Override
    public List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modelVersion, "modelVersion");
        return session.queryOne("read features", "SELECT rows_json FROM feature_sets" + KEY_MATCH,
                        p -> p.race(race).type(type).text(modelVersion), r -> r.text("rows_json"))
                .map(json -> EventJson.features(json, race, type, modelVersion, "feature_sets.rows_json"))
                .orElse(List.of());
    }
}
