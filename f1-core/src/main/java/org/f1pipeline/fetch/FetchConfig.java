package org.f1pipeline.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.internal.GuideKeys;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.LibraryVersion;

/**
 * Everything the fetch layer can be tuned with, as one immutable value. The parallel-processing guide's keys map
 * onto it through {@link #fromGuideKeys(Map)}: {@code api.parallel_endpoints} → {@link #parallelEndpoints()},
 * {@code api.max_workers} → {@link #maxWorkers()}, {@code api.rate_limit_delay} (seconds) →
 * {@link #rateLimitDelay()}, {@code api.retry_attempts} → {@code retry().maxAttempts()}.
 *
 * <p>Built only through {@link #ofDefaults()}, {@link #custom()} and {@link #from(FetchConfig)} (a builder), so a
 * setting added later breaks no caller. Immutable; equal when every setting is.
 */
public final class FetchConfig {

    /** Default idle timeout of a body: 30 s without a byte fails the attempt. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default deadline of one attempt's whole response: 5 minutes (64 MiB at 220 KB/s). */
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Default worker count: 8. Requests are bound by latency, not CPU, and the per-host limiters (not the pool)
     * enforce politeness, so the pool only has to keep enough requests in flight to use the permitted rate:
     * 4 req/s at up to 2 s latency needs 8 concurrent requests (Little's law).
     */
    public static final int DEFAULT_MAX_WORKERS = 8;

    private final boolean parallelEndpoints;
    private final int maxWorkers;
    private final Duration rateLimitDelay;
    private final RetryPolicy retry;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final long maxBodyBytes;
    private final String userAgent;
    private final CacheConfig cache;
    private final Map<String, SourceConfig> sources;
    private final RateLimitConfig defaultRateLimit;

    private FetchConfig(boolean parallelEndpoints, int maxWorkers, Duration rateLimitDelay, RetryPolicy retry,
                        Duration connectTimeout, Duration requestTimeout, Duration readTimeout, Duration totalTimeout,
                        long maxBodyBytes, String userAgent, CacheConfig cache, Map<String, SourceConfig> sources,
                        RateLimitConfig defaultRateLimit) {
        Checks.inRange(maxWorkers, 1, 64, "maxWorkers");
        RateLimitConfig.nonNegative(rateLimitDelay, "rateLimitDelay");
        Checks.notNull(retry, "retry");
        RateLimitConfig.positive(connectTimeout, "connectTimeout");
        RateLimitConfig.positive(requestTimeout, "requestTimeout");
        RateLimitConfig.positive(readTimeout, "readTimeout");
        RateLimitConfig.positive(totalTimeout, "totalTimeout");
        if (maxBodyBytes < 1024 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException("maxBodyBytes",
                    "maxBodyBytes must be between 1024 and " + (Integer.MAX_VALUE - 8)
                    + ", was " + maxBodyBytes);
        }
        Checks.notBlank(userAgent, "userAgent");
        Checks.notNull(cache, "cache");
        Checks.notNull(sources, "sources").forEach((k, v) -> {
            if (!k.equals(v.name())) {
                throw new InvalidInputException("sources",
                        "sources key '" + k + "' differs from source name '" + v.name()
                        + "'");
            }
        });
        sources = Map.copyOf(sources);
        Checks.notNull(defaultRateLimit, "defaultRateLimit");
        this.parallelEndpoints = parallelEndpoints;
        this.maxWorkers = maxWorkers;
        this.rateLimitDelay = rateLimitDelay;
        this.retry = retry;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.readTimeout = readTimeout;
        this.totalTimeout = totalTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.userAgent = userAgent;
        this.cache = cache;
        this.sources = sources;
        this.defaultRateLimit = defaultRateLimit;
    }

    /**
     * Defaults: parallel with 8 workers, no extra delay, 5 attempts, 10 s connect / 30 s request / 30 s read /
     * 5 min total, 64 MiB bodies.
     */
    public static FetchConfig ofDefaults() {
        return builder().build();
    }

    /** A builder starting from the defaults: {@code FetchConfig.custom().maxWorkers(4).build()}. */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from {@code existing}: {@code FetchConfig.from(config).maxWorkers(4).build()}. */
    public static Builder from(FetchConfig existing) {
        return Checks.notNull(existing, "existing").toBuilder();
    }

    /** A builder starting from the defaults (as {@link #custom()}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Defaults overridden by the guide's YAML keys (flattened {@code api.max_workers} or nested under {@code api}).
     *
     * @param keys the settings, e.g. {@code {"api.parallel_endpoints": true, "api.max_workers": 3}}
     * @return the config
     * @throws org.f1pipeline.InvalidInputException naming the key for an unknown key or a bad value
     */
    public static FetchConfig fromGuideKeys(Map<String, ?> keys) {
        return builder().guideKeys(keys).build();
    }

    /** A builder pre-filled from this config. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.parallelEndpoints = parallelEndpoints;
        b.maxWorkers = maxWorkers;
        b.rateLimitDelay = rateLimitDelay;
        b.retry = retry;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.readTimeout = readTimeout;
        b.totalTimeout = totalTimeout;
        b.maxBodyBytes = maxBodyBytes;
        b.userAgent = userAgent;
        b.cache = cache;
        b.sources.clear();
        b.sources.putAll(sources);
        b.defaultRateLimit = defaultRateLimit;
        return b;
    }

    /** The source called {@code name}, if configured. */
    public Optional<SourceConfig> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    /** The source whose base URL covers {@code uri} (the longest base URL wins), if any. */
    public Optional<SourceConfig> sourceFor(URI uri) {
        return sources.values().stream().filter(s -> s.covers(uri))
                .max((a, b) -> Integer.compare(a.baseUrl().toString().length(), b.baseUrl().toString().length()));
    }

    /** The limits a limiter for {@code rateLimit} actually applies: {@link #rateLimitDelay()} raises the spacing. */
    public RateLimitConfig effective(RateLimitConfig rateLimit) {
        if (rateLimitDelay.compareTo(rateLimit.minSpacing()) <= 0) {
            return rateLimit;
        }
        return rateLimit.toBuilder().minSpacing(rateLimitDelay).build();
    }

    /** Run independent endpoint tasks concurrently. */
    public boolean parallelEndpoints() {
        return parallelEndpoints;
    }

    /** Worker threads when parallel (1 to 64; default 8). */
    public int maxWorkers() {
        return maxWorkers;
    }

    /** Minimum time between two requests to the same host, on top of the source windows. */
    public Duration rateLimitDelay() {
        return rateLimitDelay;
    }

    /** The retry policy. */
    public RetryPolicy retry() {
        return retry;
    }

    /** TCP/TLS connect timeout. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time allowed for the response headers of one attempt. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Longest wait for the next bytes of a body (idle timeout); a stalled body fails the attempt. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** Time allowed for one attempt's whole response, body included. */
    public Duration totalTimeout() {
        return totalTimeout;
    }

    /** Largest decoded body accepted. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The User-Agent header sent. */
    public String userAgent() {
        return userAgent;
    }

    /** The response cache. */
    public CacheConfig cache() {
        return cache;
    }

    /** The known sources, by name, with base URLs and rate limits. */
    public Map<String, SourceConfig> sources() {
        return sources;
    }

    /** Limits for hosts not covered by any source. */
    public RateLimitConfig defaultRateLimit() {
        return defaultRateLimit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchConfig o && parallelEndpoints == o.parallelEndpoints
                && maxWorkers == o.maxWorkers
                && Objects.equals(rateLimitDelay, o.rateLimitDelay)
                && Objects.equals(retry, o.retry)
                && Objects.equals(connectTimeout, o.connectTimeout)
                && Objects.equals(requestTimeout, o.requestTimeout)
                && Objects.equals(readTimeout, o.readTimeout)
                && Objects.equals(totalTimeout, o.totalTimeout)
                && maxBodyBytes == o.maxBodyBytes
                && Objects.equals(userAgent, o.userAgent)
                && Objects.equals(cache, o.cache)
                && Objects.equals(sources, o.sources)
                && Objects.equals(defaultRateLimit, o.defaultRateLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parallelEndpoints, maxWorkers, rateLimitDelay, retry, connectTimeout, requestTimeout, readTimeout, totalTimeout, maxBodyBytes, userAgent, cache, sources, defaultRateLimit);
    }

    /** {@code FetchConfig[parallelEndpoints=..., maxWorkers=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "FetchConfig[parallelEndpoints=" + parallelEndpoints + ", "
                + "maxWorkers=" + maxWorkers + ", "
                + "rateLimitDelay=" + rateLimitDelay + ", "
                + "retry=" + retry + ", "
                + "connectTimeout=" + connectTimeout + ", "
                + "requestTimeout=" + requestTimeout + ", "
                + "readTimeout=" + readTimeout + ", "
                + "totalTimeout=" + totalTimeout + ", "
                + "maxBodyBytes=" + maxBodyBytes + ", "
                + "userAgent=" + userAgent + ", "
                + "cache=" + cache + ", "
                + "sources=" + sources + ", "
                + "defaultRateLimit=" + defaultRateLimit + "]";
    }

    /** Validating builder; setters throw {@link IllegalArgumentException} naming the field. */
    public static final class Builder {
        private boolean parallelEndpoints = true;
        private int maxWorkers = DEFAULT_MAX_WORKERS;
        private Duration rateLimitDelay = Duration.ZERO;
        private RetryPolicy retry = RetryPolicy.ofDefaults();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration totalTimeout = DEFAULT_TOTAL_TIMEOUT;
        private long maxBodyBytes = 64L * 1024 * 1024;
        private String userAgent = LibraryVersion.userAgent();
        private CacheConfig cache = CacheConfig.disabled();
        private final Map<String, SourceConfig> sources = new LinkedHashMap<>();
        private RateLimitConfig defaultRateLimit = RateLimitConfig.ofDefaults();

        private Builder() {
            for (SourceConfig s : List.of(SourceConfig.jolpica(), SourceConfig.openF1(), SourceConfig.liveTiming())) {
                sources.put(s.name(), s);
            }
        }

        /** Run independent endpoint tasks concurrently (the guide's {@code parallel_endpoints}). */
        public Builder parallelEndpoints(boolean on) {
            this.parallelEndpoints = on;
            return this;
        }

        /** Worker threads, 1 to 64 (the guide's {@code max_workers}). */
        public Builder maxWorkers(int workers) {
            this.maxWorkers = Checks.inRange(workers, 1, 64, "maxWorkers");
            return this;
        }

        /** Minimum spacing between requests to one host (the guide's {@code rate_limit_delay}). */
        public Builder rateLimitDelay(Duration delay) {
            this.rateLimitDelay = RateLimitConfig.nonNegative(delay, "rateLimitDelay");
            return this;
        }

        /** The retry policy. */
        public Builder retry(RetryPolicy policy) {
            this.retry = Checks.notNull(policy, "retry");
            return this;
        }

        /** Total attempts per request (the guide's {@code retry_attempts}), keeping the rest of the policy. */
        public Builder retryAttempts(int attempts) {
            this.retry = retry.toBuilder().maxAttempts(attempts).build();
            return this;
        }

        /** Connect timeout. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = RateLimitConfig.positive(timeout, "connectTimeout");
            return this;
        }

        /** Per-attempt request timeout. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = RateLimitConfig.positive(timeout, "requestTimeout");
            return this;
        }

        /** Longest wait for the next bytes of a body; a body that stalls longer fails the attempt (retried). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = RateLimitConfig.positive(timeout, "readTimeout");
            return this;
        }

        /** Deadline of one attempt's whole response, from sending the request to the last byte of the body. */
        public Builder totalTimeout(Duration timeout) {
            this.totalTimeout = RateLimitConfig.positive(timeout, "totalTimeout");
            return this;
        }

        /** The longest Retry-After honoured (default 5 minutes); a 429 asking for more fails at once. */
        public Builder maxRetryAfter(Duration cap) {
            this.retry = retry.toBuilder().maxRetryAfter(cap).build();
            return this;
        }

        /** Largest decoded body accepted, in bytes. */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        /** The User-Agent header. */
        public Builder userAgent(String agent) {
            this.userAgent = Checks.notBlank(agent, "userAgent");
            return this;
        }

        /** The response cache settings. */
        public Builder cache(CacheConfig config) {
            this.cache = Checks.notNull(config, "cache");
            return this;
        }

        /** Adds or replaces a source (matched by name). */
        public Builder source(SourceConfig source) {
            Checks.notNull(source, "source");
            sources.put(source.name(), source);
            return this;
        }

        /** Points an already configured source at another base URL. */
        public Builder baseUrl(String sourceName, URI url) {
            SourceConfig s = sources.get(sourceName);
            if (s == null) {
                throw new InvalidInputException("source", "source '" + sourceName + "' is not configured; known: "
                        + sources.keySet());
            }
            sources.put(sourceName, s.withBaseUrl(url));
            return this;
        }

        /** Limits for hosts no source covers. */
        public Builder defaultRateLimit(RateLimitConfig limits) {
            this.defaultRateLimit = Checks.notNull(limits, "defaultRateLimit");
            return this;
        }

        /** Applies the guide's keys (see {@link FetchConfig#fromGuideKeys(Map)}). */
        public Builder guideKeys(Map<String, ?> keys) {
            GuideKeys.apply(keys, this);
            return this;
        }

        /** Builds the immutable config. */
        public FetchConfig build() {
            return new FetchConfig(parallelEndpoints, maxWorkers, rateLimitDelay, retry, connectTimeout,
                    requestTimeout, readTimeout, totalTimeout, maxBodyBytes, userAgent, cache, sources,
                    defaultRateLimit);
        }
    }
}
