package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.recompute.Recomputer;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;

/**
 * Issue 12's recompute targets, measured as the CLI meets them: each run in a <b>fresh JVM</b> (a child process,
 * class loading, JIT warm-up and the model's fitting included), over seasons 2000-2025 of
 * {@link ModelBenchmarkData} at real scale, on SQLite and PostgreSQL. Three kinds of run, three times each:
 * <ul>
 *   <li>{@code full}: {@code ModelRecompute.recompute(2000, 2025)}, the one-transaction full recompute;</li>
 *   <li>{@code stale}: {@code ModelRecompute.recomputeStale(2000, 2025)} with every derived record cleared first,
 *       so everything is stale (what {@code f1 recompute} does on a database computed before schema V3);</li>
 *   <li>{@code per-season}: one {@link Recomputer} called season after season, everything stale, as a backfill
 *       calls it after each season's ingest: the compute a backfill adds to its fetching.</li>
 * </ul>
 * On SQLite it also times the whole command a user runs, {@code bin/f1 recompute} with everything stale, from the
 * launcher's start to the process's exit ({@code command}).
 * Printed per run: the child's wall time from its {@code main} to the end of the recompute (open included), the
 * recompute's own duration, and the CPU time the child process used until then (all threads, JVM start-up
 * included: less sensitive than the wall time to other processes on the machine), with its part in the kernel.
 * The children run with the JVM options of the {@code f1} command ({@link CliJvm}), on the java that runs this
 * benchmark (a JDK 25 or later gives them an AOT cache, as {@code bin/f1} does). PostgreSQL as in
 * {@link ModelBenchmark}. Run by hand: {@code java -cp "f1-examples/target/classes:$(cat f1-examples/target/cp.txt)"
 * org.f1pipeline.examples.bench.FreshRecomputeBenchmark [runs=N] [pause=S]} (3 runs per kind unless told, each
 * child started right after the one before unless a pause is given; each kind prints its wall times sorted, with
 * the median).
 */
public final class FreshRecomputeBenchmark {

    private static final int FROM = ModelBenchmark.FROM;
    private static final int TO = ModelBenchmark.TO;
    /** Runs per kind and storage; {@code runs=N} on the command line changes it. */
    private static int runs = 3;
    /**
     * Seconds to wait before each child ({@code pause=S}; none unless told): a command started after a pause is what
     * a user meets, and on a VM that hands freed memory back to its host it costs more (D97).
     */
    private static int pauseSeconds;
    private static final String PG_URL = System.getenv().getOrDefault("F1_BENCH_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final Instant START = Instant.parse("2026-01-10T12:00:00Z");
    /** The children's class-data archive or AOT cache (one per storage, rewritten by its first child), or null. */
    private static Path archive;

    private FreshRecomputeBenchmark() {
    }

    /**
     * Without arguments: loads the data and runs the children. {@code child <kind> <sqlite-file|pg-schema> <run>}:
     * one measured run (internal).
     */
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("runs=")) {
                runs = Integer.parseInt(arg.substring(5));
            } else if (arg.startsWith("pause=")) {
                pauseSeconds = Integer.parseInt(arg.substring(6));
            }
        }
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], args[2], args[3], Integer.parseInt(args[4]));
            return;
        }
        System.out.printf(Locale.ROOT, "Fresh-JVM recompute benchmark, seasons %d-%d, %d runs per kind%s.%nJVM %s,"
                + " %d CPUs; children run with %s.%n%n", FROM, TO, runs,
                pauseSeconds > 0 ? ", each child after a pause of " + pauseSeconds + " s" : "", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), CliJvm.describe());
        Path dir = Files.createTempDirectory("f1-fresh-bench");
        archive = CliJvm.jar() == null ? null : CliJvm.archiveIn(dir);
        System.out.println(archive == null ? "Children run without a class-data archive (-Df1.cds=off, or no f1.jar"
                + " beside the classes).\n" : "Children run from " + CliJvm.jar() + " with " + (CliJvm.aotCache()
                ? "an AOT cache (JDK 25 or later)" : "a class-data archive")
                + " written by a first, untimed child per storage (as bin/f1 does on a user's first command).\n");
        Path file = dir.resolve("bench.db");
        try (Storage s = SqliteStorage.open(file)) {
            new ModelBenchmarkData().load(s, FROM, TO);
        }
        measure("SQLite", "sqlite", file.toString(), 500);
        String schema = "fresh_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            try (Storage s = PostgresStorage.open(PG_URL, null, null, schema)) {
                new ModelBenchmarkData().load(s, FROM, TO);
            }
            measure("PostgreSQL", "pg", schema, 1000);
        } catch (RuntimeException e) {
            System.out.println("PostgreSQL skipped: " + e.getMessage());
        } finally {
            sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void measure(String name, String db, String where, long targetMs) throws Exception {
        System.out.println(name);
        int run = 0;
        if (archive != null) {
            // As bin/f1: the first command writes the class-data archive, or records what the AOT cache is made
            // of (untimed here); the later ones map it.
            Files.deleteIfExists(archive);
            String first = spawn(db, where, "full", run++);
            CliJvm.finishArchive(archive);
            System.out.println("  first run, writing the " + (CliJvm.aotCache() ? "AOT cache" : "class-data archive")
                    + " (" + Files.size(archive) / 1024 + " KiB): " + first);
        }
        for (String kind : List.of("full", "stale", "per-season")) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                lines.add(spawn(db, where, kind, run++));
            }
            // The wall times alone, sorted, with their median: on a shared machine one run says little.
            int[] ms = lines.stream().mapToInt(l -> Integer.parseInt(l.substring(0, l.indexOf(' ')))).sorted()
                    .toArray();
            System.out.printf(Locale.ROOT, "  %-10s %s%s%n", kind, String.join(" | ", lines),
                    kind.equals("per-season") ? "" : "  (target <= " + targetMs + " ms, fresh JVM)");
            // Process CPU beside the wall time: on a machine shared with others it moves less than the wall time.
            int[] cpu = lines.stream().mapToInt(l -> number(l, "process CPU ")).sorted().toArray();
            int[] kernel = lines.stream().mapToInt(l -> number(l, "kernel ")).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-10s sorted %s, median %d ms%s; process CPU median %d ms%s%n", "",
                    java.util.Arrays.toString(ms), ms[ms.length / 2], kind.equals("per-season") ? ""
                            : ms[ms.length / 2] <= targetMs ? " (median within the target)"
                            : " (median over the target)", cpu[cpu.length / 2],
                    kernel[0] < 0 ? "" : " (kernel " + kernel[kernel.length / 2] + ")");
        }
        if (db.equals("sqlite")) {
            command(where);
        }
        System.out.println();
    }

    /**
     * What a user waits for: {@code bin/f1 recompute --from 2000 --to 2025} on the SQLite database with everything
     * stale, timed from starting the launcher to the end of its process (the launcher's script, the JVM's start,
     * the command line, the storage, the recompute and the exit), beside the recompute's own time as the command
     * prints it. Run with this JVM's java ({@code JAVA_HOME}), the build's jar and a class-data archive or AOT cache
     * of its own, written by a first, untimed run as on a user's first command. Skipped without the launcher or
     * the jar.
     */
    private static void command(String file) throws Exception {
        Path launcher = CliJvm.launcher();
        Path jar = CliJvm.jar();
        if (launcher == null || jar == null) {
            return;
        }
        Path cds = Files.createTempDirectory("f1-fresh-bench-cds");
        List<String> cmd = List.of("sh", launcher.toString(), "recompute", "--db", "jdbc:sqlite:" + file, "--from",
                Integer.toString(FROM), "--to", Integer.toString(TO));
        List<String> lines = new ArrayList<>();
        List<Integer> wall = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            clearDerived("sqlite", file); // untimed: everything stale, as after a bootstrap
            if (pauseSeconds > 0) {
                Thread.sleep(pauseSeconds * 1000L);
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("F1_JAR", jar.toString());
            pb.environment().put("F1_CDS_DIR", cds.toString());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().remove("F1_JAVA_OPTS");
            long t0 = System.nanoTime();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int status = p.waitFor();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(" in (\\d+) ms").matcher(out);
            if (status != 0 || !m.find()) {
                throw new IllegalStateException("f1 recompute failed (status " + status + "): " + out);
            }
            if (i == 0) {
                continue; // the first command writes the archive or records the AOT cache, once
            }
            wall.add((int) ms);
            lines.add(ms + " ms (recompute " + m.group(1) + ")");
        }
        int[] sorted = wall.stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-10s %s: %s%n", "command", "f1 recompute --from " + FROM + " --to " + TO
                + ", everything stale, launcher to exit", String.join(" | ", lines));
        System.out.printf(Locale.ROOT, "  %-10s sorted %s, median %d ms (the whole command; the target above is"
                + " the recompute's)%n", "", java.util.Arrays.toString(sorted), sorted[sorted.length / 2]);
    }

    /** The process CPU of a child's result line ({@code -1} when it could not be measured). */
    static int processCpu(String line) {
        return number(line, "process CPU ");
    }

    /** The number after {@code marker} in a child's result line ({@code -1} when there is none). */
    static int number(String line, String marker) {
        int at = line.indexOf(marker);
        if (at < 0) {
            return -1;
        }
        int from = at + marker.length();
        int to = from;
        while (to < line.length() && Character.isDigit(line.charAt(to))) {
            to++;
        }
        return to == from ? -1 : Integer.parseInt(line.substring(from, to));
    }

    private static String spawn(String db, String where, String kind, int run) throws Exception {
        if (pauseSeconds > 0) {
            Thread.sleep(pauseSeconds * 1000L);
        }
        List<String> cmd = CliJvm.command(FreshRecomputeBenchmark.class, List.of("child", kind, db, where,
                Integer.toString(run)), archive);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + out);
        }
        // The child's result is its last line, but for the note a JVM recording an AOT configuration prints at exit.
        List<String> lines = out.lines().filter(l -> !l.contains("AOTConfiguration recorded")).toList();
        return lines.isEmpty() ? out : lines.get(lines.size() - 1);
    }

    private static void child(String kind, String db, String where, int run) throws SQLException {
        long t0 = System.nanoTime();
        Storage storage = db.equals("sqlite") ? SqliteStorage.open(Path.of(where))
                : PostgresStorage.open(PG_URL, null, null, where);
        try (storage) {
            storage.useTransaction(tx -> { }); // opened and migrated
            long opened = System.nanoTime() - t0;
            if (!kind.equals("full")) {
                clearDerived(db, where); // untimed: makes everything stale
            }
            long t1 = System.nanoTime();
            Clock clock = Clock.fixed(START.plus(Duration.ofMinutes(run)), ZoneOffset.UTC);
            ModelEngine engine = ModelEngine.ofDefaults();
            long events = 0;
            switch (kind) {
                case "full" -> events = ModelRecompute.recompute(storage, engine, FROM, TO, clock).events();
                case "stale" -> events = ModelRecompute.recomputeStale(storage, engine, FROM, TO, clock).events();
                default -> {
                    Recomputer r = new Recomputer(storage, engine, clock);
                    for (int season = FROM; season <= TO; season++) {
                        RecomputeSummary s = r.recompute(season, season);
                        events += s.events();
                    }
                }
            }
            long recompute = System.nanoTime() - t1;
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            long kernel = kernelCpuMillis();
            System.out.printf(Locale.ROOT, "%d ms (open %d + recompute %d; %d events; process CPU %d ms%s)%n",
                    (opened + recompute) / 1_000_000, opened / 1_000_000, recompute / 1_000_000, events, cpu,
                    kernel < 0 ? "" : ", kernel " + kernel);
        }
    }

    /**
     * The CPU this process spent in the kernel so far ({@code stime} of {@code /proc/self/stat}), or -1 where there is
     * none. Printed because it tells the runs apart on a VM that hands freed memory back to its host: a run whose
     * fresh memory the host must back again spends 150-250 ms more here, in the kernel's page clearing (D97).
     */
    static long kernelCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which may hold spaces) in parentheses: stime is the 15th field in all.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[12]) * 10; // clock ticks of 10 ms (USER_HZ 100 on Linux)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void clearDerived(String db, String where) throws SQLException {
        if (db.equals("sqlite")) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + where);
                 Statement st = c.createStatement()) {
                st.execute("DELETE FROM derived_versions");
            }
        } else {
            sql("DELETE FROM " + where + ".derived_versions");
        }
    }

    private static void sql(String statement) {
        try (Connection c = DriverManager.getConnection(PG_URL); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
