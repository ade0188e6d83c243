package org.f1pipeline.fetch.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RateLimiter;
import org.f1pipeline.fetch.Sleeper;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.Ticker;

/**
 * One {@link RateLimiter} per host, created on first use and shared by every thread. A request belongs to the
 * configured source whose base URL covers its URL; failing that, to the source named in the request; failing that,
 * to a limiter for its host:port with the default limits. Internal API.
 *
 * <p>With a state folder (the response cache's {@code rate-limits} folder) every limiter shares its windows with the
 * other processes on the machine through one small file per source and host ({@link SharedWindows}).
 */
public final class LimiterRegistry {

    private final FetchConfig config;
    private final Ticker ticker;
    private final Sleeper sleeper;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final java.time.Clock clock;
    private final java.nio.file.Path stateDir;

    /**
     * Creates the registry.
     *
     * @param config  sources, their limits and the default limits
     * @param ticker  time source for the limiters
     * @param sleeper how limiters wait
     */
    public LimiterRegistry(FetchConfig config, Ticker ticker, Sleeper sleeper) {
        this(config, ticker, sleeper, null, null);
    }

    /**
     * Creates the registry.
     *
     * @param config   sources, their limits and the default limits
     * @param ticker   time source for the limiters
     * @param sleeper  how limiters wait
     * @param clock    wall clock of the shared state (required with a state folder)
     * @param stateDir folder of the shared state files, or null for limiters of this process alone
     */
    public LimiterRegistry(FetchConfig config, Ticker ticker, Sleeper sleeper, java.time.Clock clock,
                           java.nio.file.Path stateDir) {
        this.config = config;
        this.ticker = ticker;
        this.sleeper = sleeper;
        this.clock = clock;
        this.stateDir = stateDir;
    }

    /** The limiter that governs {@code request}. */
    public RateLimiter forRequest(FetchRequest request) {
        SourceConfig source = config.sourceFor(request.uri()).orElseGet(() -> config.source(request.source())
                .filter(s -> sameHost(s.baseUrl(), request.uri())).orElse(null));
        if (source != null) {
            return limiters.computeIfAbsent("source:" + source.name(), k -> create(source.name(),
                    source.name() + "-" + hostKey(source.baseUrl()), config.effective(source.rateLimit())));
        }
        String host = hostKey(request.uri());
        return limiters.computeIfAbsent("host:" + host,
                k -> create(host, host, config.effective(config.defaultRateLimit())));
    }

    private RateLimiter create(String name, String stateKey, RateLimitConfig limits) {
        if (stateDir == null) {
            return RateLimiter.of(name, limits, ticker, sleeper);
        }
        return RateLimiter.shared(name, limits, stateDir.resolve(fileName(stateKey)), clock, ticker, sleeper);
    }

    /** A safe file name for a source and host: letters, digits, '.', '-', '_' only. */
    static String fileName(String key) {
        String safe = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return (safe.length() > 80 ? safe.substring(0, 80) : safe) + ".limits";
    }

    private static boolean sameHost(URI a, URI b) {
        return hostKey(a).equals(hostKey(b));
    }

    private static String hostKey(URI uri) {
        String host = uri.getHost() == null ? "unknown" : uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }
}
