package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.io.InputStream;

/** A cache entry opened for streaming: its metadata, and its body with length and checksum checked at the end. */
final class CachedFile implements AutoCloseable {

    private final CacheEntry.Meta meta;
    private final InputStream body;

    CachedFile(CacheEntry.Meta meta, InputStream body) {
        this.meta = meta;
        this.body = body;
    }

    CacheEntry.Meta meta() {
        return meta;
    }

    InputStream body() {
        return body;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // read-only file: nothing to lose
        }
    }
}
