package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * One GET request and what the fetch layer needs to know about it.
 *
 * @param uri        the absolute http(s) URL
 * @param source     the source name ({@code "jolpica"}, {@code "openf1"}, {@code "livetiming"}, or any label); picks
 *                   the rate limiter when the URL does not match a configured base URL
 * @param endpoint   a short label for logs and events, e.g. {@code "laps"}
 * @param sessionEnd when the newest session covered by this response ended, or null if unknown or not
 *                   session-bound; a cached copy fetched long enough after this instant is immutable
 * @param headers    extra request headers (e.g. {@code Authorization}); never null
 * @param cacheMode  how the cache is used for this request
 * @param failFastWhenTooBig when true, a failure that means "this query is too big for the server"
 *                   ({@link RetryPolicy#isTooBig}) is returned after the first attempt instead of being retried: the
 *                   caller has a finer query to fall back on (OpenF1's per-session and shorter-window queries), and
 *                   retrying a query the server cannot answer only burns requests and time
 */
public record FetchRequest(URI uri, String source, String endpoint, Instant sessionEnd,
                           Map<String, String> headers, CacheMode cacheMode, boolean failFastWhenTooBig) {

    /** Validates and freezes the fields. */
    public FetchRequest {
        Checks.notNull(uri, "uri");
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new InvalidInputException("uri", "uri must be an absolute http(s) URL, was " + uri);
        }
        Checks.notBlank(source, "source");
        Checks.notBlank(endpoint, "endpoint");
        headers = Map.copyOf(Checks.notNull(headers, "headers"));
        Checks.notNull(cacheMode, "cacheMode");
    }

    /**
     * A request that is retried on every retryable failure (the form before {@code failFastWhenTooBig} existed).
     *
     * @param uri        the absolute http(s) URL
     * @param source     the source name
     * @param endpoint   the label for logs
     * @param sessionEnd end of the newest session covered, or null
     * @param headers    extra request headers
     * @param cacheMode  how the cache is used
     */
    public FetchRequest(URI uri, String source, String endpoint, Instant sessionEnd, Map<String, String> headers,
                        CacheMode cacheMode) {
        this(uri, source, endpoint, sessionEnd, headers, cacheMode, false);
    }

    /**
     * A request with no session bound, no extra headers and the default cache mode.
     *
     * @param source   the source name
     * @param endpoint the label for logs
     * @param uri      the URL
     * @return the request
     */
    public static FetchRequest of(String source, String endpoint, URI uri) {
        return new FetchRequest(uri, source, endpoint, null, Map.of(), CacheMode.USE);
    }

    /** A request for {@code uri} labelled with its host and path; handy in tests and JShell. */
    public static FetchRequest get(URI uri) {
        Checks.notNull(uri, "uri");
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return of(uri.getHost() == null ? "unknown" : uri.getHost(), path, uri);
    }

    /** Same request, bound to a session that ended at {@code end} (null for none). */
    public FetchRequest withSessionEnd(Instant end) {
        return new FetchRequest(uri, source, endpoint, end, headers, cacheMode, failFastWhenTooBig);
    }

    /** Same request with one more header. */
    public FetchRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Checks.notBlank(name, "header name"), Checks.notNull(value, "header value"));
        return new FetchRequest(uri, source, endpoint, sessionEnd, copy, cacheMode, failFastWhenTooBig);
    }

    /** Same request with another cache mode. */
    public FetchRequest withCacheMode(CacheMode mode) {
        return new FetchRequest(uri, source, endpoint, sessionEnd, headers, mode, failFastWhenTooBig);
    }

    /**
     * Same request, with too-big answers returned at once ({@code true}) or retried like other failures.
     *
     * @param failFast whether the caller falls back to a finer query when the server finds this one too big
     * @return the request
     */
    public FetchRequest withFailFastWhenTooBig(boolean failFast) {
        return new FetchRequest(uri, source, endpoint, sessionEnd, headers, cacheMode, failFast);
    }
}
