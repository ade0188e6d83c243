package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;

/**
 * Storage throughput on both SQL adapters (a benchmark to run by hand, not a timed test). For each adapter, one
 * warm-up run and then three measured runs, each on a fresh database seeded with 25 seasons:
 * <ol>
 *   <li>bulk upsert of 200,000 laps into an empty table (one {@code upsertLaps} call),</li>
 *   <li>re-upsert of the same 200,000 laps (every row conflicts, nothing changes),</li>
 *   <li>re-upsert with every lap time changed (every row conflicts and is rewritten),</li>
 *   <li>reading every grand-prix result of the 25 seasons (12,000 rows), with {@code raceResults(from, to, type)}
 *       and with the as-of read {@code raceResultsBefore}, each best of 5.</li>
 * </ol>
 * Prints best and median per phase, rows per second, and the peak heap. PostgreSQL is taken from
 * {@code F1_BENCH_PG_URL}, else {@code F1_TEST_PG_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}; each run uses a schema of its own, dropped
 * afterwards. Unreachable PostgreSQL is reported and skipped.
 */
public final class StorageBenchmark {

    private static final int RUNS = 3;
    private static final int READ_REPEATS = 5;
    private static final String PG_URL = firstNonNull(System.getenv("F1_BENCH_PG_URL"),
            System.getenv("F1_TEST_PG_URL"), "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private StorageBenchmark() {
    }

    /** A database that the benchmark can create fresh and throw away. */
    private interface Target {
        String name();

        Storage create();

        void destroy(Storage storage);
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args adapters to measure, {@code sqlite} and/or {@code postgresql}; none: both
     */
    public static void main(String[] args) throws IOException {
        StorageBenchmarkData data = new StorageBenchmarkData();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "Storage benchmark: %,d laps, %,d grand-prix results over %d seasons;"
                        + " 1 warm-up + %d measured runs per adapter (fresh database each run).%n",
                data.laps().size(), data.resultCount(), StorageBenchmarkData.SEASONS, RUNS);
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d CPUs; heap in use after building the data set"
                        + " and a GC: %d MB%n%n", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), live >> 20);
        List<String> only = Arrays.asList(args);
        if (only.isEmpty() || only.contains("sqlite")) {
            run(sqlite(), data, 150_000, 75_000, false);
        }
        Target postgres = only.isEmpty() || only.contains("postgresql") ? postgres() : null;
        if (postgres != null) {
            // Issue 13: the COPY bulk path, with the lap foreign keys in place; re-upserts at least as fast.
            run(postgres, data, 500_000, 500_000, true);
        }
    }

    private static void run(Target target, StorageBenchmarkData data, int targetRate, int reUpsertTarget,
                            boolean baseline) {
        resetPeakHeap();
        List<long[]> runs = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            Storage storage = target.create();
            try {
                storage.useTransaction(data::seed);
                long[] nanos = new long[6];
                nanos[0] = time(() -> storage.laps().upsertLaps(data.laps()));
                nanos[1] = time(() -> storage.laps().upsertLaps(data.laps()));
                nanos[2] = time(() -> storage.laps().upsertLaps(data.changedLaps()));
                nanos[3] = bestOf(READ_REPEATS, () -> check(storage.results().raceResults(
                        StorageBenchmarkData.FIRST_SEASON, StorageBenchmarkData.FIRST_SEASON
                                + StorageBenchmarkData.SEASONS - 1, RaceType.GRAND_PRIX).size(), data.resultCount()));
                nanos[4] = bestOf(READ_REPEATS, () -> check(storage.results().raceResultsBefore(
                        LocalDate.of(2100, 1, 1), RaceType.GRAND_PRIX).size(), data.resultCount()));
                if (baseline) {
                    nanos[5] = batchedBaseline(target, data);
                }
                if (run == 0) {
                    check(storage.laps().laps(data.lapRaces(), RaceType.GRAND_PRIX).size(), data.laps().size());
                } else {
                    runs.add(nanos);
                }
            } finally {
                target.destroy(storage);
            }
        }
        long peakHeap = peakHeap();
        int laps = data.laps().size();
        System.out.printf(Locale.ROOT, "%s  (best of %d, median in brackets)%n", target.name(), RUNS);
        printRate("bulk upsert, 200k laps into empty table", runs, 0, laps, targetRate);
        printRate("re-upsert same 200k laps (all conflicts)", runs, 1, laps, reUpsertTarget);
        printRate("re-upsert 200k changed laps (all conflicts)", runs, 2, laps, reUpsertTarget / 2);
        if (baseline) {
            printRate("same 200k laps, batched statements (before #13)", runs, 5, laps, 0);
        }
        printRead("read 25 seasons of GP results: raceResults", runs, 3, data.resultCount());
        printRead("read 25 seasons of GP results: raceResultsBefore", runs, 4, data.resultCount());
        System.out.printf(Locale.ROOT, "  peak heap during these runs: %d MB (sum of heap pool peaks; includes the"
                + " %,d prebuilt laps and uncollected garbage)%n%n", peakHeap >> 20, 2 * laps);
    }

    /**
     * The path every upsert took before the bulk path: batched multi-row INSERTs, here forced by writing the laps
     * in chunks below the bulk threshold (one transaction), into another fresh database, with the lap foreign keys
     * checked row by row. Measured in the same run as the bulk path, so the two see the same machine load.
     */
    private static long batchedBaseline(Target target, StorageBenchmarkData data) {
        Storage storage = target.create();
        try {
            storage.useTransaction(data::seed);
            List<org.f1pipeline.domain.LapTime> laps = data.laps();
            return time(() -> storage.useTransaction(tx -> {
                for (int from = 0; from < laps.size(); from += 4_000) {
                    tx.laps().upsertLaps(laps.subList(from, Math.min(laps.size(), from + 4_000)));
                }
            }));
        } finally {
            target.destroy(storage);
        }
    }

    private static void printRate(String phase, List<long[]> runs, int index, int rows, int target) {
        long best = best(runs, index);
        long median = median(runs, index);
        double rate = rows / (best / 1e9);
        System.out.printf(Locale.ROOT, "  %-50s %8.0f ms [%6.0f]  %,10.0f rows/s [%,10.0f]  target >= %,d: %s%n",
                phase, best / 1e6, median / 1e6, rate, rows / (median / 1e9), target,
                target == 0 ? "(baseline)" : rate >= target ? "met" : "MISSED");
    }

    private static void printRead(String phase, List<long[]> runs, int index, int rows) {
        long best = best(runs, index);
        System.out.printf(Locale.ROOT, "  %-50s %8.1f ms [%6.1f]  %,10d rows    target < 100 ms: %s%n",
                phase, best / 1e6, median(runs, index) / 1e6, rows, best < 100_000_000L ? "met" : "MISSED");
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long bestOf(int repeats, Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            best = Math.min(best, time(work));
        }
        return best;
    }

    private static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " rows, read " + actual);
        }
    }

    private static long best(List<long[]> runs, int index) {
        return runs.stream().mapToLong(r -> r[index]).min().orElseThrow();
    }

    private static long median(List<long[]> runs, int index) {
        long[] values = runs.stream().mapToLong(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static Target sqlite() throws IOException {
        Path dir = Files.createTempDirectory("f1-bench-sqlite");
        return target("SQLite (file, WAL)", () -> SqliteStorage.open(dir.resolve("bench-" + UUID.randomUUID()
                + ".db")), storage -> {
                    storage.close();
                    try (var files = Files.list(dir)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                    } catch (IOException e) {
                        System.out.println("  (could not delete " + dir + ": " + e + ")");
                    }
                });
    }

    /** The PostgreSQL target, or null (with a message) when the server cannot be reached. */
    private static Target postgres() {
        try {
            DriverManager.getConnection(PG_URL).close();
        } catch (SQLException e) {
            System.out.println("PostgreSQL skipped: cannot connect to " + Storages.redact(PG_URL) + " ("
                    + e.getMessage() + ")");
            return null;
        }
        return new Target() {
            private String schema;

            @Override
            public String name() {
                return "PostgreSQL (" + Storages.redact(PG_URL.replaceFirst("\\?.*", "")) + ")";
            }

            @Override
            public Storage create() {
                schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                return PostgresStorage.open(PG_URL, null, null, schema);
            }

            @Override
            public void destroy(Storage storage) {
                storage.close();
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        };
    }

    private static Target target(String name, Supplier<Storage> create, Consumer<Storage> destroy) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Storage create() {
                return create.get();
            }

            @Override
            public void destroy(Storage storage) {
                destroy.accept(storage);
            }
        };
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

    /** Sum of the peak usage of every heap pool since the last reset (an upper bound of the true peak). */
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
