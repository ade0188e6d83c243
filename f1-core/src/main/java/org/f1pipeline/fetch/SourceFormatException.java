package org.f1pipeline.fetch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.f1pipeline.F1Exception;
import org.f1pipeline.fetch.internal.Redaction;

/**
 * A response arrived but its body is not what the source promises: malformed or truncated JSON, an HTML error page
 * where JSON was expected, an unexpected shape. Names the URL and shows the start of the body (at most about 200
 * characters) so the problem can be diagnosed from the message alone. When the body came from the response cache
 * the message says so ("from the response cache, stored at ..."), because a bad cached copy behaves differently
 * from a bad answer of the server: it is evicted and fetched again.
 */
public class SourceFormatException extends F1Exception {

    private final URI uri;
    private final String problem;
    private final String snippet;
    private final boolean fromCache;
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param uri     the URL the body came from
     * @param problem what is wrong, in a few words
     * @param snippet the start of the body (already shortened), never null
     * @param cause   the parser error, or null
     */
    public SourceFormatException(URI uri, String problem, String snippet, Throwable cause) {
        this(uri, problem, snippet, cause, null, false, 1);
    }

    private SourceFormatException(URI uri, String problem, String snippet, Throwable cause, String origin,
                                  boolean fromCache, int attempts) {
        super("Unreadable response from " + Redaction.uri(uri) + (origin == null ? "" : " (" + origin + ")") + ": "
                + Redaction.text(problem) + "; body starts with: " + (snippet == null ? "" : snippet), cause);
        this.uri = Objects.requireNonNull(uri, "uri must not be null");
        this.problem = problem == null ? "" : problem;
        this.snippet = snippet == null ? "" : snippet;
        this.fromCache = fromCache;
        this.attempts = attempts;
    }

    /**
     * A copy of this exception that says where the body came from; used by the fetch layer, which knows it only
     * after the parser failed. Subclasses become a plain {@code SourceFormatException}, keeping this one as cause.
     *
     * @param origin    e.g. {@code "from the response cache, stored at 2024-06-02T10:00:00Z"}, or null for none
     * @param fromCache whether the body came from the response cache
     * @param attempts  requests sent to obtain the body (0 when it came from the cache)
     * @return the new exception
     */
    public SourceFormatException withOrigin(String origin, boolean fromCache, int attempts) {
        return new SourceFormatException(uri, problem, snippet, this, origin, fromCache, attempts);
    }

    /** The URL the body came from. */
    public URI uri() {
        return uri;
    }

    /** What is wrong with the body, without URL and snippet. */
    public String problem() {
        return problem;
    }

    /** The start of the offending body, at most about 200 characters. */
    public String snippet() {
        return snippet;
    }

    /** Whether the unreadable body came from the response cache (it has been evicted since). */
    public boolean fromCache() {
        return fromCache;
    }

    /** Requests sent to obtain the body, retries included (0 when it came from the cache; 1 when unknown). */
    public int attempts() {
        return attempts;
    }

    /**
     * {@code url} (credentials masked), a short {@code snippet} of the offending payload and, when the body came
     * from the response cache, {@code from_cache}, for the failure line.
     */
    @Override
    public Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("url", Redaction.uri(uri));
        context.put("snippet", snippet);
        if (fromCache) {
            context.put("from_cache", true);
        }
        return context;
    }
}
