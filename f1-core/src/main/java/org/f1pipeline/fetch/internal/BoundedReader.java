package org.f1pipeline.fetch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream up to a cap, never holding more than cap + 1 bytes. Internal API. */
final class BoundedReader {

    /** The bytes read (at most the cap) and whether more were available. */
    record Result(byte[] bytes, boolean overflow) {
    }

    private BoundedReader() {
    }

    static Result read(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 64 * 1024));
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buf.length, cap + 1 - total);
            int n = in.read(buf, 0, want);
            if (n < 0) {
                return new Result(out.toByteArray(), false);
            }
            total += n;
            if (total > cap) {
                // Keep nothing past the cap: the caller only needs to know the body was too large.
                return new Result(new byte[0], true);
            }
            out.write(buf, 0, n);
        }
    }
}
