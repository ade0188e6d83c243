package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.f1pipeline.fetch.ResponseBody;

/**
 * A {@link ResponseBody} whose stream is read from the network or a cache file while the parser consumes it. It
 * enforces the body cap on the decoded bytes, keeps the first bytes for error snippets, and records every
 * {@link IOException} that comes from below the parser (transport, timeout, cap, checksum) so that the fetch layer
 * can tell such failures, which are worth a retry, from the parser's own complaints about the content. Internal API.
 */
final class StreamedBody implements ResponseBody {

    /** The decoded body went past the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long cap) {
            super("body larger than the " + cap + "-byte cap");
        }
    }

    private static final int HEAD = 800;

    private final URI uri;
    private final int status;
    private final Map<String, List<String>> headers;
    private final boolean fromCache;
    private final Tracking stream;

    /**
     * Creates the body.
     *
     * @param uri       the URL requested
     * @param status    the HTTP status
     * @param headers   the response headers
     * @param fromCache whether the bytes come from the cache
     * @param decoded   the decoded bytes
     * @param cap       the largest body accepted (decoded bytes)
     */
    StreamedBody(URI uri, int status, Map<String, List<String>> headers, boolean fromCache, InputStream decoded,
                 long cap) {
        this.uri = uri;
        this.status = status;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                copy.put(k, List.copyOf(v));
            }
        });
        this.headers = Collections.unmodifiableMap(copy);
        this.fromCache = fromCache;
        this.stream = new Tracking(decoded, cap);
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All headers, case-insensitive. */
    Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public boolean fromCache() {
        return fromCache;
    }

    @Override
    public InputStream stream() {
        return stream;
    }

    @Override
    public String snippet() {
        return Snippets.of(Arrays.copyOf(stream.head, stream.headLength));
    }

    /** The failure of the stream below the parser, or null when it never failed. */
    IOException failure() {
        return stream.failure;
    }

    /** Decoded bytes read so far. */
    long bytesRead() {
        return stream.count;
    }

    /** Reads what the parser left (up to the cap), so that the whole body has been received. */
    void drain() throws IOException {
        byte[] buf = new byte[16 * 1024];
        while (stream.read(buf, 0, buf.length) >= 0) {
            // discard: only the side effects (cap, checksum, cache copy) matter
        }
    }

    /** Closes the underlying stream quietly. */
    void close() {
        try {
            stream.in.close();
        } catch (IOException e) {
            // nothing to report: the body was either read in full or has already failed
        }
    }

    /** Counting, capping, head-keeping, failure-recording wrapper. */
    private static final class Tracking extends InputStream {
        private final InputStream in;
        private final long cap;
        private final byte[] head = new byte[HEAD];
        private int headLength;
        private long count;
        private IOException failure;

        Tracking(InputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            int n;
            // At most one byte past the cap is read: enough to know the body is too large. (Math on cap - count,
            // never cap + 1: a cap of Long.MAX_VALUE would overflow.)
            long room = cap - count;
            int want = room >= len ? len : (int) room + 1;
            try {
                n = in.read(b, off, want);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            if (n > 0) {
                if (headLength < HEAD) {
                    int keep = Math.min(n, HEAD - headLength);
                    System.arraycopy(b, off, head, headLength, keep);
                    headLength += keep;
                }
                count += n;
                if (count > cap) {
                    failure = new TooLargeException(cap);
                    throw failure;
                }
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            try {
                return in.available();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() {
            // The fetch layer owns the stream: a parser closing it (Jackson does at the end) must not cut the
            // transfer before the cache copy and the checksum are complete.
        }
    }
}
