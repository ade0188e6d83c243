package org.f1pipeline.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.FeatureStore;

/**
 * {@link FeatureStore} over the {@code features} table. The score map is one JSON text column: it is always read
 * and written whole, its feature names are model-defined (a user model may have any), and JSON keeps their order.
 */
final class JdbcFeatureStore implements FeatureStore {

    private static final List<String> KEY = Sql.columns("season, round, race_type, model_version, driver_id");
    private static final List<String> FEATURE = Sql.columns(
            "season, round, race_type, model_version, driver_id, scores_json, raw_score");

    private final JdbcSession session;

    JdbcFeatureStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void upsertFeatures(Collection<FeatureRow> rows) {
        verify("upsert features", Objects.requireNonNull(rows, "rows"));
        write("upsert features", rows);
    }

    @Override
    public void replaceFeatures(RaceKey race, RaceType type, String modelVersion, Collection<FeatureRow> rows) {
        replaceFeatures(List.of(Objects.requireNonNull(race, "race")), type, modelVersion, rows);
    }

    /**
     * One parent check, one batch of deletes per pool size and one batch of upserts, however many races. Each
     * listed race loses the rows of drivers not among its new rows; the upsert then skips every row whose values
     * did not change, so recomputing unchanged history rewrites nothing (deleting the whole set first would
     * rewrite every row: on PostgreSQL that cost about 20 us a row).
     */
    @Override
    public void replaceFeatures(Collection<RaceKey> races, RaceType type, String modelVersion,
                                Collection<FeatureRow> rows) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(rows, "rows");
        Map<RaceKey, Set<String>> pools = new TreeMap<>();
        for (RaceKey race : Objects.requireNonNull(races, "races")) {
            pools.put(Objects.requireNonNull(race, "races must not contain null"), new TreeSet<>());
        }
        for (FeatureRow row : rows) {
            Set<String> pool = pools.get(row.race());
            Sql.belongs(pool != null && row.type() == type && row.modelVersion().equals(modelVersion), "rows", row,
                    type + " features of the listed races under model " + modelVersion);
            pool.add(row.driver().value());
        }
        verify("replace features", rows);
        // Statements differ by the number of drivers kept, so races are batched by pool size (a handful of sizes).
        Map<Integer, List<Map.Entry<RaceKey, Set<String>>>> bySize = new TreeMap<>();
        pools.entrySet().forEach(e -> bySize.computeIfAbsent(e.getValue().size(), n -> new ArrayList<>()).add(e));
        bySize.forEach((size, sets) -> session.batch("replace features", "DELETE FROM features WHERE season = ?"
                + " AND round = ? AND race_type = ? AND model_version = ?" + Sql.notIn("driver_id", size), sets,
                (p, set) -> {
                    p.race(set.getKey()).type(type).text(modelVersion);
                    for (String driver : set.getValue()) {
                        p.text(driver);
                    }
                }));
        write("replace features", rows);
    }

    private void verify(String operation, Collection<FeatureRow> rows) {
        Parents parents = new Parents();
        rows.forEach(f -> parents.race(f.race()).driver(f.driver()));
        parents.verify(session, operation);
    }

    private void write(String operation, Collection<FeatureRow> rows) {
        session.upsert(operation, Sql.upsert("features", KEY, FEATURE), rows,
                f -> List.of(f.race(), f.type(), f.modelVersion(), f.driver()),
                (p, f) -> p.race(f.race()).type(f.type()).text(f.modelVersion()).text(f.driver().value())
                        .text(JsonColumns.write(f.scores())).real(f.rawScore()));
    }

    @Override
    public List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modelVersion, "modelVersion");
        return session.query("read features", Sql.select("features", FEATURE) + " WHERE season = ? AND round = ?"
                        + " AND race_type = ? AND model_version = ? ORDER BY driver_id",
                p -> p.race(race).type(type).text(modelVersion),
                r -> new FeatureRow(r.race(), r.type(), r.text("model_version"), DriverId.of(r.text("driver_id")),
                        JsonColumns.read(r.text("scores_json"), "features.scores_json"), r.doubleValue("raw_score")));
    }
}
