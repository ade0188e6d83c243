package org.f1pipeline.examples.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.TaskResult;
import org.f1pipeline.fetch.internal.OpenF1SeasonPlan;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;

/**
 * The fetch layer's benchmark (issue 3), against the fake OpenF1 server on 127.0.0.1, in real time. Four
 * scenarios on one 2024-sized season (24 meetings, 11 endpoints):
 * <ol>
 *   <li>plan size: our requests (one query per meeting per endpoint) against the guide's one per session;</li>
 *   <li>under a rate limit (server and client both at {@code --rate} per second): wall time against the floor
 *       requests / rate;</li>
 *   <li>no limit, 200-800 ms latency per request: parallel against sequential wall time (the sequential baseline
 *       is measured on an evenly spread sample and extrapolated, unless {@code --full-sequential});</li>
 *   <li>a 429 storm (every third request refused for {@code --storm-seconds}): tasks and rows against the
 *       no-fault run.</li>
 * </ol>
 * Options: {@code --rate N} (20), {@code --workers N} (16), {@code --sample N} (40), {@code --storm-seconds N} (8),
 * {@code --full-sequential}. See docs/benchmarks.md for the command and measured figures.
 */
public final class FetchBenchmark {

    private static final int YEAR = 2024;
    private static final int GUIDE_ENDPOINTS = OpenF1SeasonPlan.SESSION_ENDPOINTS.size();

    private FetchBenchmark() {
    }

    /**
     * Runs the four scenarios and prints their figures.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) {
        // Keep the guide-style retry warnings of the storm from flooding the figures.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.f1pipeline.fetch", "error");
        int rate = intOption(args, "--rate", 20);
        int workers = intOption(args, "--workers", 16);
        int sample = intOption(args, "--sample", 40);
        int stormSeconds = intOption(args, "--storm-seconds", 8);
        boolean fullSequential = List.of(args).contains("--full-sequential");
        List<Boolean> passes = new ArrayList<>();

        try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.ofDefaults())) {
            System.out.printf("Fetch benchmark (issue 3): fake OpenF1 at %s, season %d, %d workers, %d cores%n%n",
                    fake.openF1BaseUrl(), YEAR, workers, Runtime.getRuntime().availableProcessors());
            RateLimitConfig unlimited = RateLimitConfig.unlimited();
            FetchBenchmarkRun.run(fake, FetchBenchmarkRun.config(fake, unlimited, true, workers), YEAR); // warm-up

            FetchBenchmarkRun base = FetchBenchmarkRun.run(fake, FetchBenchmarkRun.config(fake, unlimited, true,
                    workers), YEAR);
            int guide = OpenF1SeasonPlan.guideRequestCount(base.meetings(), base.sessions(), GUIDE_ENDPOINTS);
            System.out.println("[1] Plan size (one query per meeting per endpoint)");
            System.out.printf("    season: %d meetings, %d sessions, %d endpoints%n", base.meetings(),
                    base.sessions(), GUIDE_ENDPOINTS);
            System.out.printf("    guide's plan: 1 + %d + %d x %d = %,d requests (1,290 with the guide's 115 sessions)%n",
                    base.meetings(), base.sessions(), GUIDE_ENDPOINTS, guide);
            System.out.printf("    our plan:     2 + %d x %d = %d requests; server saw %d; %d tasks, %,d rows%n",
                    base.meetings(), GUIDE_ENDPOINTS, 2 + base.meetings() * GUIDE_ENDPOINTS, base.requests(),
                    base.result().tasks().size(), base.result().totalRows());
            passes.add(verdict("requests <= 300", base.requests() <= 300));

            fake.faults().reset().rateLimit(FakeApi.OPENF1, rate, Duration.ofSeconds(1));
            // The library's default margin (50 ms) absorbs scheduling jitter against the server's fixed window.
            RateLimitConfig limited = RateLimitConfig.builder().window(rate, Duration.ofSeconds(1)).build();
            FetchBenchmarkRun lim = FetchBenchmarkRun.run(fake, FetchBenchmarkRun.config(fake, limited, true, workers),
                    YEAR);
            double floor = (double) lim.requests() / rate;
            double ratio = seconds(lim.wall()) / floor;
            System.out.printf("%n[2] Under a rate limit: server %d req / 1 s fixed window, client %d / 1 s (+%d ms margin)%n",
                    rate, rate, limited.margin().toMillis());
            System.out.printf("    requests %d (429s %d, retries %d), wall %.2f s, floor %d / %d = %.2f s, ratio %.3f%n",
                    lim.requests(), lim.served429(), lim.retries(), seconds(lim.wall()), lim.requests(), rate, floor,
                    ratio);
            passes.add(verdict("ratio <= 1.10 and every task completed", ratio <= 1.10 && lim.result().allSucceeded()));

            fake.faults().reset().latency(FakeApi.OPENF1, Duration.ofMillis(200), Duration.ofMillis(800));
            FetchBenchmarkRun par = FetchBenchmarkRun.run(fake, FetchBenchmarkRun.config(fake, unlimited, true,
                    workers), YEAR);
            List<FetchRequest> all = allRequests(fake, base);
            double sequential;
            String how;
            if (fullSequential) {
                FetchBenchmarkRun seq = FetchBenchmarkRun.run(fake, FetchBenchmarkRun.config(fake, unlimited, false,
                        1), YEAR);
                sequential = seconds(seq.wall());
                how = String.format(Locale.ROOT, "measured on all %d requests", seq.requests());
            } else {
                List<FetchRequest> spread = spread(all, sample);
                double measured = seconds(FetchBenchmarkRun.sequential(FetchBenchmarkRun.config(fake, unlimited,
                        false, 1), spread));
                sequential = measured / spread.size() * all.size();
                how = String.format(Locale.ROOT, "measured %.2f s on %d of %d requests (evenly spread), mean %.3f s,"
                        + " extrapolated x %d", measured, spread.size(), all.size(), measured / spread.size(),
                        all.size());
            }
            double parRatio = seconds(par.wall()) / sequential;
            System.out.println("\n[3] No rate limit, latency uniform 200-800 ms per request");
            System.out.printf("    parallel (%d workers): %d requests, wall %.2f s%n", workers, par.requests(),
                    seconds(par.wall()));
            System.out.printf("    sequential: %.2f s (%s)%n", sequential, how);
            System.out.printf("    ratio parallel / sequential %.3f, speedup %.1fx%n", parRatio, 1 / parRatio);
            passes.add(verdict("ratio <= 0.15", parRatio <= 0.15 && par.result().allSucceeded()));

            fake.faults().reset().latency(FakeApi.OPENF1, Duration.ofMillis(20), Duration.ofMillis(60))
                    .storm(FakeApi.OPENF1, 3, Duration.ofSeconds(stormSeconds));
            FetchBenchmarkRun storm = FetchBenchmarkRun.run(fake, FetchBenchmarkRun.config(fake, unlimited, true,
                    workers), YEAR);
            System.out.printf("%n[4] 429 storm: every 3rd request refused for %d s (latency 20-60 ms)%n", stormSeconds);
            System.out.printf("    requests %d, 429s served %d, retries %d, wall %.2f s%n", storm.requests(),
                    storm.served429(), storm.retries(), seconds(storm.wall()));
            System.out.printf("    tasks completed %d, failed %d; rows %,d   (no-fault run: %d completed, %d failed,"
                    + " %,d rows)%n", storm.result().completed().size(), storm.result().failed().size(),
                    storm.result().totalRows(), base.result().completed().size(), base.result().failed().size(),
                    base.result().totalRows());
            storm.result().failed().forEach(t -> System.out.println("    failed: " + t));
            passes.add(verdict("no task and no row lost", storm.result().allSucceeded()
                    && storm.rowsByTask().equals(base.rowsByTask())));
        }
        long failed = passes.stream().filter(p -> !p).count();
        System.out.printf("%n%d of %d targets met%n", passes.size() - failed, passes.size());
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static List<FetchRequest> allRequests(FakeF1Api fake, FetchBenchmarkRun base) {
        OpenF1SeasonPlan plan = OpenF1SeasonPlan.builder(URI.create(fake.openF1BaseUrl() + "/"), YEAR).build();
        List<OpenF1SeasonPlan.Meeting> meetings = values(base, "meetings", OpenF1SeasonPlan.Meeting.class);
        List<OpenF1SeasonPlan.Session> sessions = values(base, "sessions", OpenF1SeasonPlan.Session.class);
        List<FetchRequest> all = new ArrayList<>(List.of(plan.meetingsRequest(), plan.sessionsRequest()));
        all.addAll(plan.meetingRequests(meetings, sessions));
        return all;
    }

    private static <T> List<T> values(FetchBenchmarkRun run, String task, Class<T> type) {
        List<?> raw = (List<?>) run.result().task(task).map(TaskResult::value).orElseThrow();
        return raw.stream().map(type::cast).toList();
    }

    /** {@code n} requests spread evenly over {@code all} (every endpoint and meeting represented). */
    private static List<FetchRequest> spread(List<FetchRequest> all, int n) {
        List<FetchRequest> out = new ArrayList<>();
        for (int i = 0; i < n && i < all.size(); i++) {
            out.add(all.get((int) ((long) i * all.size() / Math.min(n, all.size()))));
        }
        return out;
    }

    private static boolean verdict(String target, boolean met) {
        System.out.printf("    target %s: %s%n", target, met ? "MET" : "NOT MET");
        return met;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
