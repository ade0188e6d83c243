package org.f1pipeline.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.internal.Json;
import org.f1pipeline.internal.Checks;

/**
 * A successful response and its metadata.
 *
 * @param uri       the URL requested
 * @param status    the HTTP status (2xx)
 * @param headers   response headers, looked up case-insensitively
 * @param body      the decoded body (gzip already undone); {@link #body()} returns a copy
 * @param bytes     bytes received on the wire (compressed size when gzip was used; the stored size for cache hits)
 * @param elapsed   time from sending the request to the end of the body (zero for cache hits)
 * @param fromCache whether the response came from the response cache
 * @param attempts  requests sent to obtain this response, retries included (0 for a cache hit)
 */
public record FetchResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body, long bytes,
                            Duration elapsed, boolean fromCache, int attempts) {

    /** Validates and freezes the fields; header names become case-insensitive. */
    public FetchResponse {
        Checks.notNull(uri, "uri");
        Checks.notNull(body, "body");
        Checks.notNull(elapsed, "elapsed");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Checks.notNull(headers, "headers").forEach((k, v) -> {
            if (k != null) {
                copy.put(k, List.copyOf(v));
            }
        });
        headers = Collections.unmodifiableMap(copy);
        if (attempts < 0) {
            throw new InvalidInputException("attempts", "attempts must be >= 0, was " + attempts);
        }
    }

    /**
     * A response obtained with one request, or none when it came from the cache (the form before
     * {@code attempts} existed).
     */
    public FetchResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body, long bytes,
                         Duration elapsed, boolean fromCache) {
        this(uri, status, headers, body, bytes, elapsed, fromCache, fromCache ? 0 : 1);
    }

    /** Same response, reporting {@code total} requests sent (the retry layer learns the count at the end). */
    public FetchResponse withAttempts(int total) {
        return new FetchResponse(uri, status, headers, body, bytes, elapsed, fromCache, total);
    }

    /** A copy of the body bytes (the record keeps its own array immutable). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Size of the decoded body in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body decoded as UTF-8, with a leading byte-order mark removed (the live-timing archive sends one). */
    public String text() {
        return Json.stripBom(new String(body, StandardCharsets.UTF_8));
    }

    /**
     * The body as text (as {@link #text()}), after checking that it is one well-formed JSON document; parse it with
     * the JSON library of your choice.
     *
     * @throws SourceFormatException for malformed or truncated JSON, trailing garbage, an empty body or an HTML page,
     *                               naming the URL and quoting the start of the body
     */
    public String jsonText() {
        Json.parse(this);
        return text();
    }

    /** Same response marked as served from the cache. */
    public FetchResponse asCached() {
        return new FetchResponse(uri, status, headers, body, bytes, Duration.ZERO, true, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchResponse r && r.uri.equals(uri) && r.status == status && r.headers.equals(headers)
                && Arrays.equals(r.body, body) && r.bytes == bytes && r.elapsed.equals(elapsed)
                && r.fromCache == fromCache && r.attempts == attempts;
    }

    @Override
    public int hashCode() {
        return 31 * uri.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "FetchResponse[" + status + " " + uri + ", " + body.length + " bytes"
                + (fromCache ? ", from cache" : ", " + elapsed.toMillis() + " ms") + "]";
    }
}
