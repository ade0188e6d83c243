package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * The server kept answering HTTP 429 (Too Many Requests) until the retry budget ran out. The per-host limiter has
 * already slowed down; the usual fixes are fewer workers, a larger {@code rate_limit_delay}, or lower configured
 * rates for the source.
 */
public class RateLimitedException extends HttpStatusException {

    /**
     * Creates the exception.
     *
     * @param uri         the URL requested
     * @param attempts    how many requests were sent
     * @param retryAfter  the server's last {@code Retry-After}, or null when it sent none
     * @param bodySnippet the start of the 429 body (e.g. {@code {"detail":"Request was throttled."}})
     */
    public RateLimitedException(URI uri, int attempts, Duration retryAfter, String bodySnippet) {
        this(uri, attempts, retryAfter, bodySnippet, null);
    }

    private RateLimitedException(URI uri, int attempts, Duration retryAfter, String bodySnippet, Throwable cause) {
        super(uri, 429, attempts, bodySnippet, retryAfter, "rate limited (HTTP 429)"
                + (retryAfter == null ? "" : ", server asked to wait " + retryAfter.toSeconds() + " s")
                + (bodySnippet == null || bodySnippet.isEmpty() ? "" : " " + bodySnippet), cause);
    }

    /** For subclasses that phrase the detail themselves. */
    protected RateLimitedException(URI uri, int attempts, Duration retryAfter, String bodySnippet, String detail,
                                   Throwable cause) {
        super(uri, 429, attempts, bodySnippet, retryAfter, detail, cause);
    }

    @Override
    public RateLimitedException withAttempts(int attempts) {
        return new RateLimitedException(uri(), attempts, retryAfter().orElse(null), bodySnippet(), this);
    }
}
