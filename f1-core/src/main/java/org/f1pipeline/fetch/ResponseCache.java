package org.f1pipeline.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.internal.DiskResponseCache;
import org.f1pipeline.internal.Checks;

/**
 * The persistent response cache on disk (what FastF1's HTTP cache is for Python). One file per URL, named by the
 * SHA-256 of the normalised URL (nothing of the URL becomes a path), written atomically, checked on read (a
 * corrupted entry is dropped and refetched). Entries for sessions that ended long enough before they were fetched
 * are immutable; others expire after the configured ttl. See {@link CacheConfig}.
 *
 * <p>Thread-safe, and safe to share one folder between processes: writers replace whole files atomically.
 */
public interface ResponseCache {

    /**
     * Cache size.
     *
     * @param entries number of cached responses
     * @param bytes   bytes used on disk
     */
    record Stats(long entries, long bytes) {
    }

    /** The cache folder. */
    Path dir();

    /** Number of entries and bytes on disk. */
    Stats size();

    /** Deletes every entry (and leftover temporary files); files that are not cache entries are left alone. */
    void clear();

    /** Whether a readable entry exists for {@code uri}, fresh or not (what offline mode could serve). */
    boolean contains(URI uri);

    /** Removes the entry for {@code uri}, e.g. after its body turned out unreadable; returns whether one existed. */
    boolean evict(URI uri);

    /** The URLs of {@code uris} that have no readable entry, in the given order. */
    default List<URI> missing(Collection<URI> uris) {
        return uris.stream().filter(u -> !contains(u)).toList();
    }

    /**
     * Checks that every URL is cached, for running a plan offline.
     *
     * @param uris the URLs a plan will request
     * @throws OfflineCacheMissException listing every missing URL
     */
    default void requireAll(Collection<URI> uris) {
        List<URI> missing = missing(uris);
        if (!missing.isEmpty()) {
            throw new OfflineCacheMissException(missing);
        }
    }

    /**
     * Opens (creating if needed) the cache described by {@code config}.
     *
     * @param config cache settings; {@code dir} must be set
     * @param clock  wall clock for freshness
     * @return the cache
     */
    static ResponseCache open(CacheConfig config, Clock clock) {
        Checks.notNull(config, "config");
        if (!config.enabled()) {
            throw new InvalidInputException("cacheDir", "cache dir must be set to open a response cache");
        }
        return new DiskResponseCache(config, Checks.notNull(clock, "clock"));
    }
}
