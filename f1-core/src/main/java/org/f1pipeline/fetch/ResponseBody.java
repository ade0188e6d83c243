package org.f1pipeline.fetch;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.f1pipeline.fetch.internal.MemoryBody;
import org.f1pipeline.internal.Checks;

/**
 * A successful response as a {@link BodyParser} sees it: status, headers and the decoded body as a stream. The
 * stream is read once, front to back; the fetch layer feeds it straight from the network (or the cache file), so a
 * body of any size is never held in memory as a whole. A stalled or broken transfer surfaces as an
 * {@link java.io.IOException} from the stream, which the fetch layer turns into a retryable {@link FetchException}.
 */
public interface ResponseBody {

    /** The URL requested. */
    URI uri();

    /** The HTTP status (2xx). */
    int status();

    /** The first value of a response header, matched case-insensitively. */
    Optional<String> header(String name);

    /** Whether the body is served from the response cache. */
    boolean fromCache();

    /** The decoded body (gzip already undone). Read it once; the caller need not close it. */
    InputStream stream();

    /**
     * The start of the body read so far, at most about 200 characters with control characters escaped: for error
     * messages.
     */
    String snippet();

    /** A body over a response that is already in memory (e.g. from {@link Fetcher#fetch(FetchRequest)}). */
    static ResponseBody of(FetchResponse response) {
        return new MemoryBody(Checks.notNull(response, "response"));
    }
}
