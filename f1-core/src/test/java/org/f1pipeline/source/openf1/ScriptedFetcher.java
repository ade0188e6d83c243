package org.f1pipeline.source.openf1;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;

/**
 * A fetcher answering from a script keyed by path and query (relative to the base URL), recording every request.
 * Unscripted URLs answer 404, so a test sees unexpected requests as failures.
 */
final class ScriptedFetcher implements Fetcher {

    static final String BASE = "https://api.openf1.org/v1/";

    private final Map<String, Function<URI, FetchResponse>> script = new LinkedHashMap<>();
    private final List<FetchRequest> requests = new ArrayList<>();

    /** Answers {@code pathAndQuery} with a JSON body (single quotes allowed). */
    ScriptedFetcher body(String pathAndQuery, String singleQuotedJson) {
        script.put(pathAndQuery, uri -> new FetchResponse(uri, 200, Map.of("Content-Type",
                List.of("application/json")), singleQuotedJson.replace('\'', '"').getBytes(StandardCharsets.UTF_8),
                singleQuotedJson.length(), Duration.ZERO, false));
        return this;
    }

    /** Answers {@code pathAndQuery} by throwing what {@code error} builds. */
    ScriptedFetcher fail(String pathAndQuery, Function<URI, RuntimeException> error) {
        script.put(pathAndQuery, uri -> {
            throw error.apply(uri);
        });
        return this;
    }

    @Override
    public synchronized FetchResponse fetch(FetchRequest request) {
        requests.add(request);
        String key = request.uri().toString().substring(BASE.length());
        Function<URI, FetchResponse> answer = script.get(key);
        if (answer == null) {
            throw new HttpStatusException(request.uri(), 404, 1, "not scripted: " + key, null);
        }
        return answer.apply(request.uri());
    }

    synchronized List<FetchRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<String> paths() {
        return requests.stream().map(r -> r.uri().toString().substring(BASE.length())).toList();
    }
}
