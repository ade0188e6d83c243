package org.f1pipeline.storage.jdbc;

import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.LapArrays;

/**
 * The arrays of a {@link LapSummary} as one byte string (the {@code lap_summaries.laps} column): a format byte,
 * then each array as its length and its values in unsigned LEB128 varints. The ascending arrays (race laps,
 * sectors) are stored as differences from the previous value, mostly one or two bytes; the tyre points as the tyre
 * life and the lap time's zigzag difference from the previous tyre point's. About 2 MB for the 11,000 summaries of
 * 2000-2025, read as one column per row. Stateless.
 */
final class LapSummaryCodec {

    private static final int FORMAT = 1;

    private LapSummaryCodec() {
    }

    static byte[] encode(LapSummary s) {
        int[] pace = LapArrays.raceLapsMs(s); // read only, not copied (D97)
        int[] life = LapArrays.tyreLife(s);
        int[] time = LapArrays.tyreLapMs(s);
        // BinaryCopy, not ByteArrayOutputStream: no lock per byte (a first lap load encodes about 1.8 million).
        BinaryCopy out = new BinaryCopy(16 + 2 * pace.length + 4 * life.length);
        out.put(FORMAT);
        ascending(out, pace);
        varint(out, life.length);
        int previous = 0;
        for (int i = 0; i < life.length; i++) {
            varint(out, life[i]);
            int delta = time[i] - previous;
            varint(out, (delta << 1) ^ (delta >> 31));
            previous = time[i];
        }
        ascending(out, LapArrays.sectorMs(s, 1));
        ascending(out, LapArrays.sectorMs(s, 2));
        ascending(out, LapArrays.sectorMs(s, 3));
        return out.toArray();
    }

    static LapSummary decode(RaceKey race, DriverId driver, Double topSpeedKph, byte[] bytes) {
        Reader in = new Reader(bytes);
        if (in.varint() != FORMAT) {
            throw new IllegalStateException("lap summary of " + race + " " + driver + " has an unknown format "
                    + bytes[0]);
        }
        int[] pace = in.ascending();
        int n = in.varint();
        int[] life = new int[n];
        int[] time = new int[n];
        int previous = 0;
        for (int i = 0; i < n; i++) {
            life[i] = in.varint();
            int zigzag = in.varint();
            previous += (zigzag >>> 1) ^ -(zigzag & 1);
            time[i] = previous;
        }
        int[] s1 = in.ascending();
        int[] s2 = in.ascending();
        int[] s3 = in.ascending();
        if (in.pos != bytes.length) {
            throw new IllegalStateException("lap summary of " + race + " " + driver + " has "
                    + (bytes.length - in.pos) + " bytes too many");
        }
        // The arrays were made here and are never touched again: the summary keeps them (D97).
        return LapArrays.handOver(race, driver, pace, life, time, s1, s2, s3, topSpeedKph);
    }

    private static void ascending(BinaryCopy out, int[] values) {
        varint(out, values.length);
        int previous = 0;
        for (int v : values) {
            varint(out, v - previous); // non-negative: the array is ascending and its values positive
            previous = v;
        }
    }

    private static void varint(BinaryCopy out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.put((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.put(v);
    }

    /** Reads varints from a byte string. Not thread-safe. */
    private static final class Reader {
        private final byte[] bytes;
        private int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[pos++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("malformed varint in a lap summary at byte " + pos);
        }

        int[] ascending() {
            int[] out = new int[varint()];
            int previous = 0;
            for (int i = 0; i < out.length; i++) {
                previous += varint();
                out[i] = previous;
            }
            return out;
        }
    }
}
