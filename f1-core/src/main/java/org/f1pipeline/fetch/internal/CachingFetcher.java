package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.CacheMode;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.RetryAfterTooLongException;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.SourceFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost layer: answers from {@link DiskResponseCache} when it can (cache hits cost no rate-limit permit,
 * as in FastF1), otherwise fetches through the rest of the stack and stores the result. Offline mode never calls
 * the network. With stale-if-error, an expired entry is served when refreshing it fails transiently.
 *
 * <p>Cache only what parsed. On {@link #fetch(FetchRequest, BodyParser)} the body is copied to a temporary file as
 * the parser reads it, and the entry is put in place only after the parser returned: a truncated or wrong-shape
 * answer is never stored. A cached copy the parser rejects is evicted and fetched again once; if the fresh copy is
 * rejected too, the error says that the cache was involved. Plain {@link #fetch(FetchRequest)} callers parse on
 * their own, so there the entry is stored at once, except a JSON body that is not even well-formed. Internal API.
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
            if (entry.isPresent() && staleAllowed(e)) {
                LOG.warn("Serving stale cached copy of {} fetched at {}: refresh failed ({})",
                        Redaction.uri(request.uri()), entry.get().fetchedAt(), e.detail());
                return hit(request, entry.get());
            }
            throw e;
        }
        if (isSuccess(response.status()) && cacheable(response.header("Content-Type").orElse(""))) {
            if (JsonStreams.wellFormedIfJson(response)) {
                cache.write(request, response);
            } else {
                LOG.warn("Not caching {}: malformed JSON", Redaction.uri(request.uri()));
            }
        }
        return response;
    }

    @Override
    public <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        boolean offline = cache.config().offline();
        if (request.cacheMode() == CacheMode.BYPASS && !offline) {
            return delegate.fetch(request, parser);
        }
        Optional<CachedFile> entry = cache.open(request.uri());
        if (offline) {
            CachedFile opened = entry.orElseThrow(
                    () -> new OfflineCacheMissException(List.of(request.uri())));
            return fromCache(request, opened, parser, "offline mode cannot fetch it again; run online")
                    .orElseThrow(() -> new OfflineCacheMissException(List.of(request.uri())));
        }
        CacheEntry.Meta stale = null;
        SourceFormatException cachedFailure = null;
        if (entry.isPresent()) {
            CachedFile opened = entry.get();
            if (request.cacheMode() == CacheMode.USE && cache.isFresh(opened.meta(), request)) {
                try {
                    Optional<Parsed<T>> hit = fromCache(request, opened, parser, null);
                    if (hit.isPresent()) {
                        return hit.get();
                    }
                } catch (SourceFormatException e) {
                    cachedFailure = e;
                }
            } else {
                stale = opened.meta();
                opened.close();
            }
        }
        return fromNetwork(request, parser, stale, cachedFailure);
    }

    /**
     * Parses a cached body. Empty when the file turned out corrupted (evicted; fetch it again); a body the parser
     * rejects is evicted and its error thrown, saying it came from the cache.
     */
    private <T> Optional<Parsed<T>> fromCache(FetchRequest request, CachedFile opened,
                                              BodyParser<T> parser, String unreadableNote) {
        CacheEntry.Meta meta = opened.meta();
        StreamedBody body = new StreamedBody(request.uri(), meta.status(), meta.headers(), true, opened.body(),
                Long.MAX_VALUE);
        try {
            T value = BodyParsing.parse(parser, body, body::failure);
            body.drain();
            Listeners.safely(() -> listener.onCacheHit(request));
            LOG.debug("Cache hit for {} ({})", request.endpoint(), Redaction.uri(request.uri()));
            return Optional.of(new Parsed<>(value, request.uri(), meta.status(), 0, true, meta.wireBytes(),
                    Duration.ZERO));
        } catch (BodyParsing.StreamFailure | IOException e) {
            LOG.warn("Corrupted cache entry for {} ({}); deleting it", Redaction.uri(request.uri()), e.getMessage());
            cache.evict(request.uri());
            return Optional.empty();
        } catch (SourceFormatException e) {
            cache.evict(request.uri());
            String origin = "from the response cache, stored at " + meta.fetchedAt() + "; the copy was removed"
                    + (unreadableNote == null ? "" : ", " + unreadableNote);
            if (unreadableNote == null) {
                LOG.warn("Cached copy of {} stored at {} is unreadable ({}); removed it, fetching it again",
                        Redaction.uri(request.uri()), meta.fetchedAt(), e.problem());
            }
            throw e.withOrigin(origin, true, 0);
        } finally {
            opened.close();
        }
    }

    private <T> Parsed<T> fromNetwork(FetchRequest request, BodyParser<T> parser, CacheEntry.Meta stale,
                                      SourceFormatException cachedFailure) {
        CacheWriter[] writer = new CacheWriter[1];
        StreamedBodyHolder last = new StreamedBodyHolder();
        BodyParser<T> teeing = body -> {
            if (writer[0] != null) {
                writer[0].discard();
            }
            writer[0] = cache.writer(request.uri());
            TeeBody tee = new TeeBody(body, writer[0]);
            T value = parser.parse(tee);
            tee.drain();
            last.body = body;
            return value;
        };
        Parsed<T> parsed;
        try {
            parsed = delegate.fetch(request, teeing);
        } catch (FetchException e) {
            discard(writer[0]);
            if (stale != null && staleAllowed(e)) {
                Optional<Parsed<T>> old = staleCopy(request, parser, stale, e);
                if (old.isPresent()) {
                    return old.get();
                }
            }
            throw e;
        } catch (SourceFormatException e) {
            discard(writer[0]);
            if (cachedFailure != null) {
                throw e.withOrigin("fetched again after the response cache's copy, stored earlier, was unreadable"
                        + " too (" + cachedFailure.problem() + "); nothing was cached", false, e.attempts());
            }
            throw e;
        } catch (RuntimeException | Error e) {
            discard(writer[0]);
            throw e;
        }
        if (writer[0] != null) {
            ResponseBody body = last.body;
            if (request.cacheMode() != CacheMode.BYPASS && body != null && isSuccess(parsed.status())
                    && cacheable(body.header("Content-Type").orElse(""))) {
                writer[0].commit(request, parsed.status(), headersOf(body), parsed.bytes());
            } else {
                writer[0].discard();
            }
        }
        return parsed;
    }

    private <T> Optional<Parsed<T>> staleCopy(FetchRequest request, BodyParser<T> parser, CacheEntry.Meta stale,
                                              FetchException e) {
        Optional<CachedFile> again = cache.open(request.uri());
        if (again.isEmpty()) {
            return Optional.empty();
        }
        LOG.warn("Serving stale cached copy of {} fetched at {}: refresh failed ({})", Redaction.uri(request.uri()),
                stale.fetchedAt(), e.detail());
        try {
            return fromCache(request, again.get(), parser, null);
        } catch (SourceFormatException unreadable) {
            return Optional.empty();
        }
    }

    private boolean staleAllowed(FetchException e) {
        return cache.config().staleIfError() && (policy.isRetryable(e) || e instanceof RetryAfterTooLongException);
    }

    private static void discard(CacheWriter writer) {
        if (writer != null) {
            writer.discard();
        }
    }

    private static java.util.Map<String, List<String>> headersOf(ResponseBody body) {
        if (body instanceof StreamedBody s) {
            return s.headers();
        }
        return body instanceof MemoryBody m ? m.headers() : java.util.Map.of();
    }

    private FetchResponse hit(FetchRequest request, CacheEntry entry) {
        Listeners.safely(() -> listener.onCacheHit(request));
        LOG.debug("Cache hit for {} ({})", request.endpoint(), Redaction.uri(request.uri()));
        return entry.toResponse(request.uri());
    }

    /** Only 2xx answers are kept (a transport that returns a redirect as a response must not get it cached). */
    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** HTML with a 200 is a CDN or proxy error page, not data: never keep it. */
    private static boolean cacheable(String contentType) {
        return !contentType.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** The last network body that parsed, for its headers. */
    private static final class StreamedBodyHolder {
        ResponseBody body;
    }
}
