package org.f1pipeline.source.jolpica.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.fetch.internal.Snippets;

/**
 * A JSON node that knows its path ({@code MRData.RaceTable.Races[3].Results[7].Driver}), the page it came from and
 * the race it belongs to, so that every missing or malformed field becomes a {@link SourceFormatException} that
 * names all three. Immutable. Internal API.
 *
 * <p>Missing-value rule: an absent key, a JSON null, an empty string and the literal {@code "None"} all mean "no
 * value". Jolpica omits null keys in most objects, but builds result, qualifying and lap rows by hand with
 * {@code str(value)}, which turns a database null into {@code "None"} (serializers.py), and sends {@code ""} for a
 * qualifying segment entered without a time.
 */
public final class Node {

    private final JsonNode json;
    private final String path;
    private final ParseContext ctx;
    private final String race;
    /** Index of the first element of this node's arrays: non-zero for a part of a page read as a stream. */
    private final int firstIndex;

    private Node(JsonNode json, String path, ParseContext ctx, String race) {
        this(json, path, ctx, race, 0);
    }

    private Node(JsonNode json, String path, ParseContext ctx, String race, int firstIndex) {
        this.json = json;
        this.path = path;
        this.ctx = ctx;
        this.race = race;
        this.firstIndex = firstIndex;
    }

    /** Wraps a page's root document; the path of the root is empty, so children read {@code MRData...}. */
    public static Node root(JsonNode json, ParseContext ctx) {
        return new Node(json, "", ctx, null);
    }

    /**
     * Wraps one part of a page's table read as a stream ({@link PageStream}): {@code json} holds the table's other
     * fields and a slice of its list whose first element is element {@code firstIndex} of the page, so paths in
     * errors stay those of the whole page ({@code MRData.RaceTable.Races[57]}).
     */
    static Node tablePart(JsonNode json, String path, ParseContext ctx, int firstIndex) {
        return new Node(json, path, ctx, null, firstIndex);
    }

    /** The underlying Jackson node. */
    public JsonNode json() {
        return json;
    }

    /** The JSON path of this node, e.g. {@code MRData.RaceTable.Races[0]}. */
    public String path() {
        return path;
    }

    /** The page this node came from. */
    public ParseContext context() {
        return ctx;
    }

    /** The same node, labelled as belonging to {@code key} for error messages. */
    public Node inRace(RaceKey key) {
        return new Node(json, path, ctx, key.toString());
    }

    /** Whether the field has a value under the missing-value rule. */
    public boolean has(String name) {
        JsonNode child = json.get(name);
        return child != null && !isMissing(child);
    }

    /** A required child object or array; a missing one is a format error. */
    public Node field(String name) {
        return optField(name).orElseThrow(() -> error("missing required field " + childPath(name)));
    }

    /** A child that may be absent. */
    public Optional<Node> optField(String name) {
        JsonNode child = json.get(name);
        return child == null || isMissing(child) ? Optional.empty() : Optional.of(child(name, child));
    }

    /** The elements of a required array; an absent array or a non-array is a format error. */
    public List<Node> array(String name) {
        JsonNode child = json.get(name);
        if (child == null || child.isNull()) {
            throw error("missing required field " + childPath(name));
        }
        if (!child.isArray()) {
            throw error("expected an array at " + childPath(name) + ", found " + child.getNodeType());
        }
        return elements(name, child);
    }

    /** The elements of an array that may be absent (then empty). */
    public List<Node> optArray(String name) {
        JsonNode child = json.get(name);
        return child == null || child.isNull() ? List.of() : array(name);
    }

    /** A required scalar as text; missing (see the class comment) is a format error. */
    public String text(String name) {
        String value = optText(name);
        if (value == null) {
            throw error("missing required field " + childPath(name));
        }
        return value;
    }

    /** A scalar as text, or null when missing. Objects and arrays where a scalar belongs are format errors. */
    public String optText(String name) {
        JsonNode child = json.get(name);
        if (child == null || isMissing(child)) {
            return null;
        }
        if (!child.isValueNode()) {
            throw error("expected a value at " + childPath(name) + ", found " + child.getNodeType());
        }
        return child.asText().trim();
    }

    /** A required whole number. */
    public int integer(String name) {
        return parse(name, text(name), Values::integer);
    }

    /** A whole number, or null when missing. */
    public Integer optInteger(String name) {
        String value = optText(name);
        return value == null ? null : parse(name, value, Values::integer);
    }

    /** A long whole number (milliseconds), or null when missing. */
    public Long optLong(String name) {
        String value = optText(name);
        return value == null ? null : parse(name, value, Values::longInteger);
    }

    /** A decimal number, or null when missing. */
    public Double optDecimal(String name) {
        String value = optText(name);
        return value == null ? null : parse(name, value, Values::decimal);
    }

    /** A duration such as {@code "1:23.456"} in milliseconds, or null when missing or empty. */
    public Integer optDurationMs(String name) {
        String value = optText(name);
        if (value == null) {
            return null;
        }
        long ms = parse(name, value, Values::durationMs);
        if (ms > Integer.MAX_VALUE) {
            throw error("duration too long at " + childPath(name) + ": '" + value + "'");
        }
        return (int) ms;
    }

    /** A required ISO date ({@code YYYY-MM-DD}). */
    public LocalDate date(String name) {
        return parse(name, text(name), Node::isoDate);
    }

    /** An ISO date, or null when missing. */
    public LocalDate optDate(String name) {
        String value = optText(name);
        return value == null ? null : parse(name, value, Node::isoDate);
    }

    /** Parses the value of field {@code name} with {@code parser}, turning its failure into a format error. */
    public <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw error("bad value at " + childPath(name) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds a domain record from this node; a domain check that fails (a position out of range, an id with
     * upper-case letters) becomes a format error naming this node's path.
     */
    public <T> T build(String what, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error("invalid " + what + " at " + displayPath() + ": " + e.getMessage(), e);
        }
    }

    /** A format error at this node. */
    public SourceFormatException error(String problem) {
        return error(problem, null);
    }

    /** A format error at this node with a cause. */
    public SourceFormatException error(String problem, Throwable cause) {
        String where = ctx.endpoint() + (race == null ? "" : " race " + race);
        // The snippet is the offending object rather than the start of the body: far more useful on a 100-row page.
        return new SourceFormatException(ctx.uri(), where + ": " + problem + " [snippet: offending object]",
                Snippets.of(json.toString()), cause);
    }

    private String displayPath() {
        return path.isEmpty() ? "(root)" : path;
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private Node child(String name, JsonNode child) {
        return new Node(child, childPath(name), ctx, race);
    }

    private List<Node> elements(String name, JsonNode array) {
        List<Node> out = new ArrayList<>(array.size());
        String base = childPath(name);
        for (int i = 0; i < array.size(); i++) {
            out.add(new Node(array.get(i), base + "[" + (firstIndex + i) + "]", ctx, race));
        }
        return out;
    }

    private static boolean isMissing(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return true;
        }
        if (node.isTextual()) {
            String text = node.asText().trim();
            return text.isEmpty() || "None".equals(text);
        }
        return false;
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date like 2023-07-02, was '" + text + "'", e);
        }
    }
}
