package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.f1pipeline.fetch.ResponseBody;

/** A body whose stream copies every byte the parser reads into a {@link CacheWriter}. Internal API. */
final class TeeBody implements ResponseBody {

    private final ResponseBody body;
    private final InputStream stream;

    TeeBody(ResponseBody body, CacheWriter writer) {
        this.body = body;
        InputStream in = body.stream();
        this.stream = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                    writer.write(b, off, n);
                }
                return n;
            }

            @Override
            public int available() throws IOException {
                return in.available();
            }
        };
    }

    /** Reads what the parser left, so that the cache copy is complete. */
    void drain() throws IOException {
        byte[] buf = new byte[16 * 1024];
        while (stream.read(buf, 0, buf.length) >= 0) {
            // copy the rest into the cache
        }
    }

    @Override
    public URI uri() {
        return body.uri();
    }

    @Override
    public int status() {
        return body.status();
    }

    @Override
    public Optional<String> header(String name) {
        return body.header(name);
    }

    @Override
    public boolean fromCache() {
        return false;
    }

    @Override
    public InputStream stream() {
        return stream;
    }

    @Override
    public String snippet() {
        return body.snippet();
    }
}
