package org.f1pipeline.fetch.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.f1pipeline.fetch.CacheMode;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.fetch.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost layer: answers from {@link DiskResponseCache} when it can (cache hits cost no rate-limit permit,
 * as in FastF1), otherwise fetches through the rest of the stack and stores the result. Offline mode never calls
 * the network. With stale-if-error, an expired entry is served when refreshing it fails transiently. Internal API.
 */
public final class CachingFetcher implements Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(CachingFetcher.class);

    private final Fetcher delegate;
    private final DiskResponseCache cache;
    private final RetryPolicy policy;
    private final FetchListener listener;

    /**
     * Creates the decorator.
     *
     * @param delegate the network stack
     * @param cache    the disk cache (its config says offline / stale-if-error)
     * @param policy   tells transient failures (eligible for stale-if-error) from final ones
     * @param listener told about cache hits
     */
    public CachingFetcher(Fetcher delegate, DiskResponseCache cache, RetryPolicy policy, FetchListener listener) {
        this.delegate = delegate;
        this.cache = cache;
        this.policy = policy;
        this.listener = listener;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        boolean offline = cache.config().offline();
        if (request.cacheMode() == CacheMode.BYPASS && !offline) {
            return delegate.fetch(request);
        }
        Optional<CacheEntry> entry = cache.read(request.uri());
        if (offline) {
            return hit(request, entry.orElseThrow(() -> new OfflineCacheMissException(List.of(request.uri()))));
        }
        if (entry.isPresent() && request.cacheMode() == CacheMode.USE && cache.isFresh(entry.get(), request)) {
            return hit(request, entry.get());
        }
        FetchResponse response;
        try {
            response = delegate.fetch(request);
        } catch (FetchException e) {
            if (entry.isPresent() && cache.config().staleIfError() && policy.isRetryable(e)) {
                LOG.warn("Serving stale cached copy of {} fetched at {}: refresh failed ({})", request.uri(),
                        entry.get().fetchedAt(), e.detail());
                return hit(request, entry.get());
            }
            throw e;
        }
        if (request.cacheMode() != CacheMode.BYPASS && cacheable(response)) {
            cache.write(request, response);
        }
        return response;
    }

    private FetchResponse hit(FetchRequest request, CacheEntry entry) {
        Listeners.safely(() -> listener.onCacheHit(request));
        LOG.debug("Cache hit for {} ({})", request.endpoint(), request.uri());
        return entry.toResponse(request.uri());
    }

    /** HTML with a 200 is a CDN or proxy error page, not data: never keep it. */
    private static boolean cacheable(FetchResponse response) {
        return !response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT).contains("text/html");
    }
}
