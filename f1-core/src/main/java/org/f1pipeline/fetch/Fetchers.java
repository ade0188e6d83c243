package org.f1pipeline.fetch;

import java.nio.file.Path;
import java.time.Clock;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.internal.CachingFetcher;
import org.f1pipeline.fetch.internal.DiskResponseCache;
import org.f1pipeline.fetch.internal.JdkHttpFetcher;
import org.f1pipeline.fetch.internal.LimiterRegistry;
import org.f1pipeline.fetch.internal.RateLimitedFetcher;
import org.f1pipeline.fetch.internal.RedirectingFetcher;
import org.f1pipeline.fetch.internal.RetryingFetcher;
import org.f1pipeline.internal.Checks;

/**
 * Builds the library's {@link Fetcher}: same-host redirects → response cache → retry with backoff → per-host rate
 * limiter → HTTP ({@code java.net.http}, which never follows a redirect by itself). Each layer sees only what the
 * next one lets through: cache hits cost no permit, every retry takes a fresh permit, and every redirect hop is a
 * request of its own through all of them (a redirect to another host is handed back as a {@link RedirectException}).
 *
 * <pre>{@code
 * Fetcher fetcher = Fetchers.builder()
 *         .config(FetchConfig.builder().cache(CacheConfig.at(Path.of("f1-cache"))).build())
 *         .listener(myProgress)
 *         .build();
 * }</pre>
 */
public final class Fetchers {

    /**
     * The folder, inside the response cache's folder, where every process on the machine keeps the per-host rate
     * limiter windows it shares with the others (see {@link RateLimiter#shared}).
     */
    public static final String RATE_LIMIT_FOLDER = "rate-limits";

    private Fetchers() {
    }

    /** A builder with default config, system time and no listener. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The bare HTTP layer alone: one attempt, no cache, no limiter, every redirect handed back as a
     * {@link RedirectException}. For tests and for callers that compose their own stack.
     *
     * @param config timeouts, body cap and User-Agent are taken from it
     * @param ticker for elapsed times
     * @param clock  for Retry-After dates
     * @return a fetcher that throws typed exceptions for non-2xx statuses
     */
    public static Fetcher http(FetchConfig config, Ticker ticker, Clock clock) {
        return new JdkHttpFetcher(config.connectTimeout(), config.requestTimeout(), config.readTimeout(),
                config.totalTimeout(), config.maxBodyBytes(), config.userAgent(), ticker, clock);
    }

    /** Collects the parts of the stack; {@link #build()} may be called more than once. */
    public static final class Builder {
        private FetchConfig config = FetchConfig.ofDefaults();
        private Clock clock = Clock.systemUTC();
        private Ticker ticker = Ticker.system();
        private Sleeper sleeper = Sleeper.system();
        private FetchListener listener = FetchListener.NONE;
        private Path cacheDir;
        private ResponseCache cache;
        private Fetcher transport;

        private Builder() {
        }

        /** All settings. */
        public Builder config(FetchConfig config) {
            this.config = Checks.notNull(config, "config");
            return this;
        }

        /** Wall clock for cache freshness and Retry-After dates. */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /** Monotonic time for limiters and timings. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Checks.notNull(ticker, "ticker");
            return this;
        }

        /** How limiters and retries wait. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.notNull(sleeper, "sleeper");
            return this;
        }

        /** Told about requests, retries, throttling and cache hits. */
        public Builder listener(FetchListener listener) {
            this.listener = Checks.notNull(listener, "listener");
            return this;
        }

        /** Cache folder; overrides {@code config.cache().dir()} (null leaves the config's choice). */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        /**
         * An already opened cache to use (shared with code that inspects or clears it); overrides cacheDir, and its
         * own {@link CacheConfig} (ttl, offline, ...) applies.
         */
        public Builder cache(ResponseCache cache) {
            this.cache = cache;
            return this;
        }

        /** Replaces the HTTP layer (e.g. with a lambda in tests); it is still limited, retried and cached. */
        public Builder transport(Fetcher transport) {
            this.transport = transport;
            return this;
        }

        /** Builds the composed fetcher. */
        public Fetcher build() {
            Fetcher http = transport != null ? transport : http(config, ticker, clock);
            Fetcher limited = new RateLimitedFetcher(http, new LimiterRegistry(config, ticker, sleeper, clock,
                    stateDir()), listener, config.retry().maxRetryAfter(), ticker);
            Fetcher retrying = new RetryingFetcher(limited, config.retry(), sleeper, listener);
            DiskResponseCache disk = diskCache();
            return new RedirectingFetcher(disk == null ? retrying
                    : new CachingFetcher(retrying, disk, config.retry(), listener));
        }

        /** The cache folder's {@code rate-limits} folder, where limiters share their windows; null without cache. */
        private Path stateDir() {
            if (cache != null) {
                return cache.dir().resolve(RATE_LIMIT_FOLDER);
            }
            CacheConfig cc = cacheDir != null ? config.cache().withDir(cacheDir) : config.cache();
            return cc.enabled() ? cc.dir().resolve(RATE_LIMIT_FOLDER) : null;
        }

        private DiskResponseCache diskCache() {
            if (cache != null) {
                if (cache instanceof DiskResponseCache d) {
                    return d;
                }
                throw new InvalidInputException("cacheDir", "cache must come from ResponseCache.open");
            }
            CacheConfig cc = cacheDir != null ? config.cache().withDir(cacheDir) : config.cache();
            return cc.enabled() ? new DiskResponseCache(cc, clock) : null;
        }
    }
}
