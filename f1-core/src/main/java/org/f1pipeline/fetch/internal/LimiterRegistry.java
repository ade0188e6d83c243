package org.f1pipeline.fetch.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.RateLimiter;
import org.f1pipeline.fetch.Sleeper;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.Ticker;

/**
 * One {@link RateLimiter} per host, created on first use and shared by every thread. A request belongs to the
 * configured source whose base URL covers its URL; failing that, to the source named in the request; failing that,
 * to a limiter for its host:port with the default limits. Internal API.
 */
public final class LimiterRegistry {

    private final FetchConfig config;
    private final Ticker ticker;
    private final Sleeper sleeper;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /**
     * Creates the registry.
     *
     * @param config  sources, their limits and the default limits
     * @param ticker  time source for the limiters
     * @param sleeper how limiters wait
     */
    public LimiterRegistry(FetchConfig config, Ticker ticker, Sleeper sleeper) {
        this.config = config;
        this.ticker = ticker;
        this.sleeper = sleeper;
    }

    /** The limiter that governs {@code request}. */
    public RateLimiter forRequest(FetchRequest request) {
        SourceConfig source = config.sourceFor(request.uri()).orElseGet(() -> config.source(request.source())
                .filter(s -> sameHost(s.baseUrl(), request.uri())).orElse(null));
        if (source != null) {
            return limiters.computeIfAbsent("source:" + source.name(),
                    k -> RateLimiter.of(source.name(), config.effective(source.rateLimit()), ticker, sleeper));
        }
        String host = hostKey(request.uri());
        return limiters.computeIfAbsent("host:" + host,
                k -> RateLimiter.of(host, config.effective(config.defaultRateLimit()), ticker, sleeper));
    }

    private static boolean sameHost(URI a, URI b) {
        return hostKey(a).equals(hostKey(b));
    }

    private static String hostKey(URI uri) {
        String host = uri.getHost() == null ? "unknown" : uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }
}
