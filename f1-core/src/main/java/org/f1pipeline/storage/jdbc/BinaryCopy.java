package org.f1pipeline.storage.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable big-endian byte buffer for PostgreSQL's binary {@code COPY} format: the 19-byte header, then per tuple
 * a 16-bit field count and each field as a 32-bit length (-1 for null) and its bytes, then the 16-bit trailer -1.
 * Not thread-safe.
 */
final class BinaryCopy {

    /** Signature, flags (no OIDs), header extension length. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};

    private byte[] bytes;
    private int size;

    BinaryCopy(int capacity) {
        this.bytes = new byte[Math.max(capacity, 64)];
    }

    BinaryCopy header() {
        return put(HEADER);
    }

    BinaryCopy trailer() {
        return putShort(-1);
    }

    int size() {
        return size;
    }

    BinaryCopy put(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    BinaryCopy put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    BinaryCopy putShort(int v) {
        ensure(2);
        bytes[size++] = (byte) (v >> 8);
        bytes[size++] = (byte) v;
        return this;
    }

    /** Overwrites the 16-bit value at {@code position} (a tuple's field count, known once it is bound). */
    void setShort(int position, int v) {
        bytes[position] = (byte) (v >> 8);
        bytes[position + 1] = (byte) v;
    }

    BinaryCopy putInt(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >> 24);
        bytes[size++] = (byte) (v >> 16);
        bytes[size++] = (byte) (v >> 8);
        bytes[size++] = (byte) v;
        return this;
    }

    BinaryCopy putLong(long v) {
        return putInt((int) (v >> 32)).putInt((int) v);
    }

    /** A copy of the bytes written so far. */
    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Writes the buffer to {@code out} and empties it. */
    void drainTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
