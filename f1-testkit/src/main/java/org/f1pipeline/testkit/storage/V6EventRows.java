package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.jdbc.Migration;
import org.f1pipeline.storage.jdbc.MigrationRunner;

/**
 * Feature rows and predictions as schema V6 stored them (one row per driver, in {@code features} and
 * {@code prediction_drivers}), for the adapters' tests of migration V7 (one row per event, decision D88): an
 * adapter's test builds a V6 database, {@link #insert}s these rows with plain SQL, opens it with the adapter (which
 * migrates) and checks with {@link #assertMigrated} that the stores read back exactly these values and that the
 * {@code features} and {@code prediction_drivers} views show the same rows as the tables did.
 */
public final class V6EventRows {

    /** The race the rows belong to. */
    public static final RaceKey RACE = RaceKey.of(2024, 1);
    private static final String MODEL = "clogit-v1";
    private static final Instant FIRST = Instant.parse("2024-03-01T12:00:00.123Z");
    private static final Instant SECOND = Instant.parse("2024-03-02T15:59:00Z");
    private static final Instant AS_OF = Instant.parse("2024-03-02T15:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private V6EventRows() {
    }

    /**
     * Builds the schema of version 6 through {@code connection} from an adapter's {@code migrations} (its first six
     * are applied, and recorded as its migration runner records them; the caller commits).
     */
    public static void createSchemaV6(Connection connection, List<Migration> migrations) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + MigrationRunner.VERSION_TABLE
                    + " (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (Migration m : migrations) {
                if (m.version() > 6) {
                    continue;
                }
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO " + MigrationRunner.VERSION_TABLE + " (version, description, applied_at)"
                        + " VALUES (" + m.version() + ", '" + m.description() + "', '2026-01-01T00:00:00Z')");
            }
        }
    }

    /** Inserts the parents and the V6 rows through {@code connection} (the caller commits). */
    public static void insert(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO seasons (year) VALUES (2024)");
            s.execute("INSERT INTO circuits (circuit_id, name) VALUES ('bahrain', 'Bahrain International Circuit')");
            for (String driver : List.of("alonso", "de_vries", "max_verstappen")) {
                s.execute("INSERT INTO drivers (driver_id, family_name) VALUES ('" + driver + "', '" + driver + "')");
            }
            s.execute("INSERT INTO races (season, round, name, circuit_id, race_date, event_format, status)"
                    + " VALUES (2024, 1, 'Bahrain Grand Prix', 'bahrain', '2024-03-02', 'conventional', 'completed')");
            for (FeatureRow f : features()) {
                s.execute("INSERT INTO features (season, round, race_type, model_version, driver_id, scores_json,"
                        + " raw_score) VALUES (2024, 1, 'grand_prix', '" + MODEL + "', '" + f.driver().value() + "', '"
                        + json(f.scores()) + "', " + f.rawScore() + ")");
            }
            for (Prediction p : predictions()) {
                long computed = nanos(p.computedAt());
                s.execute("INSERT INTO predictions (season, round, race_type, model_version, computed_at_ns,"
                        + " as_of_ns) VALUES (2024, 1, 'grand_prix', '" + MODEL + "', " + computed + ", "
                        + nanos(p.asOf()) + ")");
                // Inserted in driver order, not rank order: the migration orders the lines by rank.
                List<DriverPrediction> byDriver = new ArrayList<>(p.drivers());
                byDriver.sort((a, b) -> a.driver().compareTo(b.driver()));
                for (DriverPrediction d : byDriver) {
                    s.execute("INSERT INTO prediction_drivers (season, round, race_type, model_version,"
                            + " computed_at_ns, driver_id, probability, rank, raw_score, contributions_json) VALUES"
                            + " (2024, 1, 'grand_prix', '" + MODEL + "', " + computed + ", '" + d.driver().value()
                            + "', " + d.probability() + ", " + d.rank() + ", " + d.rawScore() + ", '"
                            + json(d.contributions()) + "')");
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks, on the migrated database, the stores' reads ({@code storage}) and the views ({@code connection}, a
     * plain connection to the same database).
     */
    public static void assertMigrated(Storage storage, Connection connection) throws Exception {
        List<FeatureRow> features = storage.features().features(RACE, RaceType.GRAND_PRIX, MODEL);
        assertThat(features).as("feature rows, by driver id").containsExactlyElementsOf(features());
        for (int i = 0; i < features.size(); i++) {
            assertThat(List.copyOf(features.get(i).scores().keySet())).as("the model's feature order")
                    .isEqualTo(List.copyOf(features().get(i).scores().keySet()));
        }
        assertThat(storage.predictions().history(RACE, RaceType.GRAND_PRIX)).containsExactlyElementsOf(predictions());
        assertThat(storage.predictions().latest(RACE, RaceType.GRAND_PRIX)).contains(predictions().get(1));

        try (Statement s = connection.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT season, round, race_type, model_version, driver_id, scores_json,"
                    + " raw_score FROM features ORDER BY driver_id")) {
                while (r.next()) {
                    rows.add(r.getInt(1) + "/" + r.getInt(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                            + r.getString(5) + " " + read(r.getString(6)) + " " + r.getDouble(7));
                }
            }
            List<String> expected = new ArrayList<>();
            for (FeatureRow f : features()) {
                expected.add("2024/1 grand_prix " + MODEL + " " + f.driver().value() + " " + f.scores() + " "
                        + f.rawScore());
            }
            assertThat(rows).as("the features view").isEqualTo(expected);

            rows.clear();
            try (ResultSet r = s.executeQuery("SELECT computed_at_ns, driver_id, probability, rank, raw_score,"
                    + " contributions_json FROM prediction_drivers ORDER BY computed_at_ns, rank")) {
                while (r.next()) {
                    rows.add(r.getLong(1) + " " + r.getString(2) + " " + r.getDouble(3) + " " + r.getInt(4) + " "
                            + r.getDouble(5) + " " + read(r.getString(6)));
                }
            }
            expected.clear();
            for (Prediction p : predictions()) {
                for (DriverPrediction d : p.drivers()) {
                    expected.add(nanos(p.computedAt()) + " " + d.driver().value() + " " + d.probability() + " "
                            + d.rank() + " " + d.rawScore() + " " + d.contributions());
                }
            }
            assertThat(rows).as("the prediction_drivers view").isEqualTo(expected);
        }
    }

    /** The V6 feature rows, by driver id; one with many digits, and maps in the model's order (not alphabetic). */
    static List<FeatureRow> features() {
        return List.of(
                feature("alonso", -1.25, scores(0.69315, 0.0, -0.30000000000000004)),
                feature("de_vries", 0.0, scores(2.19722, 0.0, 0.1234567890123)),
                feature("max_verstappen", 3.141592653589793, scores(0.0, 1.0, 1.2e-7)));
    }

    /** Two versions of the race's prediction, oldest first. */
    static List<Prediction> predictions() {
        return List.of(
                new Prediction(RACE, RaceType.GRAND_PRIX, MODEL, FIRST, AS_OF.minusSeconds(86_400), List.of(
                        line("max_verstappen", 0.5, 1, 1.5), line("alonso", 0.3, 2, 0.25),
                        line("de_vries", 0.2, 3, -0.75))),
                new Prediction(RACE, RaceType.GRAND_PRIX, MODEL, SECOND, AS_OF, List.of(
                        line("alonso", 0.45412345678901234, 1, 1.0), line("max_verstappen", 0.4, 2, 0.9),
                        line("de_vries", 0.14587654321098766, 3, -0.5))));
    }

    private static FeatureRow feature(String driver, double raw, Map<String, Double> scores) {
        return new FeatureRow(RACE, RaceType.GRAND_PRIX, MODEL, DriverId.of(driver), scores, raw);
    }

    private static Map<String, Double> scores(double gridLog, double pole, double elo) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("grid_log", gridLog);
        m.put("pole", pole);
        m.put("driver_elo", elo);
        m.put("coef.grid_log", -1.5);
        m.put("fit.races", 372.0);
        return m;
    }

    private static DriverPrediction line(String driver, double probability, int rank, double raw) {
        Map<String, Double> contributions = new LinkedHashMap<>();
        contributions.put("grid_log", -raw / 3);
        contributions.put("pole", rank == 1 ? -1.1362 : 0.0);
        return new DriverPrediction(DriverId.of(driver), probability, rank, raw, contributions);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static String json(Map<String, Double> map) throws com.fasterxml.jackson.core.JsonProcessingException {
        return JSON.writeValueAsString(map);
    }

    private static Map<String, Double> read(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() {
        });
    }
}
