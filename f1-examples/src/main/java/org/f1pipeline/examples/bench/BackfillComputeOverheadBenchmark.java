package org.f1pipeline.examples.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;

/**
 * Issue 12's backfill target: a backfill with compute takes at most 1.1x the time of the same backfill with
 * {@code --no-compute}, under the real rate limits. Each run is a child JVM (as the CLI runs), with the test kit's
 * fake Jolpica in the same process on 127.0.0.1, answering every request after a uniformly random 150-300 ms
 * (a realistic round trip to api.jolpi.ca) and itself refusing more than 4 requests a second; the client has the
 * shipped limits, {@link RateLimitConfig#jolpica()} (4 per second, 500 per hour). The backfill is Jolpica only,
 * without laps ({@code --no-laps --no-openf1}), over a span whose requests stay under the hourly 500 (OpenF1's 30
 * a minute would turn a run into half an hour of waiting), into a new SQLite file. Runs alternate: without
 * compute, with compute, {@code --runs} times each (default 2). Printed per run: wall time of the backfill call
 * (pipeline and storage opening included), Jolpica requests, 429s served, rounds, events computed; then the
 * ratio of the median wall times.
 *
 * <p>Options: {@code --from Y --to Y} (default 2014-2025), {@code --runs N}. Run by hand:
 * {@code java -cp "f1-examples/target/classes:$(cat f1-examples/target/cp.txt)"
 * org.f1pipeline.examples.bench.BackfillComputeOverheadBenchmark}.
 */
public final class BackfillComputeOverheadBenchmark {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final Duration MIN_LATENCY = Duration.ofMillis(150);
    private static final Duration MAX_LATENCY = Duration.ofMillis(300);

    private BackfillComputeOverheadBenchmark() {
    }

    /** Runs the children and prints the figures; {@code child <compute> <from> <to>} is one run (internal). */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length > 0 && args[0].equals("child")) {
            child(Boolean.parseBoolean(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int from = option(args, "--from", 1980);
        int to = option(args, "--to", 2017);
        int runs = option(args, "--runs", 2);
        System.out.printf(Locale.ROOT, "Backfill compute overhead, seasons %d-%d, Jolpica only, no laps; client limits"
                + " %s; fake latency %d-%d ms, fake limit 4/s; JVM %s, %d CPUs; children run with %s%n%n", from, to,
                RateLimitConfig.jolpica(), MIN_LATENCY.toMillis(), MAX_LATENCY.toMillis(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), CliJvm.describe());
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (boolean compute : new boolean[] {false, true}) {
                String load = loadAverage();
                String line = spawn(compute, from, to);
                System.out.printf(Locale.ROOT, "  %-12s %s  (load before: %s)%n", compute ? "compute" : "no-compute",
                        line, load);
                (compute ? with : without).add(Double.parseDouble(line.substring(0, line.indexOf(' '))));
            }
        }
        double a = median(without);
        double b = median(with);
        System.out.printf(Locale.ROOT, "%nmedian wall: no-compute %.1f s, compute %.1f s, ratio %.3f (target <= 1.10:"
                + " %s)%n", a, b, b / a, b / a <= 1.10 ? "met" : "NOT met");
    }

    private static String spawn(boolean compute, int from, int to) throws Exception {
        List<String> cmd = CliJvm.command(BackfillComputeOverheadBenchmark.class, List.of("child",
                Boolean.toString(compute), Integer.toString(from), Integer.toString(to)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + out);
        }
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    private static void child(boolean compute, int from, int to) throws Exception {
        Path dir = Files.createTempDirectory("f1-backfill-overhead");
        Path db = dir.resolve("f1.db");
        try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.ofDefaults())) {
            fake.faults().reset().rateLimit(FakeApi.JOLPICA, 4, Duration.ofSeconds(1))
                    .latency(FakeApi.JOLPICA, MIN_LATENCY, MAX_LATENCY);
            BackfillOptions options = BackfillOptions.ofDefaults().withJolpicaLaps(false).withOpenF1(false)
                    .withFp2(false).withComputeJobs(compute);
            long t0 = System.nanoTime();
            BackfillReport report;
            try (SqliteStorage storage = SqliteStorage.open(db); F1Pipeline pipeline = pipeline(fake, storage)) {
                report = pipeline.backfillFull(from, to, options, BackfillListener.NONE);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long events = 0;
            try (SqliteStorage storage = SqliteStorage.open(db)) { // untimed: what the run computed
                for (Race race : storage.races().races(from, to)) {
                    events += storage.predictions().latest(race.key(), RaceType.GRAND_PRIX).isPresent() ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "%.1f s wall, %d Jolpica requests (%d answered 429), rounds %d of %d,"
                    + " %d skipped steps, %d jobs, %d grands prix with a prediction%n", wall,
                    fake.requestLog().count(FakeApi.JOLPICA), fake.requestLog().countStatus(429),
                    report.roundsCompleted(), report.roundsTotal(), report.skips().size(), report.jobsRun(), events);
        } finally {
            for (String name : List.of("f1.db", "f1.db-wal", "f1.db-shm")) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The CLI's configuration (real limits on every source), with the fake's base URLs and a fixed clock. */
    private static F1Pipeline pipeline(FakeF1Api fake, SqliteStorage storage) {
        FetchConfig fetch = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/")))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/")))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/")))
                .build();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).build();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
