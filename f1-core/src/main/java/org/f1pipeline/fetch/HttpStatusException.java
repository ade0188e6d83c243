package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with a status the caller cannot use: a 4xx (never retried, except 429) or a 5xx that was
 * still failing after every attempt. {@link #bodySnippet()} holds the start of the error body (for example
 * Jolpica's {@code {"detail":"Bad Request: ..."}} or an HTML error page), at most about 200 characters.
 */
public class HttpStatusException extends FetchException {

    private final String bodySnippet;
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param uri         the URL requested
     * @param status      the HTTP status received
     * @param attempts    how many requests were sent
     * @param bodySnippet the start of the response body (may be empty, never null)
     * @param retryAfter  the wait the server asked for in {@code Retry-After} (e.g. on a 503), or null
     */
    public HttpStatusException(URI uri, int status, int attempts, String bodySnippet, Duration retryAfter) {
        this(uri, status, attempts, bodySnippet, retryAfter, "HTTP " + status + describe(bodySnippet), null);
    }

    /** For subclasses that phrase the detail themselves. */
    protected HttpStatusException(URI uri, int status, int attempts, String bodySnippet, Duration retryAfter,
                                  String detail, Throwable cause) {
        super(uri, status, attempts, detail, cause);
        this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
        this.retryAfter = retryAfter;
    }

    private static String describe(String snippet) {
        return snippet == null || snippet.isEmpty() ? "" : " " + snippet;
    }

    /** The start of the response body, at most about 200 characters; empty when there was none. */
    public String bodySnippet() {
        return bodySnippet;
    }

    /** The wait the server asked for in its {@code Retry-After} header, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public HttpStatusException withAttempts(int attempts) {
        return new HttpStatusException(uri(), status(), attempts, bodySnippet, retryAfter, detail(), this);
    }
}
