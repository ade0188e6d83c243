package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * The server answered 429 and asked to wait longer than the configured cap
 * ({@link RetryPolicy#maxRetryAfter()}, default 5 minutes): the request fails at once instead of pausing for hours,
 * and later requests to the same host fail the same way, without being sent, until the server's wait is over. Not
 * retried: run again later.
 */
public class RetryAfterTooLongException extends RateLimitedException {

    private final Duration cap;

    /**
     * Creates the exception.
     *
     * @param uri        the URL requested
     * @param attempts   requests sent (0 when the request was refused locally because of an earlier answer)
     * @param retryAfter the wait the server asked for
     * @param cap        the longest wait the policy allows
     * @param snippet    the start of the 429 body, or empty
     */
    public RetryAfterTooLongException(URI uri, int attempts, Duration retryAfter, Duration cap, String snippet) {
        this(uri, attempts, retryAfter, cap, snippet, null);
    }

    private RetryAfterTooLongException(URI uri, int attempts, Duration retryAfter, Duration cap, String snippet,
                                       Throwable cause) {
        super(uri, attempts, retryAfter, snippet, "rate limited (HTTP 429): server asked to wait "
                + retryAfter.toSeconds() + " s, above the cap of " + cap.toSeconds() + " s (retry.maxRetryAfter);"
                + " run again later" + (attempts == 0 ? " (not sent: an earlier answer of this host asked for the"
                + " wait)" : ""), cause);
        this.cap = cap;
    }

    /** The longest wait the policy allows. */
    public Duration cap() {
        return cap;
    }

    @Override
    public RetryAfterTooLongException withAttempts(int attempts) {
        return new RetryAfterTooLongException(uri(), attempts, retryAfter().orElseThrow(), cap, bodySnippet(), this);
    }
}
