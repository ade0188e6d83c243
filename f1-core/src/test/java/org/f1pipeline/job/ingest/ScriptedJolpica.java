package org.f1pipeline.job.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.source.jolpica.JolpicaJson;

/**
 * A scripted Jolpica: one page per path, registered by the test; every request is recorded and an unscripted path
 * fails the test. {@code fromCache} makes every answer look like a response-cache hit.
 */
final class ScriptedJolpica implements Fetcher {

    static final String BASE = "http://scripted.test/ergast/f1/";

    private final Map<String, ObjectNode> pages = new HashMap<>();
    final List<String> requested = new ArrayList<>();
    boolean fromCache;

    /** Serves {@code path} (e.g. {@code 1951/results}) as a race table with the given races. */
    ScriptedJolpica races(String path, int season, List<ObjectNode> races) {
        int rows = races.stream().mapToInt(r -> r.has("Results") ? r.get("Results").size()
                : r.has("QualifyingResults") ? r.get("QualifyingResults").size() : 1).sum();
        pages.put(path, JolpicaJson.page(path, 100, 0, rows, "RaceTable",
                JolpicaJson.raceTable(String.valueOf(season), races)));
        return this;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        URI uri = request.uri();
        String path = uri.getPath().replaceFirst("^/ergast/f1/", "").replaceFirst("\\.json$", "");
        requested.add(path);
        ObjectNode page = pages.get(path);
        if (page == null) {
            throw new AssertionError("unscripted request " + uri);
        }
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        return new FetchResponse(uri, 200, Map.of("Content-Type", List.of("application/json")), body, body.length,
                Duration.ZERO, fromCache);
    }
}
