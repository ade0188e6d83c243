package org.f1pipeline.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * The persistent response cache: where it lives and how long entries stay valid.
 */
public final class CacheConfig {

    /** Default freshness of mutable entries: 15 minutes, the seed's auto-runner cadence. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
    /** Default delay after a session's end from which its data is final: 24 hours (post-race penalties settle). */
    public static final Duration DEFAULT_IMMUTABLE_AFTER = Duration.ofHours(24);

    private final Path dir;
    private final Duration ttl;
    private final Duration immutableAfter;
    private final boolean offline;
    private final boolean staleIfError;

    private CacheConfig(Path dir, Duration ttl, Duration immutableAfter, boolean offline, boolean staleIfError) {
        RateLimitConfig.positive(ttl, "cache ttl");
        RateLimitConfig.nonNegative(immutableAfter, "cache immutableAfter");
        if (offline && dir == null) {
            throw new InvalidInputException("cacheDir", "cache dir must be set when offline mode is on");
        }
        this.dir = dir;
        this.ttl = ttl;
        this.immutableAfter = immutableAfter;
        this.offline = offline;
        this.staleIfError = staleIfError;
    }

    /** No cache (and therefore no offline mode). */
    public static CacheConfig disabled() {
        return new CacheConfig(null, DEFAULT_TTL, DEFAULT_IMMUTABLE_AFTER, false, true);
    }

    /** A cache in {@code dir} with default freshness rules. */
    public static CacheConfig at(Path dir) {
        return new CacheConfig(Checks.notNull(dir, "cache dir"), DEFAULT_TTL, DEFAULT_IMMUTABLE_AFTER, false, true);
    }

    /** Whether a cache folder is configured. */
    public boolean enabled() {
        return dir != null;
    }

    /** Same config with another folder (null disables the cache). */
    public CacheConfig withDir(Path newDir) {
        return new CacheConfig(newDir, ttl, immutableAfter, offline && newDir != null, staleIfError);
    }

    /** Same config with another ttl. */
    public CacheConfig withTtl(Duration newTtl) {
        return new CacheConfig(dir, newTtl, immutableAfter, offline, staleIfError);
    }

    /** Same config with another immutability delay. */
    public CacheConfig withImmutableAfter(Duration delay) {
        return new CacheConfig(dir, ttl, delay, offline, staleIfError);
    }

    /** Same config with offline mode switched. */
    public CacheConfig withOffline(boolean on) {
        return new CacheConfig(dir, ttl, immutableAfter, on, staleIfError);
    }

    /** Same config with stale-if-error switched. */
    public CacheConfig withStaleIfError(boolean on) {
        return new CacheConfig(dir, ttl, immutableAfter, offline, on);
    }

    /** The cache folder, or null for no cache. */
    public Path dir() {
        return dir;
    }

    /** How long an entry that is not immutable stays fresh. */
    public Duration ttl() {
        return ttl;
    }

    /** An entry fetched at least this long after its request's {@code sessionEnd} never expires. */
    public Duration immutableAfter() {
        return immutableAfter;
    }

    /** Serve only from the cache; a miss fails with {@link OfflineCacheMissException}. */
    public boolean offline() {
        return offline;
    }

    /** Serve an expired entry when refreshing it fails (FastF1's {@code stale_if_error}). */
    public boolean staleIfError() {
        return staleIfError;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheConfig o && Objects.equals(dir, o.dir)
                && Objects.equals(ttl, o.ttl)
                && Objects.equals(immutableAfter, o.immutableAfter)
                && offline == o.offline
                && staleIfError == o.staleIfError;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dir, ttl, immutableAfter, offline, staleIfError);
    }

    /** {@code CacheConfig[dir=..., ttl=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "CacheConfig[dir=" + dir + ", "
                + "ttl=" + ttl + ", "
                + "immutableAfter=" + immutableAfter + ", "
                + "offline=" + offline + ", "
                + "staleIfError=" + staleIfError + "]";
    }
}
