package org.f1pipeline.fetch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.f1pipeline.F1Exception;
import org.f1pipeline.fetch.internal.Redaction;

/**
 * A request that did not produce a usable response: an I/O error, a timeout, or an HTTP status the caller cannot
 * use. Carries the URL, the last HTTP status ({@code -1} when no response arrived) and how many attempts were made,
 * so a log line alone tells a user what failed and whether retrying was tried.
 *
 * <p>Subclasses name the cases callers react to differently: {@link HttpStatusException} (a final status),
 * {@link RateLimitedException} (429 after every attempt), {@link LiveSessionRefusedException} (OpenF1 refuses
 * anonymous calls during a live session), {@link BodyTooLargeException} and {@link OfflineCacheMissException}.
 */
public class FetchException extends F1Exception {

    /** Status value used when no HTTP response was received (I/O error, timeout). */
    public static final int NO_STATUS = -1;

    private final URI uri;
    private final int status;
    private final int attempts;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param uri      the URL requested, never null
     * @param status   the last HTTP status, or {@link #NO_STATUS}
     * @param attempts how many requests were sent (at least 1; 0 when none could be sent, e.g. offline)
     * @param detail   what went wrong, in a few words
     * @param cause    the underlying error, or null
     */
    public FetchException(URI uri, int status, int attempts, String detail, Throwable cause) {
        super(format(uri, status, attempts, detail), cause);
        this.uri = Objects.requireNonNull(uri, "uri must not be null");
        this.status = status;
        this.attempts = attempts;
        this.detail = detail == null ? "" : detail;
    }

    private static String format(URI uri, int status, int attempts, String detail) {
        // Credentials in a mirror's base URL must never reach a message or a log line.
        StringBuilder sb = new StringBuilder("GET ").append(Redaction.uri(uri)).append(" failed: ")
                .append(Redaction.text(detail));
        sb.append(" (");
        if (status != NO_STATUS) {
            sb.append("status ").append(status).append(", ");
        }
        sb.append(attempts).append(attempts == 1 ? " attempt)" : " attempts)");
        return sb.toString();
    }

    /** The URL that was requested. */
    public URI uri() {
        return uri;
    }

    /** The last HTTP status received, or {@link #NO_STATUS} when no response arrived. */
    public int status() {
        return status;
    }

    /** How many requests were sent for this fetch (retries included). */
    public int attempts() {
        return attempts;
    }

    /** The short description of the failure, without URL and counters. */
    public String detail() {
        return detail;
    }

    /**
     * {@code url} (credentials masked), {@code http_status} (when a response arrived) and {@code attempts}, for the
     * failure line.
     */
    @Override
    public Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("url", Redaction.uri(uri));
        if (status != NO_STATUS) {
            context.put("http_status", status);
        }
        context.put("attempts", attempts);
        return context;
    }

    /**
     * A copy of this exception that reports {@code attempts} attempts; used by the retry layer, which learns the
     * final count only after the last attempt. Subclasses override it to keep their type.
     *
     * @param attempts the total number of attempts made
     * @return a new exception of the same type with this one as its cause
     */
    public FetchException withAttempts(int attempts) {
        return new FetchException(uri, status, attempts, detail, this);
    }
}
