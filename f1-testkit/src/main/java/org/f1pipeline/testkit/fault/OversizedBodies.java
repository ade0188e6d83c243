package org.f1pipeline.testkit.fault;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Valid JSON bodies of any size, written as a stream so that the server side never holds them: the oversized
 * answers of the reliability suite and the memory benchmark ({@link FaultProxy#generate}). Deterministic: the same
 * arguments give the same bytes, and the writer knows how many rows it wrote.
 */
public final class OversizedBodies {

    private OversizedBodies() {
    }

    /** A generated body and, once written, how many rows and bytes it had. */
    public abstract static class Generated implements FaultProxy.BodyWriter {
        private volatile long rows;
        private volatile long bytes;

        /** Rows written by the last {@link #write}. */
        public long rows() {
            return rows;
        }

        /** Bytes written by the last {@link #write}. */
        public long bytes() {
            return bytes;
        }

        void done(long rowCount, long byteCount) {
            this.rows = rowCount;
            this.bytes = byteCount;
        }
    }

    /**
     * An OpenF1 {@code laps} answer of at least {@code targetBytes}: rows of 20 drivers over consecutive laps of one
     * session, with every field the real API sends (sector times, speed traps, segment arrays).
     *
     * @param targetBytes the size to reach (the last row may go a little past it)
     * @param meetingKey  the meeting of every row
     * @param sessionKey  the session of every row
     * @return the body writer
     */
    public static Generated openF1Laps(long targetBytes, int meetingKey, int sessionKey) {
        return new Generated() {
            @Override
            public void write(OutputStream raw) throws IOException {
                OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
                long written = 1;
                long rows = 0;
                Instant start = Instant.parse("2024-03-02T15:00:00Z");
                out.write('[');
                while (written < targetBytes - 1) {
                    int driver = (int) (rows % 20) + 1;
                    long lap = rows / 20 + 1;
                    double s1 = 25 + (rows * 7 % 1000) / 1000.0;
                    double s2 = 38 + (rows * 13 % 1000) / 1000.0;
                    double s3 = 27 + (rows * 17 % 1000) / 1000.0;
                    String row = (rows == 0 ? "" : ",") + String.format(Locale.ROOT,
                            "{\"date_start\":\"%s\",\"driver_number\":%d,\"duration_sector_1\":%.3f,"
                                    + "\"duration_sector_2\":%.3f,\"duration_sector_3\":%.3f,\"i1_speed\":%d,"
                                    + "\"i2_speed\":%d,\"is_pit_out_lap\":false,\"lap_duration\":%.3f,"
                                    + "\"lap_number\":%d,\"meeting_key\":%d,"
                                    + "\"segments_sector_1\":[2049,2049,2051,2049,2049,2049,2048,2049],"
                                    + "\"segments_sector_2\":[2049,2049,2049,2051,2049,2049,2049,2049,2049],"
                                    + "\"segments_sector_3\":[2048,2049,2049,2049,2049,2049,2064,2064],"
                                    + "\"session_key\":%d,\"st_speed\":%d}",
                            start.plusMillis(lap * 91_000 + driver * 250).toString().replace("Z", "+00:00"),
                            driver, s1, s2, s3, 280 + driver, 250 + driver, s1 + s2 + s3, lap, meetingKey,
                            sessionKey, 300 + driver);
                    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
                    out.write(bytes);
                    written += bytes.length;
                    rows++;
                }
                out.write(']');
                out.flush();
                done(rows, written + 1);
            }
        };
    }

    /**
     * A Jolpica schedule page ({@code RaceTable.Races}) of {@code races} rounds of {@code season}, each race
     * carrying an extra field of {@code paddingBytes} characters (unknown fields are ignored by the parser): a
     * valid page of any size with few rows.
     *
     * @param season       the season
     * @param races        rounds 1 to {@code races} (at most 30)
     * @param paddingBytes size of each race's extra field
     * @return the body writer
     */
    public static Generated jolpicaSchedule(int season, int races, int paddingBytes) {
        return new Generated() {
            @Override
            public void write(OutputStream raw) throws IOException {
                OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
                long written = 0;
                written += put(out, "{\"MRData\":{\"xmlns\":\"\",\"series\":\"f1\",\"url\":\"http://api.jolpi.ca/ergast/f1/"
                        + season + ".json\",\"limit\":\"100\",\"offset\":\"0\",\"total\":\"" + races
                        + "\",\"RaceTable\":{\"season\":\"" + season + "\",\"Races\":[");
                byte[] pad = new byte[8192];
                java.util.Arrays.fill(pad, (byte) 'x');
                for (int round = 1; round <= races; round++) {
                    written += put(out, (round == 1 ? "" : ",") + "{\"season\":\"" + season + "\",\"round\":\""
                            + round + "\",\"url\":\"https://en.wikipedia.org/wiki/Round_" + round + "\","
                            + "\"raceName\":\"Grand Prix " + round + "\",\"Circuit\":{\"circuitId\":\"circuit_"
                            + round + "\",\"url\":\"https://en.wikipedia.org/wiki/Circuit_" + round + "\","
                            + "\"circuitName\":\"Circuit " + round + "\",\"Location\":{\"lat\":\"45.5\","
                            + "\"long\":\"9.2\",\"locality\":\"Town " + round + "\",\"country\":\"Country\"}},"
                            + "\"date\":\"" + season + "-" + String.format(Locale.ROOT, "%02d-%02d",
                            (round - 1) / 3 + 3, (round - 1) % 3 * 7 + 1) + "\",\"time\":\"13:00:00Z\",\"Notes\":\"");
                    for (int left = paddingBytes; left > 0; left -= pad.length) {
                        out.write(pad, 0, Math.min(left, pad.length));
                    }
                    written += paddingBytes;
                    written += put(out, "\"}");
                }
                written += put(out, "]}}}");
                out.flush();
                done(races, written);
            }
        };
    }

    private static long put(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }
}
