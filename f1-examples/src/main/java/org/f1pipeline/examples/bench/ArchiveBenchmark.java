package org.f1pipeline.examples.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.source.livetiming.ArchiveSession;
import org.f1pipeline.source.livetiming.LiveTimingClient;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.livetiming.LiveTimingTopic;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.SyntheticRound;

/**
 * The live-timing archive benchmark (issue 11), against the test kit's fake archive on 127.0.0.1.
 * <ol>
 *   <li>Requests and bytes per session: every race and qualifying session of 2020 read with the client (no cache),
 *       target at most 10 files per session and no telemetry file.</li>
 *   <li>A 2018-2022 backfill (every ingest job, Jolpica laps on, no compute jobs, in memory): archive requests in
 *       total and per round, Jolpica and OpenF1 requests, and that every race got archive laps.</li>
 * </ol>
 * See docs/benchmarks.md, section "Live-timing archive (issue 11)".
 */
public final class ArchiveBenchmark {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private ArchiveBenchmark() {
    }

    /**
     * Runs both parts and prints their figures; exits with 1 when a target is missed.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Boolean> passes = new ArrayList<>();
        try (FakeF1Api fake = FakeF1Api.start()) {
            passes.add(perSession(fake));
            passes.add(backfill(fake));
        }
        long failed = passes.stream().filter(p -> !p).count();
        System.out.printf("%n%d of %d targets met%n", passes.size() - failed, passes.size());
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static boolean perSession(FakeF1Api fake) {
        Fetcher http = Fetchers.http(FetchConfig.ofDefaults(), Ticker.system(), Clock.systemUTC());
        LiveTimingClient client = LiveTimingClient.builder(http).baseUri(URI.create(fake.liveTimingBaseUrl()))
                .build();
        List<ArchiveSession> index = client.seasonIndex(2020).orElseThrow();
        int maxFiles = 0;
        long raceBytes = 0;
        long qualiBytes = 0;
        int races = 0;
        int qualis = 0;
        fake.requestLog().clear();
        for (SyntheticRound r : fake.history().season(2020).rounds()) {
            for (SessionType t : List.of(SessionType.RACE, SessionType.QUALIFYING)) {
                ArchiveSession s = LiveTimingClient.pick(index, r.raceName(), r.raceDateLocal(), t).orElseThrow();
                LiveTimingSession loaded = client.load(s, t == SessionType.RACE ? LiveTimingTopic.raceTopics()
                        : LiveTimingTopic.sessionTopics());
                maxFiles = Math.max(maxFiles, loaded.requests());
                if (t == SessionType.RACE) {
                    races++;
                    raceBytes += loaded.bytes();
                } else {
                    qualis++;
                    qualiBytes += loaded.bytes();
                }
            }
        }
        int telemetry = fake.requestLog().count(rec -> rec.path().contains(".z."));
        int total = fake.requestLog().count(FakeApi.LIVETIMING);
        System.out.println("[1] Requests and bytes per session, 2020 (fake archive, no cache)");
        System.out.printf("    %d races: 8 files each, %.0f kB per race on average%n", races,
                raceBytes / 1024.0 / races);
        System.out.printf("    %d qualifying sessions: 7 files each, %.0f kB per session on average%n", qualis,
                qualiBytes / 1024.0 / qualis);
        System.out.printf("    files requested %d (+1 season index), at most %d per session, telemetry files %d%n",
                total, maxFiles, telemetry);
        return verdict("at most 10 files per session and no telemetry", maxFiles <= 10 && telemetry == 0);
    }

    private static boolean backfill(FakeF1Api fake) {
        fake.requestLog().clear();
        long t0 = System.nanoTime();
        BackfillReport report;
        try (Storage storage = Storages.inMemory(); F1Pipeline pipeline = IngestBenchmarkSetup.pipeline(fake,
                storage, NOW, RateLimitConfig.unlimited(), RateLimitConfig.unlimited())) {
            report = pipeline.backfillFull(2018, 2022, BackfillOptions.ofDefaults().withComputeJobs(false),
                    BackfillListener.NONE);
            long withArchiveLaps = report.roundsTotal() - storage.results().raceResults(2018, 2022,
                    org.f1pipeline.domain.RaceType.GRAND_PRIX).stream().map(r -> r.race()).distinct()
                    .filter(k -> storage.laps().laps(k, org.f1pipeline.domain.RaceType.GRAND_PRIX).stream()
                            .noneMatch(l -> l.sector1Ms() != null)).count();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Integer> byFile = fake.requestLog().countsByEndpoint(FakeApi.LIVETIMING);
            int archive = fake.requestLog().count(FakeApi.LIVETIMING);
            System.out.println("[2] Backfill 2018-2022, every ingest job, Jolpica laps on, no compute (in memory)");
            System.out.printf("    rounds %d completed of %d, %d skipped steps, %d jobs, %.1f s%n",
                    report.roundsCompleted(), report.roundsTotal(), report.skips().size(), report.jobsRun(), seconds);
            report.skips().stream().limit(5).forEach(s -> System.out.println("    " + s.line()));
            System.out.println("    archive requests per file:");
            byFile.forEach((file, n) -> System.out.printf("      %-26s %5d%n", file, n));
            System.out.printf("    archive total %d (%.1f per round), Jolpica %d, OpenF1 %d; races with archive laps"
                            + " %d of %d%n", archive, archive / (double) report.roundsTotal(),
                    fake.requestLog().count(FakeApi.JOLPICA), fake.requestLog().count(FakeApi.OPENF1),
                    withArchiveLaps, report.roundsTotal());
            return verdict("every round completed with archive laps, no OpenF1 request",
                    report.roundsCompleted() == report.roundsTotal() && withArchiveLaps == report.roundsTotal()
                            && fake.requestLog().count(FakeApi.OPENF1) == 0);
        }
    }

    private static boolean verdict(String target, boolean ok) {
        System.out.printf("    target: %s -> %s%n", target, ok ? "MET" : "MISSED");
        return ok;
    }
}
