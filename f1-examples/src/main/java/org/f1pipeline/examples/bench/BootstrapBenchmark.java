package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.bootstrap.BootstrapOptions;
import org.f1pipeline.bootstrap.BootstrapReport;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.dump.JolpicaDump;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fake.FakeF1Transport;

/**
 * The bootstrap benchmark (issue 13): a full-history dump (the synthetic 1950-2025 history, laps from 1996 and pit
 * stops from 2011 as Jolpica has them) served by the in-process fake Jolpica (listing, download, redirect to the
 * object store), bootstrapped into a fresh SQLite file and a fresh PostgreSQL schema. Prints per storage the
 * requests, wall seconds, rows written per second and the peak heap; targets: at most 3 requests, at most 60 s, peak
 * heap under 256 MB (run with {@code -Xmx256m}). The dump is generated first and not timed.
 *
 * <p>Options: {@code --from Y --to Y} (1950, 2025), {@code --skip-sqlite}, {@code --skip-pg}. PostgreSQL:
 * {@code F1_BENCH_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), schema
 * {@code bench_bootstrap} (dropped before and after). See docs/benchmarks.md, "Bootstrap (issue 13)".
 */
public final class BootstrapBenchmark {

    private static final String PG_URL = System.getenv().getOrDefault("F1_BENCH_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String SCHEMA = "bench_bootstrap";
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private BootstrapBenchmark() {
    }

    /**
     * Runs the benchmark; exits with 1 when a target is missed.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> opts = List.of(args);
        int from = intOpt(args, "--from", 1950);
        int to = intOpt(args, "--to", 2025);
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().asOf(null).dumpYears(from, to).build());
        long g0 = System.nanoTime();
        JolpicaDump dump = fake.dumps().delayed(null);
        System.out.printf(Locale.ROOT, "Bootstrap benchmark (issue 13): synthetic dump %d-%d, %.1f MB zipped,"
                        + " %d races, %d session entries, %d laps, %d pit stops (generated in %.1f s, not timed);"
                        + " %d cores, max heap %d MB%n%n", from, to, dump.zip().length / 1048576.0,
                dump.summary().rows("round"), dump.summary().rows("sessionentry"), dump.summary().rows("lap"),
                dump.summary().rows("pitstop"), (System.nanoTime() - g0) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        List<Boolean> passes = new ArrayList<>();
        Path dir = Files.createTempDirectory("bootstrap-bench");
        if (!opts.contains("--skip-sqlite")) {
            Path db = dir.resolve("f1.db");
            passes.add(run("SQLite (file)", fake, dir.resolve("cache-sqlite"), () -> SqliteStorage.open(db)));
        }
        if (!opts.contains("--skip-pg")) {
            try {
                sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                passes.add(run("PostgreSQL", fake, dir.resolve("cache-pg"),
                        () -> PostgresStorage.open(PG_URL, null, null, SCHEMA)));
            } catch (RuntimeException e) {
                System.out.println("PostgreSQL skipped: " + e.getMessage());
            } finally {
                try {
                    sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                } catch (RuntimeException e) {
                    // No server: already reported.
                }
            }
        }
        long failed = passes.stream().filter(p -> !p).count();
        System.out.printf("%n%d of %d storages met every target%n", passes.size() - failed, passes.size());
        if (failed > 0) {
            System.exit(1);
        }
    }

    private interface Opener {
        Storage open() throws IOException;
    }

    private static boolean run(String name, FakeF1Transport fake, Path cache, Opener opener) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        BootstrapReport r;
        try (Storage storage = opener.open()) {
            r = pipeline(fake, storage, cache).bootstrap(BootstrapOptions.ofDefaults());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long rows = (long) r.results() + r.qualifying() + r.laps() + r.pitStops();
        System.out.println(name);
        System.out.printf(Locale.ROOT, "  %s%n", r.summary());
        System.out.printf(Locale.ROOT, "  requests %d, wall %.1f s (open + bootstrap + close), %,d rows (results,"
                        + " qualifying, laps, pit stops) = %,.0f rows/s, peak heap %.1f MB%n", r.requests(), wall,
                rows, rows / wall, peak / 1048576.0);
        boolean ok = r.requests() <= 3 && wall <= 60 && peak < 256L * 1024 * 1024 && r.skipped().isEmpty();
        System.out.println("  targets (<= 3 requests, <= 60 s, < 256 MB heap, nothing skipped): "
                + (ok ? "met" : "MISSED"));
        return ok;
    }

    private static F1Pipeline pipeline(FakeF1Transport fake, Storage storage, Path cache) {
        FetchConfig fetch = FetchConfig.builder().cache(CacheConfig.at(cache))
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).transport(fake).build();
    }

    private static int intOpt(String[] args, String name, int dflt) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }

    private static void sql(String statement) {
        try (Connection c = DriverManager.getConnection(PG_URL); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
