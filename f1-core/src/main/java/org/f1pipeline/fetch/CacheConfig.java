package org.f1pipeline.fetch;

import java.nio.file.Path;
import java.time.Duration;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * The persistent response cache: where it lives and how long entries stay valid.
 *
 * @param dir            the cache folder, or null for no cache
 * @param ttl            how long an entry that is not immutable stays fresh
 * @param immutableAfter an entry fetched at least this long after its request's {@code sessionEnd} never expires
 * @param offline        serve only from the cache; a miss fails with {@link OfflineCacheMissException}
 * @param staleIfError   serve an expired entry when refreshing it fails (FastF1's {@code stale_if_error})
 */
public record CacheConfig(Path dir, Duration ttl, Duration immutableAfter, boolean offline, boolean staleIfError) {

    /** Default freshness of mutable entries: 15 minutes, the seed's auto-runner cadence. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
    /** Default delay after a session's end from which its data is final: 24 hours (post-race penalties settle). */
    public static final Duration DEFAULT_IMMUTABLE_AFTER = Duration.ofHours(24);

    /** Validates the fields. */
    public CacheConfig {
        RateLimitConfig.positive(ttl, "cache ttl");
        RateLimitConfig.nonNegative(immutableAfter, "cache immutableAfter");
        if (offline && dir == null) {
            throw new InvalidInputException("cacheDir", "cache dir must be set when offline mode is on");
        }
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
}
