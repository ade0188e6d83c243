package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.PredictionStore;

/**
 * {@link PredictionStore} over {@code predictions}: one row per prediction (key: race, type, model, computed-at)
 * holding its driver lines as one JSON array in rank order ({@link EventJson}; schema V7, decision D88). A
 * prediction is always written and read whole, so one row is what it costs: a full recompute of 2000-2025 adds
 * about 530 rows instead of 11,500. The view {@code prediction_drivers} shows the lines one per driver, in the
 * columns of schema V1, so that "who was the favourite" can still be asked in plain SQL.
 */
final class JdbcPredictionStore implements PredictionStore {

    private static final String HEADER = "SELECT season, round, race_type, model_version, computed_at_ns, as_of_ns,"
            + " drivers_json FROM predictions WHERE season = ? AND round = ? AND race_type = ?";
    private static final String KEY_MATCH =
            "season = ? AND round = ? AND race_type = ? AND model_version = ? AND computed_at_ns = ?";

    private final JdbcSession session;

    JdbcPredictionStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void add(Prediction prediction) {
        write("add prediction", List.of(Objects.requireNonNull(prediction, "prediction")));
    }

    @Override
    public void addAll(Collection<Prediction> predictions) {
        Objects.requireNonNull(predictions, "predictions");
        // Of two with the same key the later wins, as when added one by one; one row per key.
        Map<List<Object>, Prediction> byKey = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            Objects.requireNonNull(p, "predictions must not contain null");
            byKey.put(List.of(p.race(), p.type(), p.modelVersion(), p.computedAt()), p);
        }
        write("add predictions", byKey.values());
    }

    /**
     * Parent check, then two batches: delete the same keys (a retry replaces that one prediction; every other
     * stays), insert the rows.
     */
    private void write(String operation, Collection<Prediction> predictions) {
        Parents parents = new Parents();
        for (Prediction prediction : predictions) {
            // An instant out of the storable range is refused here, before any statement has run.
            Jdbc.toEpochNanos(prediction.computedAt(), "prediction.computedAt");
            if (prediction.asOf() != null) {
                Jdbc.toEpochNanos(prediction.asOf(), "prediction.asOf");
            }
            parents.race(prediction.race());
            for (DriverPrediction d : prediction.drivers()) {
                parents.driver(d.driver());
            }
        }
        parents.verify(session, operation);
        session.batch(operation, "DELETE FROM predictions WHERE " + KEY_MATCH, predictions,
                JdbcPredictionStore::bindKey);
        session.batch(operation, "INSERT INTO predictions (season, round, race_type, model_version, computed_at_ns,"
                + " as_of_ns, drivers_json) VALUES (?, ?, ?, ?, ?, ?, ?)", predictions, (p, prediction) -> {
                    bindKey(p, prediction);
                    p.instant(prediction.asOf(), "prediction.asOf").text(EventJson.lines(prediction.drivers()));
                });
    }

    private static void bindKey(Params p, Prediction prediction) throws SQLException {
        p.race(prediction.race()).type(prediction.type()).text(prediction.modelVersion())
                .instant(prediction.computedAt(), "prediction.computedAt");
    }

    @Override
    public Optional<Prediction> latest(RaceKey race, RaceType type) {
        requireKey(race, type);
        // Ties on computed-at between models are broken by model version so that the answer is stable.
        return session.queryOne("read latest prediction", HEADER
                        + " ORDER BY computed_at_ns DESC, model_version DESC", p -> p.race(race).type(type),
                JdbcPredictionStore::prediction);
    }

    @Override
    public Optional<Prediction> latest(RaceKey race, RaceType type, String modelVersion) {
        requireKey(race, type);
        Objects.requireNonNull(modelVersion, "modelVersion");
        return session.queryOne("read latest prediction", HEADER + " AND model_version = ?"
                        + " ORDER BY computed_at_ns DESC", p -> p.race(race).type(type).text(modelVersion),
                JdbcPredictionStore::prediction);
    }

    @Override
    public List<Prediction> history(RaceKey race, RaceType type) {
        requireKey(race, type);
        return session.query("read prediction history", HEADER + " ORDER BY computed_at_ns, model_version",
                p -> p.race(race).type(type), JdbcPredictionStore::prediction);
    }

    private static Prediction prediction(Row r) throws SQLException {
        return new Prediction(r.race(), r.type(), r.text("model_version"), r.instant("computed_at_ns"),
                r.instant("as_of_ns"), EventJson.lines(r.text("drivers_json"), "predictions.drivers_json"));
    }

    private static void requireKey(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
    }
}
