package org.f1pipeline.testkit.dump;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * Writes a Jolpica CSV database dump ({@code csv_dump.zip}) in the exact format of jolpica-f1's
 * {@code scripts/generate_csv_dump.py}: one {@code formula_one_<model>.csv} per table, {@code id} first then the
 * other columns alphabetically, rows in id order, PostgreSQL CSV values ({@code t}/{@code f}, empty = null,
 * {@code 00:01:31.531}, {@code 2024-03-02 15:00:00+00}), entries sorted by name, deflated, stamped
 * 1999-01-01 00:00:00. The same input gives the same bytes, so the same SHA-256.
 *
 * <p>The rows are those from which Jolpica's API would serve exactly what the fake Jolpica serves for the same facts
 * (docs/fakes.md lists every rule). Rows stream through spill files, so a full-history dump needs little heap.
 *
 * <pre>{@code
 * JolpicaDump d = JolpicaDumpWriter.synthetic(SyntheticHistory.standard(), 2023, 2024).toDump();
 * DumpSummary s = JolpicaDumpWriter.synthetic(history, 1950, 2025).cutoff(asOf).writeTo(Path.of("csv_dump.zip"));
 * DumpSummary real = JolpicaDumpWriter.real(ErgastHistory.load(ErgastHistory.locateOrSkip())).writeTo(path);
 * }</pre>
 */
public final class JolpicaDumpWriter {
    private final SyntheticHistory synthetic;
    private final int fromYear;
    private final int toYear;
    private final ErgastHistory real;
    private final Instant cutoff;

    private JolpicaDumpWriter(SyntheticHistory synthetic, int fromYear, int toYear, ErgastHistory real,
                              Instant cutoff) {
        this.synthetic = synthetic;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.real = real;
        this.cutoff = cutoff;
    }

    /** A dump of the synthetic seasons {@code fromYear..toYear} (the facts the fake Jolpica serves). */
    public static JolpicaDumpWriter synthetic(SyntheticHistory history, int fromYear, int toYear) {
        Objects.requireNonNull(history, "history");
        if (fromYear < Eras.FIRST_YEAR || toYear > Eras.LAST_YEAR || fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + ".." + toYear + " outside "
                    + Eras.FIRST_YEAR + ".." + Eras.LAST_YEAR);
        }
        return new JolpicaDumpWriter(history, fromYear, toYear, null, null);
    }

    /** A dump of the real 1950-2013 record (the facts {@code FakeF1Api.replay} serves). */
    public static JolpicaDumpWriter real(ErgastHistory history) {
        return new JolpicaDumpWriter(null, 0, 0, Objects.requireNonNull(history, "history"), null);
    }

    /**
     * The database as it stood at {@code at}: schedules of every season in range, but results, laps and pit stops only
     * of sessions that ended by then (null = everything). Applies to the synthetic history.
     */
    public JolpicaDumpWriter cutoff(Instant at) {
        return new JolpicaDumpWriter(synthetic, fromYear, toYear, real, at);
    }

    /** Writes the zip to a stream (not closed). */
    public DumpSummary writeTo(OutputStream target) {
        MessageDigest sha = sha256();
        CountingStream counting = new CountingStream(new DigestOutputStream(target, sha));
        try (DumpTables tables = new DumpTables()) {
            scoringRows(tables);
            if (real != null) {
                new ErgastRows(tables, real).write();
            } else {
                new SyntheticRows(tables, synthetic, cutoff).write(fromYear, toYear);
            }
            tables.zip(counting);
            counting.flush();
            return new DumpSummary(counting.count, HexFormat.of().formatHex(sha.digest()), tables.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the zip to a file (replaced if present). */
    public DumpSummary writeTo(Path zip) {
        try (OutputStream out = Files.newOutputStream(zip)) {
            return writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip in memory (fine for a few seasons; a full-history dump is about 10 MB). */
    public JolpicaDump toDump() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        DumpSummary s = writeTo(out);
        return new JolpicaDump(out.toByteArray(), s);
    }

    private static void scoringRows(DumpTables t) {
        for (String[] p : ScoringSystems.POINT_SYSTEMS) {
            t.pointSystem.add("reference", p[0], "name", p[1], "driver_position_points", p[2],
                    "driver_fastest_lap", p[3], "team_position_points", p[4], "team_fastest_lap", p[5],
                    "partial", p[6], "shared_drive", p[7], "is_double_points", p[8]);
        }
        for (String[] c : ScoringSystems.CHAMPIONSHIP_SYSTEMS) {
            t.championshipSystem.add("reference", c[0], "name", c[1], "eligibility", c[2],
                    "driver_season_split", c[3], "driver_best_results", c[4], "team_season_split", c[5],
                    "team_best_results", c[6], "team_points_per_session", c[7]);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
