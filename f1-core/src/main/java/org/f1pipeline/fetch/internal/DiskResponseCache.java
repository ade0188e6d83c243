package org.f1pipeline.fetch.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.ResponseCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ResponseCache} in a folder: {@code <dir>/<first two hex digits>/<sha256 of the normalised URL>.entry}.
 * Writes go to a temporary file in the same folder, then an atomic rename, so readers (even in another process)
 * see the old entry or the new one, never half of one. Internal API.
 */
public final class DiskResponseCache implements ResponseCache {

    private static final Logger LOG = LoggerFactory.getLogger(DiskResponseCache.class);
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.entry");
    private static final Pattern TEMP = Pattern.compile("\\.[0-9a-f]{64}\\.entry\\.[0-9]+\\.tmp");

    private final CacheConfig config;
    private final Clock clock;
    private final Path dir;

    /** Use {@link ResponseCache#open}. */
    public DiskResponseCache(CacheConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.dir = config.dir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cache dir " + dir, e);
        }
    }

    /** The settings this cache was opened with. */
    public CacheConfig config() {
        return config;
    }

    @Override
    public Path dir() {
        return dir;
    }

    /** Scheme and host lower-cased, default port and fragment dropped, path and query kept byte for byte. */
    public static String normalise(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The file an entry for {@code uri} lives in; only hex digits of a hash ever reach the file system. */
    public Path pathFor(URI uri) {
        String hash = sha256(normalise(uri));
        return dir.resolve(hash.substring(0, 2)).resolve(hash + ".entry");
    }

    /** The entry for {@code uri}, or empty when absent or unreadable (an unreadable file is deleted). */
    Optional<CacheEntry> read(URI uri) {
        Path file = pathFor(uri);
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read cache entry {} for {}: {}; refetching", file, Redaction.uri(uri), e.toString());
            return Optional.empty();
        }
        try {
            return Optional.of(CacheEntry.decode(data, normalise(uri)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Corrupted cache entry {} for {} ({}); deleting it and refetching", file, Redaction.uri(uri),
                    e.getMessage());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Whether {@code entry} may be served for {@code request} without asking the server. */
    boolean isFresh(CacheEntry entry, FetchRequest request) {
        return isFresh(entry.fetchedAt(), entry.sessionEnd(), request);
    }

    /** Whether an entry with this metadata may be served for {@code request} without asking the server. */
    boolean isFresh(CacheEntry.Meta meta, FetchRequest request) {
        return isFresh(meta.fetchedAt(), meta.sessionEnd(), request);
    }

    private boolean isFresh(Instant fetchedAt, Instant sessionEnd, FetchRequest request) {
        Instant end = request.sessionEnd() != null ? request.sessionEnd() : sessionEnd;
        if (end != null && !fetchedAt.isBefore(end.plus(config.immutableAfter()))) {
            return true; // fetched long enough after the session ended: the data is final
        }
        return clock.instant().isBefore(fetchedAt.plus(config.ttl()));
    }

    /**
     * Opens the entry for {@code uri} for streaming, or empty when absent or its metadata is unreadable (such a file
     * is deleted). The body's own integrity is checked while it is read.
     */
    Optional<CachedFile> open(URI uri) {
        Path file = pathFor(uri);
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read cache entry {} for {}: {}; refetching", file, Redaction.uri(uri), e.toString());
            return Optional.empty();
        }
        try {
            CacheEntry.Meta meta = CacheEntry.Meta.read(in, normalise(uri));
            return Optional.of(new CachedFile(meta, CacheEntry.checkedBody(in, meta)));
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            LOG.warn("Corrupted cache entry {} for {} ({}); deleting it and refetching", file, Redaction.uri(uri),
                    e.getMessage());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /**
     * Starts writing a new entry for {@code uri}: the body goes to a temporary file as it streams past, and
     * {@link CacheWriter#commit} puts the complete entry in place atomically.
     */
    CacheWriter writer(URI uri) {
        return new CacheWriter(this, uri);
    }

    /** The clock entries are stamped with. */
    Clock clock() {
        return clock;
    }

    static Path tempFor(Path file) {
        return file.resolveSibling("." + file.getFileName() + "."
                + java.util.concurrent.ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp");
    }

    static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // best effort
        }
    }

    /** Stores {@code response} for {@code request}; a failure is logged, never thrown (the cache is best effort). */
    void write(FetchRequest request, FetchResponse response) {
        Path file = pathFor(request.uri());
        CacheEntry entry = new CacheEntry(normalise(request.uri()), response.status(), clock.instant(),
                request.sessionEnd(), response.headers(), response.body(), response.bytes());
        Path tmp = tempFor(file);
        try {
            Files.createDirectories(file.getParent());
            Files.write(tmp, entry.encode());
            moveIntoPlace(tmp, file);
        } catch (IOException e) {
            LOG.warn("Cannot write cache entry for {}: {}", Redaction.uri(request.uri()), e.toString());
            deleteQuietly(tmp);
        }
    }

    @Override
    public boolean contains(URI uri) {
        return read(uri).isPresent();
    }

    @Override
    public boolean evict(URI uri) {
        try {
            return Files.deleteIfExists(pathFor(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete cache entry for " + Redaction.uri(uri), e);
        }
    }

    @Override
    public Stats size() {
        long[] totals = new long[2];
        forEachOwnFile(true, file -> {
            try {
                totals[1] += Files.size(file);
                totals[0]++;
            } catch (IOException e) {
                // vanished between listing and stat: a concurrent clear()
            }
        });
        return new Stats(totals[0], totals[1]);
    }

    @Override
    public void clear() {
        forEachOwnFile(false, DiskResponseCache::deleteQuietly);
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (SHARD.matcher(shard.getFileName().toString()).matches() && Files.isDirectory(shard)) {
                    try {
                        Files.deleteIfExists(shard);
                    } catch (IOException e) {
                        // not empty (a foreign file, or a concurrent writer): leave it
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear cache " + dir, e);
        }
    }

    /** Visits entry files (and temp files unless {@code entriesOnly}); never anything we did not write. */
    private void forEachOwnFile(boolean entriesOnly, java.util.function.Consumer<Path> action) {
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (!SHARD.matcher(shard.getFileName().toString()).matches() || !Files.isDirectory(shard)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        if (ENTRY.matcher(name).matches() || (!entriesOnly && TEMP.matcher(name).matches())) {
                            action.accept(f);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list cache " + dir, e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}: {}", file, e.toString());
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
