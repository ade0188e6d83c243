package org.f1pipeline.source.jolpica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.f1pipeline.source.jolpica.internal.Envelope;
import org.f1pipeline.source.jolpica.internal.ParseContext;

/**
 * Builds synthetic payloads shaped exactly like Jolpica's (every scalar a string, null keys omitted; see
 * data-sources.md section 1.5), with invented values. Used for malformed-payload and paging tests.
 */
public final class JolpicaJson {

    /** Shared mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JolpicaJson() {
    }

    /** Parses JSON text (tests write payloads as text blocks). */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A page envelope around {@code table}. */
    public static ObjectNode page(String path, int limit, int offset, int total, String tableKey, ObjectNode table) {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("xmlns", "").put("series", "f1").put("url", "https://api.jolpi.ca/ergast/f1/" + path + ".json")
                .put("limit", String.valueOf(limit)).put("offset", String.valueOf(offset))
                .put("total", String.valueOf(total));
        data.set(tableKey, table);
        ObjectNode root = MAPPER.createObjectNode();
        root.set("MRData", data);
        return root;
    }

    /** A {@code RaceTable} with the given races. */
    public static ObjectNode raceTable(String season, List<ObjectNode> races) {
        ObjectNode table = MAPPER.createObjectNode();
        table.put("season", season);
        ArrayNode arr = table.putArray("Races");
        races.forEach(arr::add);
        return table;
    }

    /** A race header (season, round, name, circuit, date, time). */
    public static ObjectNode race(int season, int round) {
        ObjectNode race = MAPPER.createObjectNode();
        race.put("season", String.valueOf(season)).put("round", String.valueOf(round))
                .put("url", "https://en.wikipedia.org/wiki/Test_GP").put("raceName", "Test Grand Prix " + round);
        ObjectNode circuit = race.putObject("Circuit");
        circuit.put("circuitId", "test_ring").put("url", "https://example.org").put("circuitName", "Test Ring");
        circuit.putObject("Location").put("lat", "47.2197").put("long", "-14.7647").put("locality", "Testville")
                .put("country", "Testland");
        race.put("date", season + "-07-02").put("time", "13:00:00Z");
        return race;
    }

    /** A driver object. */
    public static ObjectNode driver(String id) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("driverId", id).put("permanentNumber", "7").put("code", id.substring(0, 3).toUpperCase())
                .put("url", "https://example.org/" + id).put("givenName", "Given")
                .put("familyName", "Family_" + id).put("dateOfBirth", "1999-01-31").put("nationality", "Testish");
        return d;
    }

    /** A constructor object. */
    public static ObjectNode constructor(String id) {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("constructorId", id).put("url", "https://example.org/" + id).put("name", "Team " + id)
                .put("nationality", "Testish");
        return c;
    }

    /** A classified result row. */
    public static ObjectNode result(int position, String driverId, String constructorId) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("number", String.valueOf(position + 1)).put("position", String.valueOf(position))
                .put("positionText", String.valueOf(position)).put("points", position == 1 ? "25" : "0");
        r.set("Driver", driver(driverId));
        r.set("Constructor", constructor(constructorId));
        r.put("grid", String.valueOf(position)).put("laps", "50").put("status", "Finished");
        r.putObject("Time").put("millis", String.valueOf(5_000_000 + position * 1000))
                .put("time", position == 1 ? "1:23:20.001" : "+" + (position - 1) + ".000");
        ObjectNode fl = r.putObject("FastestLap");
        fl.put("rank", String.valueOf(position)).put("lap", "40");
        fl.putObject("Time").put("time", "1:10." + (100 + position));
        return r;
    }

    /** Wraps a payload as a parsed page envelope. */
    public static Envelope envelope(JsonNode root, String endpoint, String tableKey) {
        String url = root.path("MRData").path("url").asText("https://api.jolpi.ca/ergast/f1/test.json");
        return Envelope.read(root, new ParseContext(URI.create(url), endpoint), tableKey);
    }
}
