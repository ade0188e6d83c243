package org.f1pipeline.fetch;

import org.f1pipeline.fetch.internal.BodyParsing;

/**
 * The one way every source reads HTTP data: GET a URL, get the body and its metadata back. The SPI is a single
 * method so a test can swap in a lambda; the library's implementation ({@link Fetchers#builder()}) layers a disk
 * cache, retries with backoff and a per-host rate limiter over {@code java.net.http}.
 *
 * <p>Sources read through {@link #fetch(FetchRequest, BodyParser)}: the body is parsed as a stream while it
 * arrives (memory does not grow with its size), and the library's cache stores a response only after the parser
 * accepted it, so a truncated or wrong-shape answer is never kept. {@link #fetch(FetchRequest)} returns the whole
 * body in memory and, with a cache, stores every well-formed answer.
 *
 * <p>Implementations must be thread-safe: the {@link ParallelExecutor} calls one fetcher from many threads.
 */
@FunctionalInterface
public interface Fetcher {

    /**
     * Fetches one URL.
     *
     * @param request what to fetch, never null
     * @return a successful (2xx) response, possibly from the cache
     * @throws FetchException when no usable response could be obtained (see its subclasses for the cases)
     */
    FetchResponse fetch(FetchRequest request);

    /**
     * Fetches one URL and parses its body with {@code parser}. The library's fetcher streams the body into the
     * parser, retries the whole exchange when the transfer breaks, stores the response in its cache only when the
     * parser returned normally, and evicts and fetches again (once) a cached copy the parser rejects. This default,
     * for other implementations, fetches the body into memory and parses it there.
     *
     * @param request what to fetch, never null
     * @param parser  turns the body into a value (see {@link BodyParser} for its rules)
     * @param <T>     the value type
     * @return the value, with how it was obtained
     * @throws FetchException        when no usable response could be obtained
     * @throws SourceFormatException when the parser rejects the body (the message says when it came from the cache)
     */
    default <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        FetchResponse response = fetch(request);
        T value = BodyParsing.inMemory(parser, ResponseBody.of(response));
        return new Parsed<>(value, response.uri(), response.status(), response.attempts(), response.fromCache(),
                response.bytes(), response.elapsed());
    }
}
