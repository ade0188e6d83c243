package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.PredictionStore;

/**
 * {@link PredictionStore} over {@code predictions} (one row per prediction, key: race, type, model, computed-at)
 * and its child table {@code prediction_drivers} (one row per driver). Drivers are rows rather than JSON so that
 * "who was the favourite" can be asked in plain SQL; each driver's contribution map is JSON, like feature scores.
 */
final class JdbcPredictionStore implements PredictionStore {

    private static final String HEADER = "SELECT season, round, race_type, model_version, computed_at_ns, as_of_ns"
            + " FROM predictions WHERE season = ? AND round = ? AND race_type = ?";
    private static final String KEY_MATCH =
            "season = ? AND round = ? AND race_type = ? AND model_version = ? AND computed_at_ns = ?";

    private static final Sql.Upsert DRIVER_LINES = Sql.upsert("prediction_drivers",
            Sql.columns("season, round, race_type, model_version, computed_at_ns, driver_id"),
            Sql.columns("season, round, race_type, model_version, computed_at_ns, driver_id, probability, rank,"
                    + " raw_score, contributions_json"));

    private final JdbcSession session;

    JdbcPredictionStore(JdbcSession session) {
        this.session = session;
    }

    /** A prediction without its driver lines, as read from {@code predictions}. */
    private record Header(RaceKey race, RaceType type, String modelVersion, Instant computedAt, Instant asOf) {
    }

    /** One driver line with the key of the prediction it belongs to. */
    private record Line(String modelVersion, Instant computedAt, DriverPrediction driver) {
    }

    @Override
    public void add(Prediction prediction) {
        write("add prediction", List.of(Objects.requireNonNull(prediction, "prediction")));
    }

    @Override
    public void addAll(Collection<Prediction> predictions) {
        Objects.requireNonNull(predictions, "predictions");
        // Of two with the same key the later wins, as when added one by one; one header row per key.
        Map<List<Object>, Prediction> byKey = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            Objects.requireNonNull(p, "predictions must not contain null");
            byKey.put(List.of(p.race(), p.type(), p.modelVersion(), p.computedAt()), p);
        }
        write("add predictions", byKey.values());
    }

    /**
     * Parent check, then a batch per statement: delete the same keys (a retry replaces that one prediction; every
     * other stays; the schema's {@code ON DELETE CASCADE} removes its driver lines with it), insert the headers,
     * insert every driver line. Four statements or batches for any number of predictions with distinct keys. The
     * driver lines go through the session's upsert, so that a large write (a recompute writes thousands of lines at
     * once) takes the dialect's bulk path; after the delete no line conflicts, so it only ever inserts.
     */
    private void write(String operation, Collection<Prediction> predictions) {
        Parents parents = new Parents();
        List<Map.Entry<Prediction, DriverPrediction>> lines = new ArrayList<>();
        for (Prediction prediction : predictions) {
            // An instant out of the storable range is refused here, before any statement has run.
            Jdbc.toEpochNanos(prediction.computedAt(), "prediction.computedAt");
            if (prediction.asOf() != null) {
                Jdbc.toEpochNanos(prediction.asOf(), "prediction.asOf");
            }
            parents.race(prediction.race());
            for (DriverPrediction d : prediction.drivers()) {
                parents.driver(d.driver());
                lines.add(Map.entry(prediction, d));
            }
        }
        parents.verify(session, operation);
        session.batch(operation, "DELETE FROM predictions WHERE " + KEY_MATCH, predictions,
                JdbcPredictionStore::bindKey);
        session.batch(operation, "INSERT INTO predictions (season, round, race_type, model_version, computed_at_ns,"
                + " as_of_ns) VALUES (?, ?, ?, ?, ?, ?)", predictions, (p, prediction) -> {
                    bindKey(p, prediction);
                    p.instant(prediction.asOf(), "prediction.asOf");
                });
        // Keys are distinct: one line per driver of predictions whose keys were made distinct by addAll.
        session.upsert(operation, DRIVER_LINES, lines, null,
                (p, line) -> {
                    bindKey(p, line.getKey());
                    DriverPrediction d = line.getValue();
                    p.text(d.driver().value()).real(d.probability()).integer(d.rank()).real(d.rawScore())
                            .text(JsonColumns.write(d.contributions()));
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
                JdbcPredictionStore::header).map(h -> withDrivers(List.of(h)).get(0));
    }

    @Override
    public Optional<Prediction> latest(RaceKey race, RaceType type, String modelVersion) {
        requireKey(race, type);
        Objects.requireNonNull(modelVersion, "modelVersion");
        return session.queryOne("read latest prediction", HEADER + " AND model_version = ?"
                        + " ORDER BY computed_at_ns DESC", p -> p.race(race).type(type).text(modelVersion),
                JdbcPredictionStore::header).map(h -> withDrivers(List.of(h)).get(0));
    }

    @Override
    public List<Prediction> history(RaceKey race, RaceType type) {
        requireKey(race, type);
        List<Header> headers = session.query("read prediction history", HEADER
                + " ORDER BY computed_at_ns, model_version", p -> p.race(race).type(type), JdbcPredictionStore::header);
        return headers.isEmpty() ? List.of() : withDrivers(headers);
    }

    /** Loads the driver lines of predictions that all share one (race, type), in one query. */
    private List<Prediction> withDrivers(List<Header> headers) {
        Header first = headers.get(0);
        Map<List<Object>, List<DriverPrediction>> lines = new LinkedHashMap<>();
        for (Header h : headers) {
            lines.put(List.of(h.modelVersion(), h.computedAt()), new ArrayList<>());
        }
        String filter = headers.size() == 1 ? " AND model_version = ? AND computed_at_ns = ?" : "";
        List<Line> rows = session.query("read prediction drivers", "SELECT model_version, computed_at_ns,"
                        + " driver_id, probability, rank, raw_score, contributions_json FROM prediction_drivers"
                        + " WHERE season = ? AND round = ? AND race_type = ?" + filter,
                p -> {
                    p.race(first.race()).type(first.type());
                    if (headers.size() == 1) {
                        p.text(first.modelVersion()).instant(first.computedAt(), "prediction.computedAt");
                    }
                },
                r -> new Line(r.text("model_version"), r.instant("computed_at_ns"),
                        new DriverPrediction(DriverId.of(r.text("driver_id")), r.doubleValue("probability"),
                                r.intValue("rank"), r.doubleValue("raw_score"), JsonColumns.read(
                                r.text("contributions_json"), "prediction_drivers.contributions_json"))));
        for (Line line : rows) {
            List<DriverPrediction> target = lines.get(List.of(line.modelVersion(), line.computedAt()));
            if (target != null) {
                target.add(line.driver());
            }
        }
        List<Prediction> result = new ArrayList<>();
        for (Header h : headers) {
            result.add(new Prediction(h.race(), h.type(), h.modelVersion(), h.computedAt(), h.asOf(),
                    lines.get(List.of(h.modelVersion(), h.computedAt()))));
        }
        return List.copyOf(result);
    }

    private static Header header(Row r) throws SQLException {
        return new Header(r.race(), r.type(), r.text("model_version"), r.instant("computed_at_ns"),
                r.instant("as_of_ns"));
    }

    private static void requireKey(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
    }
}
