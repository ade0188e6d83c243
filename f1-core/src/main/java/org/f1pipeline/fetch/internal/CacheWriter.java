package org.f1pipeline.fetch.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.f1pipeline.fetch.FetchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new cache entry being written while its body streams past the parser: the body goes to a temporary file, and
 * {@link #commit} writes the entry (metadata, then the body copied from that file) and moves it into place
 * atomically, only once the parser has accepted the body. Failures are logged, never thrown: the cache is best
 * effort. Not thread-safe; {@link #commit} or {@link #discard} it.
 */
final class CacheWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWriter.class);

    private final DiskResponseCache cache;
    private final URI uri;
    private final Path file;
    private final Path bodyTmp;
    private final CRC32C crc = new CRC32C();
    private OutputStream out;
    private long length;
    private boolean failed;

    CacheWriter(DiskResponseCache cache, URI uri) {
        this.cache = cache;
        this.uri = uri;
        this.file = cache.pathFor(uri);
        this.bodyTmp = DiskResponseCache.tempFor(file);
    }

    /** Appends body bytes; a write failure only stops the caching (the fetch goes on). */
    void write(byte[] b, int off, int len) {
        if (failed || len <= 0) {
            return;
        }
        try {
            if (out == null) {
                Files.createDirectories(file.getParent());
                out = new BufferedOutputStream(Files.newOutputStream(bodyTmp), 64 * 1024);
            }
            out.write(b, off, len);
            crc.update(b, off, len);
            length += len;
        } catch (IOException e) {
            LOG.warn("Cannot write cache entry for {}: {}", Redaction.uri(uri), e.toString());
            failed = true;
            DiskResponseCache.closeQuietly(out);
            DiskResponseCache.deleteQuietly(bodyTmp);
        }
    }

    /** Writes the entry and moves it into place (see the class comment). */
    void commit(FetchRequest request, int status, Map<String, List<String>> headers, long wireBytes) {
        if (failed) {
            return;
        }
        Path tmp = DiskResponseCache.tempFor(file);
        try {
            if (out == null) {
                Files.createDirectories(file.getParent());
                Files.write(bodyTmp, new byte[0]);
            } else {
                out.close();
            }
            CacheEntry.Meta meta = new CacheEntry.Meta(DiskResponseCache.normalise(request.uri()), status,
                    cache.clock().instant(), request.sessionEnd(), headers, length, crc.getValue(), wireBytes);
            try (OutputStream entry = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
                meta.write(entry);
                Files.copy(bodyTmp, entry);
            }
            DiskResponseCache.moveIntoPlace(tmp, file);
        } catch (IOException e) {
            LOG.warn("Cannot write cache entry for {}: {}", Redaction.uri(uri), e.toString());
            DiskResponseCache.deleteQuietly(tmp);
        } finally {
            DiskResponseCache.deleteQuietly(bodyTmp);
        }
    }

    /** Drops what was written. */
    void discard() {
        failed = true;
        DiskResponseCache.closeQuietly(out);
        DiskResponseCache.deleteQuietly(bodyTmp);
    }
}
