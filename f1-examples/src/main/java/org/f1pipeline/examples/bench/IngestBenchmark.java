package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;

/**
 * The ingest benchmark (issue 4), against the test kit's fake Jolpica and OpenF1 on 127.0.0.1, in real time.
 * <ol>
 *   <li>Request budget: a full-history backfill 1950-2025 of schedule, rosters, results, qualifying and sprint (no
 *       Jolpica laps, no compute jobs; OpenF1 for 2023-2025 counted apart), Jolpica requests per endpoint and in
 *       total against the target of 525 (issue 9; 800 in issue 4).</li>
 *   <li>Pace: one 2024-sized season end to end (Jolpica + OpenF1, every ingest job, SQLite file) under scaled-down
 *       rate limits enforced by the fake and configured in the client: wall time against the rate-limit floor
 *       (requests per host / permitted rate, the larger of the two hosts), target ratio 1.15, and the peak heap
 *       (run with {@code -Xmx256m}), target under 256 MB.</li>
 * </ol>
 * Options: {@code --openf1 PERMITS/SECONDS} (20/10), {@code --jolpica PERMITS/SECONDS} (4/1), {@code --skip-budget},
 * {@code --skip-pace}. See docs/benchmarks.md, section "Ingest (issue 4)".
 */
public final class IngestBenchmark {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private IngestBenchmark() {
    }

    /**
     * Runs both parts and prints their figures; exits with 1 when a target is missed.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> opts = List.of(args);
        int[] openF1 = window(args, "--openf1", 20, 10);
        int[] jolpica = window(args, "--jolpica", 4, 1);
        List<Boolean> passes = new ArrayList<>();
        try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.ofDefaults())) {
            System.out.printf("Ingest benchmark (issue 4): fake APIs at %s, %d cores, max heap %d MB%n%n",
                    fake.baseUrl(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            if (!opts.contains("--skip-budget")) {
                passes.add(budget(fake));
            }
            if (!opts.contains("--skip-pace")) {
                passes.add(pace(fake, openF1, jolpica));
            }
        }
        long failed = passes.stream().filter(p -> !p).count();
        System.out.printf("%n%d of %d targets met%n", passes.size() - failed, passes.size());
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static boolean budget(FakeF1Api fake) {
        fake.requestLog().clear();
        BackfillOptions options = BackfillOptions.ofDefaults().withJolpicaLaps(false).withComputeJobs(false);
        long t0 = System.nanoTime();
        BackfillReport report;
        try (Storage storage = Storages.inMemory(); F1Pipeline pipeline = IngestBenchmarkSetup.pipeline(fake,
                storage, NOW, RateLimitConfig.unlimited(), RateLimitConfig.unlimited())) {
            report = pipeline.backfillFull(1950, 2025, options, BackfillListener.NONE);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> byEndpoint = fake.requestLog().countsByEndpoint(FakeApi.JOLPICA);
        int total = byEndpoint.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("[1] Full-history backfill 1950-2025: schedule, rosters, results, qualifying, sprint");
        System.out.printf("    rounds %d completed of %d, %d skipped steps, %d jobs, %.1f s%n",
                report.roundsCompleted(), report.roundsTotal(), report.skips().size(), report.jobsRun(), seconds);
        report.skips().stream().limit(5).forEach(s -> System.out.println("    " + s.line()));
        System.out.println("    Jolpica requests per endpoint:");
        byEndpoint.forEach((endpoint, n) -> System.out.printf("      %-12s %4d%n", endpoint, n));
        System.out.printf("      %-12s %4d   (one call per round per endpoint would be %d)%n", "total", total,
                report.roundsTotal() * 3 + 76);
        System.out.printf("    OpenF1 requests (2023-2025, not part of the budget): %d%n",
                fake.requestLog().count(FakeApi.OPENF1));
        return verdict("Jolpica requests <= 525 (issue 9) and every round completed",
                total <= 525 && report.roundsCompleted() == report.roundsTotal());
    }

    private static boolean pace(FakeF1Api fake, int[] openF1, int[] jolpica) throws IOException {
        fake.faults().reset()
                .rateLimit(FakeApi.OPENF1, openF1[0], Duration.ofSeconds(openF1[1]))
                .rateLimit(FakeApi.JOLPICA, jolpica[0], Duration.ofSeconds(jolpica[1]));
        RateLimitConfig openF1Limit = RateLimitConfig.builder().window(openF1[0], Duration.ofSeconds(openF1[1]))
                .build();
        RateLimitConfig jolpicaLimit = RateLimitConfig.builder().window(jolpica[0], Duration.ofSeconds(jolpica[1]))
                .build();
        Path dir = Files.createTempDirectory("ingest-bench");
        Path db = dir.resolve("f1.db");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        fake.requestLog().clear();
        BackfillOptions options = BackfillOptions.ofDefaults().withComputeJobs(false);
        long t0 = System.nanoTime();
        BackfillReport report;
        try (SqliteStorage storage = SqliteStorage.open(db);
             F1Pipeline pipeline = IngestBenchmarkSetup.pipeline(fake, storage, NOW, jolpicaLimit, openF1Limit)) {
            report = pipeline.backfillFull(2024, 2024, options, BackfillListener.NONE);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int nOpenF1 = fake.requestLog().count(FakeApi.OPENF1);
        int nJolpica = fake.requestLog().count(FakeApi.JOLPICA);
        double floorOpenF1 = nOpenF1 / rate(openF1);
        double floorJolpica = nJolpica / rate(jolpica);
        double floor = Math.max(floorOpenF1, floorJolpica);
        double strict = Math.max(strictFloor(nOpenF1, openF1), strictFloor(nJolpica, jolpica));
        double ratio = wall / floor;
        System.out.printf("%n[2] One 2024 season end to end (every ingest job, SQLite %s)%n", db.getFileName());
        System.out.printf("    limits (fake and client): OpenF1 %d per %d s, Jolpica %d per %d s%n", openF1[0],
                openF1[1], jolpica[0], jolpica[1]);
        System.out.printf("    rounds %d completed of %d, %d skipped steps, %d jobs, database %.1f MB%n",
                report.roundsCompleted(), report.roundsTotal(), report.skips().size(), report.jobsRun(),
                Files.size(db) / 1e6);
        report.skips().stream().limit(5).forEach(s -> System.out.println("    " + s.line()));
        System.out.printf("    requests: OpenF1 %d %s, Jolpica %d %s, 429s served %d%n", nOpenF1,
                fake.requestLog().countsByEndpoint(FakeApi.OPENF1), nJolpica,
                fake.requestLog().countsByEndpoint(FakeApi.JOLPICA), fake.requestLog().countStatus(429));
        System.out.printf("    floor: OpenF1 %d / %.2f per s = %.1f s, Jolpica %d / %.2f per s = %.1f s -> %.1f s"
                + " (window-exact floor %.1f s)%n", nOpenF1, rate(openF1), floorOpenF1, nJolpica, rate(jolpica),
                floorJolpica, floor, strict);
        System.out.printf("    wall %.1f s, ratio %.3f (%.3f against the window-exact floor)%n", wall, ratio,
                wall / strict);
        System.out.printf("    peak heap %.1f MB (max heap %d MB)%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.deleteIfExists(db);
        Files.deleteIfExists(dir.resolve("f1.db-wal"));
        Files.deleteIfExists(dir.resolve("f1.db-shm"));
        Files.deleteIfExists(dir);
        boolean complete = report.roundsCompleted() == report.roundsTotal() && report.skips().isEmpty();
        return verdict("ratio <= 1.15, peak heap < 256 MB, every round completed",
                ratio <= 1.15 && peakHeap < 256L * 1024 * 1024 && complete);
    }

    private static double rate(int[] window) {
        return (double) window[0] / window[1];
    }

    /** Time to start n requests when p may start in any window of t seconds: the bursts make it below n / rate. */
    private static double strictFloor(int n, int[] window) {
        return n == 0 ? 0 : Math.max(0, Math.ceil((double) n / window[0]) - 1) * window[1];
    }

    private static int[] window(String[] args, String name, int permits, int seconds) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                String[] parts = args[i + 1].split("/");
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        }
        return new int[] {permits, seconds};
    }

    private static boolean verdict(String target, boolean met) {
        System.out.printf("    target %s: %s%n", target, met ? "MET" : "NOT MET");
        return met;
    }
}
