package org.f1pipeline.source.jolpica;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.FetchException;

/**
 * An in-memory Jolpica for client tests: serves row lists registered per path, paginated like the real server
 * (data-sources.md section 1.4: the innermost row is the paging unit, races are regrouped per page and their header
 * repeated, limit clamped to {@link #maxLimit}). Records every request. Not thread-safe for registration.
 */
final class FakeJolpica implements Fetcher {

    /** One paging row: the race header it belongs to (null for flat lists), and the row object. */
    record Row(ObjectNode race, ObjectNode row, String lap) {
    }

    private record Table(String tableKey, String listKey, List<Row> rows) {
    }

    private final Map<String, Table> tables = new HashMap<>();
    private final List<FetchRequest> requests = new CopyOnWriteArrayList<>();
    private int maxLimit = 100;
    private int totalDriftAfterFirstPage;
    private int driftTimes;
    private int dropRows;

    /** Registers a race-grouped table (results, sprint, qualifying, pitstops) or a flat one. */
    FakeJolpica serve(String path, String tableKey, String listKey, List<Row> rows) {
        tables.put(path, new Table(tableKey, listKey, List.copyOf(rows)));
        return this;
    }

    /** Makes the server clamp limits to {@code limit} (Jolpica clamps to 100). */
    FakeJolpica maxLimit(int limit) {
        this.maxLimit = limit;
        return this;
    }

    /**
     * Makes the next {@code times} pages after a first page report {@code delta} more rows in total (data changing
     * while paging).
     */
    FakeJolpica driftTotal(int delta, int times) {
        this.totalDriftAfterFirstPage = delta;
        this.driftTimes = times;
        return this;
    }

    /** Makes the server silently drop the last {@code n} rows while still counting them in total. */
    FakeJolpica dropRows(int n) {
        this.dropRows = n;
        return this;
    }

    List<FetchRequest> requests() {
        return requests;
    }

    List<String> requestedUrls() {
        return requests.stream().map(r -> r.uri().toString()).toList();
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        requests.add(request);
        URI uri = request.uri();
        String path = uri.getPath().replaceFirst("^/ergast/f1/", "").replaceFirst("\\.json$", "");
        Table table = tables.get(path);
        if (table == null) {
            throw new FetchException(uri, 404, 1, "HTTP 404 Not Found", null);
        }
        Map<String, String> query = new HashMap<>();
        for (String kv : Objects.requireNonNullElse(uri.getQuery(), "").split("&")) {
            String[] p = kv.split("=", 2);
            if (p.length == 2) {
                query.put(p[0], p[1]);
            }
        }
        int limit = Math.min(Integer.parseInt(query.getOrDefault("limit", "30")), maxLimit);
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        int served = table.rows().size() - dropRows;
        List<Row> slice = table.rows().subList(Math.min(offset, served), Math.min(served, offset + limit));
        int total = table.rows().size();
        if (offset > 0 && driftTimes > 0) {
            driftTimes--;
            total += totalDriftAfterFirstPage;
        }
        ObjectNode body = JolpicaJson.page(path, limit, offset, total, table.tableKey(), render(table, slice));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return new FetchResponse(uri, 200, Map.of("Content-Type", List.of("application/json")), bytes, bytes.length,
                Duration.ofMillis(1), false);
    }

    private static ObjectNode render(Table table, List<Row> slice) {
        ObjectNode out = JolpicaJson.MAPPER.createObjectNode();
        if (!table.tableKey().equals("RaceTable")) {
            ArrayNode list = out.putArray(table.listKey());
            slice.forEach(r -> list.add(r.row()));
            return out;
        }
        ArrayNode races = out.putArray("Races");
        ObjectNode currentRace = null;
        ObjectNode currentLap = null;
        for (Row r : slice) {
            if (r.race() == null) {
                // Schedule rows are races themselves.
                races.add(r.row());
                continue;
            }
            if (currentRace == null || !sameRace(currentRace, r.race())) {
                currentRace = r.race().deepCopy();
                currentRace.putArray(table.listKey());
                races.add(currentRace);
                currentLap = null;
            }
            ArrayNode list = (ArrayNode) currentRace.get(table.listKey());
            if (r.lap() == null) {
                list.add(r.row());
            } else {
                if (currentLap == null || !currentLap.get("number").asText().equals(r.lap())) {
                    currentLap = list.addObject();
                    currentLap.put("number", r.lap());
                    currentLap.putArray("Timings");
                }
                ((ArrayNode) currentLap.get("Timings")).add(r.row());
            }
        }
        return out;
    }

    private static boolean sameRace(ObjectNode a, ObjectNode b) {
        return a.get("season").equals(b.get("season")) && a.get("round").equals(b.get("round"));
    }

    /** Result rows for a race: positions 1..n with the given drivers. */
    static List<Row> resultRows(ObjectNode race, String... drivers) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < drivers.length; i++) {
            rows.add(new Row(race, JolpicaJson.result(i + 1, drivers[i], "team_" + (i % 10)), null));
        }
        return rows;
    }
}
