package org.f1pipeline.source.openf1.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.fetch.internal.Snippets;
import org.f1pipeline.source.openf1.OpenF1Gap;

/**
 * Typed access to one flat OpenF1 row. Internal API.
 *
 * <p>OpenF1 sends {@code null} for unknown values (a lap time on an out-lap, a speed trap that did not fire), so
 * {@code opt*} keeps JSON null and an absent key as Java null. {@code req*} is for the keys that identify a row: a
 * missing or null value there means the payload is not what the API promises, and becomes a
 * {@link SourceFormatException} naming the endpoint, the row index and the key.
 */
public final class RowReader {

    private final JsonNode row;
    private final URI source;
    private final String endpoint;
    private final int index;

    RowReader(JsonNode row, URI source, String endpoint, int index) {
        this.row = row;
        this.source = source;
        this.endpoint = endpoint;
        this.index = index;
    }

    /** A required integer (a JSON number without fraction). */
    public int reqInt(String key) {
        return toInt(key, required(key));
    }

    /** An optional integer; null when absent or JSON null. */
    public Integer optInt(String key) {
        JsonNode v = row.get(key);
        return v == null || v.isNull() ? null : toInt(key, v);
    }

    /** An optional number; null when absent or JSON null. */
    public Double optDouble(String key) {
        JsonNode v = row.get(key);
        return v == null || v.isNull() ? null : toDouble(key, v);
    }

    /** A required string. */
    public String reqString(String key) {
        JsonNode v = required(key);
        if (!v.isTextual()) {
            throw fail("key '" + key + "' must be a string, was " + v.getNodeType());
        }
        return v.asText();
    }

    /** An optional string; numbers and booleans are rendered as text (OpenF1 never casts e.g. gmt_offset). */
    public String optString(String key) {
        JsonNode v = row.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw fail("key '" + key + "' must be a string, was " + v.getNodeType());
        }
        return v.asText();
    }

    /** An optional boolean; accepts JSON booleans and the 0/1 integers some feeds use. */
    public Boolean optBool(String key) {
        JsonNode v = row.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber() && (v.asDouble() == 0 || v.asDouble() == 1)) {
            return v.asDouble() == 1;
        }
        throw fail("key '" + key + "' must be a boolean, was " + v);
    }

    /** A required timestamp. */
    public Instant reqInstant(String key) {
        return toInstant(key, required(key));
    }

    /** An optional timestamp. */
    public Instant optInstant(String key) {
        JsonNode v = row.get(key);
        return v == null || v.isNull() ? null : toInstant(key, v);
    }

    /** An optional gap: number of seconds, {@code "+N LAP(S)"}, the leader's {@code "LAP n"}, or null. */
    public OpenF1Gap optGap(String key) {
        JsonNode v = row.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        return toGap(key, v);
    }

    /** The value of {@code key} when it is an array, else null. Used for the qualifying [Q1, Q2, Q3] shapes. */
    public JsonNode arrayOrNull(String key) {
        JsonNode v = row.get(key);
        return v != null && v.isArray() ? v : null;
    }

    /** Elements of an array of numbers (nulls kept), as an unmodifiable list. */
    public List<Double> doubles(String key, JsonNode array) {
        List<Double> out = new ArrayList<>(array.size());
        for (JsonNode e : array) {
            out.add(e.isNull() ? null : toDouble(key, e));
        }
        return Collections.unmodifiableList(out);
    }

    /** Elements of an array of gaps (nulls kept), as an unmodifiable list. */
    public List<OpenF1Gap> gaps(String key, JsonNode array) {
        List<OpenF1Gap> out = new ArrayList<>(array.size());
        for (JsonNode e : array) {
            out.add(e.isNull() ? null : toGap(key, e));
        }
        return Collections.unmodifiableList(out);
    }

    /** A format error about this row. */
    public SourceFormatException fail(String problem) {
        return new SourceFormatException(source, "OpenF1 " + endpoint + " row " + index + ": " + problem,
                Snippets.of(row.toString()), null);
    }

    private JsonNode required(String key) {
        JsonNode v = row.get(key);
        if (v == null) {
            throw fail("missing required key '" + key + "'");
        }
        if (v.isNull()) {
            throw fail("required key '" + key + "' is null");
        }
        return v;
    }

    private int toInt(String key, JsonNode v) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 1e9) {
            return (int) v.asDouble();
        }
        throw fail("key '" + key + "' must be an integer, was " + v);
    }

    private double toDouble(String key, JsonNode v) {
        if (!v.isNumber()) {
            throw fail("key '" + key + "' must be a number, was " + v);
        }
        return v.doubleValue();
    }

    private Instant toInstant(String key, JsonNode v) {
        if (!v.isTextual()) {
            throw fail("key '" + key + "' must be an ISO date-time string, was " + v);
        }
        try {
            return OpenF1Dates.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw fail("key '" + key + "' is not an ISO date-time: '" + v.asText() + "'");
        }
    }

    private OpenF1Gap toGap(String key, JsonNode v) {
        if (v.isNumber()) {
            return OpenF1Gap.seconds(v.doubleValue());
        }
        if (v.isTextual()) {
            return OpenF1Gap.parse(v.asText());
        }
        throw fail("key '" + key + "' must be a number or text, was " + v);
    }
}
