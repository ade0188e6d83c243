package org.f1pipeline.storage.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(rows, "rows");
        for (FeatureRow row : rows) {
            Sql.belongs(row.race().equals(race) && row.type() == type && row.modelVersion().equals(modelVersion),
                    "rows", row, type + " features of race " + race + " under model " + modelVersion);
        }
        verify("replace features", rows);
        session.update("replace features", "DELETE FROM features WHERE season = ? AND round = ? AND race_type = ?"
                + " AND model_version = ?", p -> p.race(race).type(type).text(modelVersion));
        write("replace features", rows);
    }

    private void verify(String operation, Collection<FeatureRow> rows) {
        Parents parents = new Parents();
        rows.forEach(f -> parents.race(f.race()).driver(f.driver()));
        parents.verify(session, operation);
    }

    private void write(String operation, Collection<FeatureRow> rows) {
        session.upsert(operation, Sql.upsert(session.dialect(), "features", KEY, FEATURE), rows,
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
