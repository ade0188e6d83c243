package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.PhaseTimes;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;

/**
 * The lap table at real scale (a benchmark to run by hand, not a timed test): the grand-prix laps of 1996-2025
 * (about 600,000, {@link LapLoadBenchmarkData}) written with one {@code upsertLaps} call each, on a fresh database
 * per run seeded (untimed) with the seasons, drivers, teams, circuits and races. Timed phases, each one
 * transaction:
 * <ol>
 *   <li>first load into the empty table (what a bootstrap does);</li>
 *   <li>re-upsert of the same laps, nothing changed;</li>
 *   <li>re-upsert with 1 % of the rows changed as whole races (every lap of every 100th race);</li>
 *   <li>re-upsert with 1 % of the rows changed spread over every race (every 100th lap).</li>
 * </ol>
 * After each run it reads every lap back and checks the count; on PostgreSQL it also checks, after every phase,
 * that both lap foreign keys exist and are validated. It prints best and median per phase, rows per second, the
 * load average before and after each phase (the machine is shared: a load above the CPU count makes every figure
 * an upper bound of the time), and the heap; and, for every run, where the first load's time went, as the storage
 * code marks its steps ({@link PhaseTimes}: client steps, then per table the COPY, the foreign-key checks and the
 * primary-key build on PostgreSQL, the summaries, the commit). PostgreSQL is taken from {@code F1_BENCH_PG_URL}, else
 * {@code F1_TEST_PG_URL}, else {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}; each run uses a schema
 * of its own, dropped afterwards. On PostgreSQL, after each measured run, it also times the server's own load of the
 * same laps ({@link LapLoadServerFloor}: COPY from a server-side file and the keys, no client in the loop) and
 * prints the first load's ratio to it: the machine's speed moves between sessions by more than the target's
 * margin, and this floor moves with it.
 *
 * <p>Arguments: {@code sqlite} and/or {@code postgresql} (none: both), and {@code runs=N} (measured runs after one
 * warm-up; default 3).
 */
public final class LapLoadBenchmark {

    private static final String PG_URL = firstNonNull(System.getenv("F1_BENCH_PG_URL"),
            System.getenv("F1_TEST_PG_URL"), "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String[] PHASES = {"first load into the empty table", "re-upsert, unchanged",
        "re-upsert, 1% changed (whole races)", "re-upsert, 1% changed (spread)"};

    private LapLoadBenchmark() {
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args {@code sqlite}, {@code postgresql}, {@code runs=N}
     */
    public static void main(String[] args) throws IOException {
        List<String> only = Arrays.stream(args).filter(a -> !a.startsWith("runs=")).toList();
        int runs = Arrays.stream(args).filter(a -> a.startsWith("runs=")).map(a -> Integer.parseInt(a.substring(5)))
                .findFirst().orElse(3);
        long start = System.nanoTime();
        LapLoadBenchmarkData data = new LapLoadBenchmarkData();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "Lap load benchmark: %,d laps of %d races (%d-%d), built in %.1f s;"
                        + " 1 warm-up + %d measured runs per adapter, fresh database each run.%n",
                data.laps().size(), data.raceCount(), LapLoadBenchmarkData.FIRST_SEASON,
                LapLoadBenchmarkData.LAST_SEASON, (System.nanoTime() - start) / 1e9, runs);
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d CPUs; heap in use after building the data set"
                        + " (3 lap lists sharing unchanged rows) and a GC: %d MB%n%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), live >> 20);
        if (only.isEmpty() || only.contains("sqlite")) {
            Path dir = Files.createTempDirectory("f1-lapload");
            run("SQLite (file, WAL)", runs, data, () -> {
                Path file = dir.resolve("bench-" + UUID.randomUUID() + ".db");
                return new Handle(SqliteStorage.open(file), null, () -> deleteSqlite(file));
            });
        }
        if ((only.isEmpty() || only.contains("postgresql")) && reachable()) {
            run("PostgreSQL (" + Storages.redact(PG_URL.replaceFirst("\\?.*", "")) + ")", runs, data, () -> {
                String schema = "bench13_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                return new Handle(PostgresStorage.open(PG_URL, null, null, schema), schema,
                        () -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
            });
        }
    }

    /** A fresh storage, the PostgreSQL schema it lives in (null for SQLite), and how to throw it away. */
    private record Handle(Storage storage, String schema, Runnable destroy) {
    }

    private static void deleteSqlite(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                System.out.println("  (could not delete " + file + suffix + ": " + e + ")");
            }
        }
    }

    private interface Factory {
        Handle create();
    }

    private static void run(String name, int runs, LapLoadBenchmarkData data, Factory factory) {
        resetPeakHeap();
        List<long[]> times = new ArrayList<>();
        List<double[]> loads = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        String floorUnavailable = null;
        for (int run = 0; run <= runs; run++) {
            Handle handle = factory.create();
            Storage storage = handle.storage();
            try {
                storage.useTransaction(data::seed);
                List<List<LapTime>> inputs = List.of(data.laps(), data.laps(), data.changedRaces(),
                        data.changedSpread());
                long[] nanos = new long[inputs.size()];
                double[] load = new double[inputs.size() * 2];
                for (int phase = 0; phase < inputs.size(); phase++) {
                    List<LapTime> laps = inputs.get(phase);
                    load[2 * phase] = loadAverage();
                    long t0 = System.nanoTime();
                    PhaseTimes recording = PhaseTimes.record();
                    storage.laps().upsertLaps(laps);
                    nanos[phase] = System.nanoTime() - t0;
                    Map<String, Long> split = recording.stop("commit, other");
                    if (phase == 0) {
                        System.out.println("    run " + run + " first load phases, ms: " + split.entrySet().stream()
                                .map(e -> e.getKey() + " " + Math.round(e.getValue() / 1e6)).toList());
                    }
                    load[2 * phase + 1] = loadAverage();
                    if (handle.schema() != null) {
                        checkLapKeys(handle.schema());
                    }
                }
                int read = storage.laps().laps(data.raceKeys(), RaceType.GRAND_PRIX).size();
                if (read != data.laps().size()) {
                    throw new IllegalStateException("expected " + data.laps().size() + " laps, read " + read);
                }
                if (run > 0) {
                    times.add(nanos);
                    loads.add(load);
                    if (handle.schema() != null && floorUnavailable == null) {
                        LapLoadServerFloor.Result floor = LapLoadServerFloor.measure(PG_URL, handle.schema());
                        floorUnavailable = floor.unavailable();
                        if (floorUnavailable == null) {
                            checkLapKeys(handle.schema());
                            floors.add(floor.total());
                            System.out.println("    run " + run + " the server's own load of the same laps, ms: "
                                    + floor.steps().entrySet().stream().map(e -> e.getKey() + " "
                                    + Math.round(e.getValue() / 1e6)).toList());
                        }
                    }
                }
            } finally {
                storage.close();
                handle.destroy().run();
            }
        }
        int rows = data.laps().size();
        System.out.printf(Locale.ROOT, "%s: best of %d [median]; load average before/after the best run's"
                + " phase%n", name, runs);
        for (int phase = 0; phase < PHASES.length; phase++) {
            int p = phase;
            int bestRun = 0;
            for (int i = 1; i < times.size(); i++) {
                if (times.get(i)[p] < times.get(bestRun)[p]) {
                    bestRun = i;
                }
            }
            long best = times.get(bestRun)[p];
            long[] sorted = times.stream().mapToLong(t -> t[p]).sorted().toArray();
            long median = sorted[sorted.length / 2];
            System.out.printf(Locale.ROOT, "  %-38s %7.0f ms [%7.0f]  %,10.0f rows/s [%,10.0f]  load %.1f/%.1f%n",
                    PHASES[p], best / 1e6, median / 1e6, rows / (best / 1e9), rows / (median / 1e9),
                    loads.get(bestRun)[2 * p], loads.get(bestRun)[2 * p + 1]);
        }
        if (!floors.isEmpty()) {
            long[] floor = floors.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] first = times.stream().mapToLong(t -> t[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-38s %7.0f ms [%7.0f]  %,10.0f rows/s [%,10.0f]  first load / floor:"
                    + " %.2f [%.2f]%n", "server's floor (no client, see above)", floor[0] / 1e6,
                    floor[floor.length / 2] / 1e6, rows / (floor[0] / 1e9), rows / (floor[floor.length / 2] / 1e9),
                    (double) first[0] / floor[0], (double) first[first.length / 2] / floor[floor.length / 2]);
        } else if (floorUnavailable != null) {
            System.out.println("  server's floor not measured: " + floorUnavailable);
        }
        System.out.printf(Locale.ROOT, "  all runs, ms:%s%n", times.stream().map(t -> Arrays.stream(t)
                .mapToObj(n -> String.format(Locale.ROOT, "%.0f", n / 1e6)).toList().toString())
                .reduce("", (a, b) -> a + " " + b));
        System.out.printf(Locale.ROOT, "  changed races in the whole-race variant: %d; peak heap: %d MB (sum of"
                + " heap pool peaks, includes the data set and uncollected garbage)%n%n", data.racesChanged(),
                peakHeap() >> 20);
    }

    /** Fails unless both lap foreign keys exist and are validated. */
    private static void checkLapKeys(String schema) {
        try (Connection connection = DriverManager.getConnection(PG_URL);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_constraint WHERE conrelid = '"
                     + schema + ".laps'::regclass AND contype = 'f' AND convalidated")) {
            rs.next();
            if (rs.getInt(1) != 2) {
                throw new IllegalStateException("laps has " + rs.getInt(1) + " validated foreign keys, not 2");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static boolean reachable() {
        try {
            DriverManager.getConnection(PG_URL).close();
            return true;
        } catch (SQLException e) {
            System.out.println("PostgreSQL skipped: cannot connect to " + Storages.redact(PG_URL) + " ("
                    + e.getMessage() + ")");
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(PG_URL);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static String firstNonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).findFirst().orElseThrow();
    }
}
