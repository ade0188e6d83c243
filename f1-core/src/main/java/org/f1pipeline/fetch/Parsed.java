package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * What {@link Fetcher#fetch(FetchRequest, BodyParser)} returns: the parsed value and how it was obtained.
 *
 * @param value     what the parser built
 * @param uri       the URL requested
 * @param status    the HTTP status (2xx)
 * @param attempts  requests sent, retries included (0 when served from the cache)
 * @param fromCache whether the body came from the response cache
 * @param bytes     bytes received on the wire (the stored size for cache hits)
 * @param elapsed   time from sending the first request to the end of parsing (zero for cache hits)
 * @param <T>       the value type
 */
public record Parsed<T>(T value, URI uri, int status, int attempts, boolean fromCache, long bytes,
                        Duration elapsed) {

    /** Validates the fields. */
    public Parsed {
        Checks.notNull(value, "value");
        Checks.notNull(uri, "uri");
        Checks.notNull(elapsed, "elapsed");
        if (attempts < 0) {
            throw new InvalidInputException("attempts", "attempts must be >= 0, was " + attempts);
        }
    }

    /** Same result, reporting {@code total} requests sent. */
    public Parsed<T> withAttempts(int total) {
        return new Parsed<>(value, uri, status, total, fromCache, bytes, elapsed);
    }
}
