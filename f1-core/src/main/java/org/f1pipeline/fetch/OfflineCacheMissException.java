package org.f1pipeline.fetch;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.internal.Redaction;

/**
 * Offline mode is on and the cache does not hold what was asked for. {@link #missing()} lists every URL that is
 * missing (one for a single fetch; all of them for {@link ResponseCache#requireAll}), so a user can go online once
 * and fetch exactly those.
 */
public class OfflineCacheMissException extends FetchException {

    private static final int SHOWN = 20;

    private final List<URI> missing;

    /**
     * Creates the exception.
     *
     * @param missing every URL not found in the cache, at least one
     */
    public OfflineCacheMissException(List<URI> missing) {
        this(List.copyOf(missing), null);
    }

    private OfflineCacheMissException(List<URI> missing, Throwable cause) {
        super(first(missing), NO_STATUS, 0, describe(missing), cause);
        this.missing = missing;
    }

    private static URI first(List<URI> missing) {
        if (missing.isEmpty()) {
            throw new InvalidInputException("missing", "missing must list at least one URL");
        }
        return missing.get(0);
    }

    private static String describe(List<URI> missing) {
        String shown = missing.stream().limit(SHOWN).map(Redaction::uri).collect(Collectors.joining("\n  "));
        String more = missing.size() > SHOWN ? "\n  ... and " + (missing.size() - SHOWN) + " more" : "";
        return "offline mode: " + missing.size() + " response(s) not in the cache:\n  " + shown + more;
    }

    /** Every URL that was needed but is not cached, in request order. */
    public List<URI> missing() {
        return missing;
    }

    @Override
    public OfflineCacheMissException withAttempts(int attempts) {
        return new OfflineCacheMissException(missing, this);
    }
}
