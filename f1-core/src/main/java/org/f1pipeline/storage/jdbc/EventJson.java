package org.f1pipeline.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * The per-event JSON arrays of schema V7 (decision D88): a race's feature set ({@code feature_sets.rows_json}) and
 * a prediction's driver lines ({@code predictions.drivers_json}).
 *
 * <pre>
 * [{"driver_id":"alonso","raw_score":1.25,"scores":{"grid_log":0.69,...}}, ...]
 * [{"driver_id":"alonso","probability":0.31,"rank":1,"raw_score":1.25,"contributions":{...}}, ...]
 * </pre>
 *
 * <p>Numbers as {@link JsonColumns} writes them ({@code Double.toString}, read back to the same double), the score
 * and contribution maps in the model's order. The reader takes the members in any order and any spacing (a
 * PostgreSQL migration writes them with {@code json_build_object}), and ignores number and object members it does
 * not know, so that a later version may add some. Stateless.
 */
final class EventJson {

    private EventJson() {
    }

    /** A race's feature rows as one array, in the given order (the store sorts them by driver id). */
    static String features(Collection<FeatureRow> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 240 + 2).append('[');
        for (FeatureRow row : rows) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"driver_id\":");
            JsonColumns.string(out, row.driver().value());
            out.append(",\"raw_score\":");
            JsonColumns.number(out, row.rawScore());
            out.append(",\"scores\":");
            JsonColumns.object(out, row.scores());
            out.append('}');
        }
        return out.append(']').toString();
    }

    /**
     * A prediction's driver lines as one array, in the given order (the prediction's: by rank). About 200 characters
     * a line (a probability's 17 digits and the contributions), so the builder is sized for that.
     */
    static String lines(List<DriverPrediction> drivers) {
        StringBuilder out = new StringBuilder(drivers.size() * 210 + 2).append('[');
        for (DriverPrediction d : drivers) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"driver_id\":");
            JsonColumns.string(out, d.driver().value());
            out.append(",\"probability\":");
            JsonColumns.number(out, d.probability());
            out.append(",\"rank\":").append(d.rank()).append(",\"raw_score\":");
            JsonColumns.number(out, d.rawScore());
            out.append(",\"contributions\":");
            JsonColumns.object(out, d.contributions());
            out.append('}');
        }
        return out.append(']').toString();
    }

    /** The feature rows of one stored set. */
    static List<FeatureRow> features(String json, RaceKey race, RaceType type, String modelVersion, String column) {
        List<FeatureRow> rows = new ArrayList<>();
        for (Element e : read(json, column)) {
            rows.add(new FeatureRow(race, type, modelVersion, e.driver(column), e.map("scores", column),
                    e.number("raw_score", column)));
        }
        return rows;
    }

    /** The driver lines of one stored prediction. */
    static List<DriverPrediction> lines(String json, String column) {
        List<DriverPrediction> lines = new ArrayList<>();
        for (Element e : read(json, column)) {
            double rank = e.number("rank", column);
            if (rank != Math.rint(rank)) {
                throw new IllegalStateException("column " + column + " holds a rank that is not a whole number: "
                        + rank);
            }
            lines.add(new DriverPrediction(e.driver(column), e.number("probability", column), (int) rank,
                    e.number("raw_score", column), e.map("contributions", column)));
        }
        return lines;
    }

    /** One element of an array: its driver id, numbers and maps, by member name. */
    private record Element(String driverId, Map<String, Double> numbers, Map<String, Map<String, Double>> maps) {

        DriverId driver(String column) {
            if (driverId == null) {
                throw new IllegalStateException("column " + column + " holds an element without a driver_id");
            }
            return DriverId.of(driverId);
        }

        double number(String name, String column) {
            Double v = numbers.get(name);
            if (v == null) {
                throw new IllegalStateException("column " + column + " holds an element of " + driverId
                        + " without a number " + name);
            }
            return v;
        }

        Map<String, Double> map(String name, String column) {
            Map<String, Double> m = maps.get(name);
            if (m == null) {
                throw new IllegalStateException("column " + column + " holds an element of " + driverId
                        + " without an object " + name);
            }
            return m;
        }
    }

    private static List<Element> read(String json, String column) {
        try {
            JsonColumns.Reader in = new JsonColumns.Reader(json);
            List<Element> out = new ArrayList<>();
            in.expect('[');
            if (in.peek() == ']') {
                in.next();
            } else {
                while (true) {
                    out.add(element(in));
                    char c = in.next();
                    if (c == ']') {
                        break;
                    }
                    if (c != ',') {
                        throw new IllegalArgumentException("',' or ']' expected");
                    }
                }
            }
            if (in.peek() != 0) {
                throw new IllegalArgumentException("text after the array");
            }
            return out;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("column " + column + " does not hold a JSON array of driver elements: "
                    + json + " (" + e.getMessage() + ")", e);
        }
    }

    private static Element element(JsonColumns.Reader in) {
        String driver = null;
        Map<String, Double> numbers = new HashMap<>(4);
        Map<String, Map<String, Double>> maps = new HashMap<>(2);
        in.expect('{');
        if (in.peek() == '}') {
            in.next();
            return new Element(null, numbers, maps);
        }
        while (true) {
            String name = in.string();
            in.expect(':');
            char c = in.peek();
            if (name.equals("driver_id")) {
                driver = in.string();
            } else if (c == '{') {
                maps.put(name, in.members());
            } else {
                numbers.put(name, in.value());
            }
            char next = in.next();
            if (next == '}') {
                return new Element(driver, numbers, maps);
            }
            if (next != ',') {
                throw new IllegalArgumentException("',' or '}' expected");
            }
        }
    }
}
