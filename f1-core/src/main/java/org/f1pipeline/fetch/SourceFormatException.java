package org.f1pipeline.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.f1pipeline.F1Exception;

/**
 * A response arrived but its body is not what the source promises: malformed or truncated JSON, an HTML error page
 * where JSON was expected, an unexpected shape. Names the URL and shows the start of the body (at most about 200
 * characters) so the problem can be diagnosed from the message alone.
 */
public class SourceFormatException extends F1Exception {

    private final URI uri;
    private final String snippet;

    /**
     * Creates the exception.
     *
     * @param uri     the URL the body came from
     * @param problem what is wrong, in a few words
     * @param snippet the start of the body (already shortened), never null
     * @param cause   the parser error, or null
     */
    public SourceFormatException(URI uri, String problem, String snippet, Throwable cause) {
        super("Unreadable response from " + uri + ": " + problem + "; body starts with: " + snippet, cause);
        this.uri = Objects.requireNonNull(uri, "uri must not be null");
        this.snippet = snippet == null ? "" : snippet;
    }

    /** The URL the body came from. */
    public URI uri() {
        return uri;
    }

    /** The start of the offending body, at most about 200 characters. */
    public String snippet() {
        return snippet;
    }

    /** {@code url} and a short {@code snippet} of the offending payload, for the failure line. */
    @Override
    public Map<String, Object> context() {
        return Map.of("url", uri.toString(), "snippet", snippet);
    }
}
