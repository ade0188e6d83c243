package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What PostgreSQL itself needs for {@link LapLoadBenchmark}'s first load, with no client in the loop: the same
 * laps, in key order, loaded by the server from a binary file of its own ({@code COPY ... FROM '<file>'}) into the
 * emptied table, then the two foreign keys and the primary key added back with the settings the storage uses
 * ({@code enable_mergejoin} off for the key checks, 8 MB of sort memory and no parallel workers for the key build),
 * all in one transaction, as the storage's bulk path does.
 *
 * <p>Why: the lap-load target is a number of rows per second on "this machine", and the machine's speed moves from
 * one session to the next by more than the target's margin (the same first-load code measured 1.26 s in one session
 * and 2.0 s in another). The server's own time for the same statements moves with it, so the benchmark prints the
 * client's load beside it: the ratio says how much the library adds to what the database cannot avoid, and a floor
 * slower than the target says that no client could meet it on that run. Needs a superuser (or the
 * {@code pg_read_server_files} and {@code pg_write_server_files} roles) and a server on this machine (the file is
 * written by the server into the temporary folder and removed here); otherwise {@link #measure} says why it could
 * not.
 */
final class LapLoadServerFloor {

    private static final String KEY_ORDER = "season, round, race_type, driver_id, lap";

    private LapLoadServerFloor() {
    }

    /** The server's times per statement, in nanoseconds, in order; or why they could not be measured. */
    record Result(Map<String, Long> steps, String unavailable) {

        long total() {
            return steps.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Copies {@code schema.laps} (loaded by the benchmark's run) into a server-side file, then times reloading it
     * into the same table with the keys added back; the table ends as it was, with both keys.
     */
    static Result measure(String url, String schema) {
        String table = schema + ".laps";
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "f1-lapfloor-" + UUID.randomUUID() + ".bin");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM " + table + " ORDER BY " + KEY_ORDER + ") TO '" + file
                    + "' WITH (FORMAT binary)");
            List<String[]> foreign = constraints(st, table, 'f');
            List<String[]> primary = constraints(st, table, 'p');
            Map<String, Long> steps = new LinkedHashMap<>();
            c.setAutoCommit(false);
            time(steps, "lock, truncate, drop keys", st, "LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE",
                    "TRUNCATE " + table, alter(table, "DROP CONSTRAINT ", foreign, primary));
            time(steps, "COPY from the server's file", st, "COPY " + table + " FROM '" + file
                    + "' WITH (FORMAT binary, FREEZE)");
            st.execute("SET LOCAL enable_mergejoin = off");
            time(steps, "foreign keys", st, alter(table, "ADD CONSTRAINT ", foreign, List.of()));
            st.execute("SET LOCAL enable_mergejoin = on");
            st.execute("SET LOCAL maintenance_work_mem = '8MB'");
            st.execute("SET LOCAL max_parallel_maintenance_workers = 0");
            time(steps, "primary key", st, alter(table, "ADD CONSTRAINT ", primary, List.of()));
            long t0 = System.nanoTime();
            c.commit();
            steps.put("commit", System.nanoTime() - t0);
            return new Result(steps, null);
        } catch (SQLException e) {
            return new Result(Map.of(), e.getMessage().lines().findFirst().orElse(e.toString()));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                System.out.println("  (could not delete the server's file " + file + ": " + e + ")");
            }
        }
    }

    private static void time(Map<String, Long> steps, String name, Statement st, String... sql) throws SQLException {
        long t0 = System.nanoTime();
        for (String s : sql) {
            st.execute(s);
        }
        steps.put(name, System.nanoTime() - t0);
    }

    /** {@code ALTER TABLE t <verb> name [definition], ...} over both lists (definitions only when adding). */
    private static String alter(String table, String verb, List<String[]> first, List<String[]> second) {
        List<String> parts = new ArrayList<>();
        for (List<String[]> list : List.of(first, second)) {
            for (String[] k : list) {
                parts.add(verb + k[0] + (verb.startsWith("ADD") ? " " + k[1] : ""));
            }
        }
        return "ALTER TABLE " + table + " " + String.join(", ", parts);
    }

    private static List<String[]> constraints(Statement st, String table, char type) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = '" + table + "'::regclass AND contype = '" + type + "' ORDER BY conname")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (out.isEmpty()) {
            throw new SQLException(table + " has no constraints of type " + type);
        }
        return out;
    }
}
