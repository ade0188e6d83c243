package org.f1pipeline.fetch;

/**
 * The one way every source reads HTTP data: GET a URL, get the body and its metadata back. The SPI is a single
 * method so a test can swap in a lambda; the library's implementation ({@link Fetchers#builder()}) layers a disk
 * cache, retries with backoff and a per-host rate limiter over {@code java.net.http}.
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
}
