package org.f1pipeline.fetch;

import java.net.URI;

/**
 * The response body was larger than {@code maxBodyBytes}. Reading stopped at the cap (never more than cap + 1
 * bytes were held), so a runaway response cannot exhaust memory. Not retried: the same query returns the same size;
 * split it instead (for OpenF1, by session, driver or date window).
 */
public class BodyTooLargeException extends FetchException {

    private final long maxBytes;

    /**
     * Creates the exception.
     *
     * @param uri      the URL requested
     * @param status   the HTTP status of the oversized response
     * @param attempts how many requests were sent
     * @param maxBytes the configured cap
     */
    public BodyTooLargeException(URI uri, int status, int attempts, long maxBytes) {
        this(uri, status, attempts, maxBytes, null);
    }

    private BodyTooLargeException(URI uri, int status, int attempts, long maxBytes, Throwable cause) {
        super(uri, status, attempts, "response body larger than the " + maxBytes + "-byte cap (maxBodyBytes)",
                cause);
        this.maxBytes = maxBytes;
    }

    /** The configured size cap in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public BodyTooLargeException withAttempts(int attempts) {
        return new BodyTooLargeException(uri(), status(), attempts, maxBytes, this);
    }
}
