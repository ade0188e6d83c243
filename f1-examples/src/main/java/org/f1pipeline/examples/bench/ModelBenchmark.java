package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.memory.InMemoryStorage;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.storage.CountingStorage;

/**
 * The model's full-history recompute ({@link ModelRecompute}) over 2000-2025 of the synthetic history at real scale
 * ({@link ModelBenchmarkData}: 20-24 cars per race, qualifying, sprints, results, about 600,000 laps), on the
 * in-memory storage, SQLite (a file) and PostgreSQL. Per storage: load once, one warm-up recompute, then five
 * measured ones; prints events, wall time (best and median), events per second, storage round trips and rows
 * written, and the store calls of the best run. Round trips are counted by {@link CountingStorage}: one per store
 * call plus one per transaction. The process's CPU time during the run is printed too (the recompute's two
 * threads, the model on the caller's and the store calls on a helper, plus GC and JIT): on a shared machine the
 * wall time also measures the neighbours.
 *
 * <p>PostgreSQL: {@code F1_BENCH_PG_URL}, else {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}; the
 * benchmark works in a schema of its own and drops it afterwards; an unreachable server is reported and skipped.
 */
public final class ModelBenchmark {

    static final int FROM = 2000;
    static final int TO = 2025;
    private static final int RUNS = 5;
    private static final int MAX_ROUND_TRIPS = 300;
    private static final String PG_URL = System.getenv().getOrDefault("F1_BENCH_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final Instant START = Instant.parse("2026-01-10T12:00:00Z");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ModelBenchmark() {
    }

    /** One measured recompute. */
    private record Run(RecomputeSummary summary, long nanos, long cpuNanos, long storeCalls, long transactions,
                       Map<String, Long> calls, Map<String, Duration> time) {
        long roundTrips() {
            return storeCalls + transactions;
        }
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args ignored
     */
    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "Model recompute benchmark: seasons %d-%d of the synthetic history, 1 warm-up"
                        + " + %d measured runs per storage.%nJVM %s, max heap %d MB, %d CPUs.%n"
                        + "Round trips = store calls + transactions (CountingStorage: each store call is one round"
                        + " trip; a default SPI method the adapter does not override counts the calls it makes).%n"
                        + "Process CPU: every thread of the JVM during the run (model, store thread, GC, JIT).%n%n",
                FROM, TO, RUNS, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        measure("in-memory", new InMemoryStorage(), 0, () -> { });
        Path dir = Files.createTempDirectory("f1-model-bench");
        Path file = dir.resolve("bench.db");
        measure("SQLite (file " + file.getFileName() + ", WAL)", SqliteStorage.open(file), 1000,
                () -> deleteDirectory(dir));
        String schema = "model_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Storage postgres = openPostgres(schema);
        if (postgres != null) {
            measure("PostgreSQL (" + Storages.redact(PG_URL.replaceFirst("\\?.*", "")) + ", schema " + schema + ")",
                    postgres, 1500, () -> dropSchema(schema));
        }
    }

    private static void measure(String name, Storage storage, long targetMs, Runnable cleanUp) {
        try {
            long t0 = System.nanoTime();
            ModelBenchmarkData.Counts loaded = new ModelBenchmarkData().load(storage, FROM, TO);
            System.out.printf(Locale.ROOT, "%s%n  loaded %,d races, %,d qualifying rows, %,d results, %,d laps,"
                            + " %,d long runs in %.1f s%n", name, loaded.races(), loaded.qualifying(),
                    loaded.results(), loaded.laps(), loaded.longRuns(), (System.nanoTime() - t0) / 1e9);
            ModelEngine engine = ModelEngine.ofDefaults();
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i <= RUNS; i++) {
                CountingStorage counting = CountingStorage.wrap(storage);
                Clock clock = Clock.fixed(START.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
                long cpu = OS.getProcessCpuTime();
                long start = System.nanoTime();
                RecomputeSummary summary = ModelRecompute.recompute(counting, engine, FROM, TO, clock);
                long nanos = System.nanoTime() - start;
                cpu = OS.getProcessCpuTime() - cpu;
                if (i > 0) {
                    runs.add(new Run(summary, nanos, cpu, counting.storeCalls(), counting.transactions(),
                            counting.callsByMethod(), counting.timeByMethod()));
                }
            }
            print(runs, targetMs);
        } finally {
            storage.close();
            cleanUp.run();
        }
    }

    private static void print(List<Run> runs, long targetMs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(Run::nanos));
        Run best = sorted.get(0);
        Run median = sorted.get(sorted.size() / 2);
        RecomputeSummary s = best.summary();
        double ms = best.nanos() / 1e6;
        System.out.printf(Locale.ROOT, "  events %d (%d grand prix + %d sprints; %d skipped), %d seasons%n",
                s.events(), s.grandPrix(), s.sprints(), s.skipped().size(), s.seasons());
        System.out.printf(Locale.ROOT, "  wall %.0f ms best [median %.0f ms], process CPU %.0f ms  %,.0f"
                        + " events/s%s%n", ms, median.nanos() / 1e6, best.cpuNanos() / 1e6,
                s.events() / (best.nanos() / 1e9),
                targetMs > 0 ? String.format(Locale.ROOT, "  target <= %d ms: %s", targetMs,
                        ms <= targetMs ? "met" : "MISSED") : "");
        System.out.printf(Locale.ROOT, "  round trips %d (%d store calls + %d transactions)  target <= %d: %s%n",
                best.roundTrips(), best.storeCalls(), best.transactions(), MAX_ROUND_TRIPS,
                best.roundTrips() <= MAX_ROUND_TRIPS ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  rows written %,d %s%n", s.totalRows(), s.rowsWritten());
        System.out.println("  store calls of the best run (calls, time inside the store):");
        best.calls().forEach((method, n) -> System.out.printf(Locale.ROOT, "    %-36s %5d  %7.1f ms%n", method, n,
                best.time().get(method).toNanos() / 1e6));
        System.out.println();
    }

    /** A PostgreSQL storage in a fresh schema, or null (with a message) when the server cannot be reached. */
    private static Storage openPostgres(String schema) {
        try (Connection ignored = DriverManager.getConnection(PG_URL)) {
            return PostgresStorage.open(PG_URL, null, null, schema);
        } catch (SQLException | StorageException e) {
            System.out.println("PostgreSQL skipped: cannot connect to " + Storages.redact(PG_URL) + " ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(PG_URL);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.out.println("  (could not drop schema " + schema + ": " + e.getMessage() + ")");
        }
    }

    private static void deleteDirectory(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
