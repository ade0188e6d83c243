package org.f1pipeline.examples.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.f1pipeline.fetch.ExecutionResult;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.ParallelExecutor;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.TaskResult;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.fetch.internal.Json;
import org.f1pipeline.fetch.internal.OpenF1SeasonPlan;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;

/**
 * One measured run of the OpenF1 season plan against the fake server: wall time, requests seen by the server,
 * 429s served, retries, and rows per task. Real time on purpose (this is a benchmark, not a test).
 *
 * @param wall      wall time of the whole plan
 * @param requests  requests the server answered
 * @param served429 how many of them were 429s
 * @param retries   retries the fetcher announced
 * @param result    the executor's report
 */
record FetchBenchmarkRun(Duration wall, int requests, int served429, int retries, ExecutionResult result) {

    /** Rows per completed task, by task name (sorted), to compare runs. */
    Map<String, Long> rowsByTask() {
        Map<String, Long> out = new TreeMap<>();
        result.completed().forEach(t -> out.put(t.name(), t.rows()));
        return out;
    }

    /** Meetings found by the plan's first phase. */
    int meetings() {
        return result.task("meetings").map(TaskResult::value).map(v -> ((List<?>) v).size()).orElse(0);
    }

    /** Sessions found by the plan's second phase. */
    int sessions() {
        return result.task("sessions").map(TaskResult::value).map(v -> ((List<?>) v).size()).orElse(0);
    }

    /**
     * The client config used by every scenario: one OpenF1 source at the fake's URL with {@code limits}.
     *
     * @param fake     the server
     * @param limits   the client's limits for it
     * @param parallel the guide's parallel_endpoints
     * @param workers  the guide's max_workers
     * @return the config
     */
    static FetchConfig config(FakeF1Api fake, RateLimitConfig limits, boolean parallel, int workers) {
        return FetchConfig.builder().parallelEndpoints(parallel).maxWorkers(workers)
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(limits))
                .build();
    }

    /** Runs the full season plan once with a fresh fetcher (no cache) and measures it. */
    static FetchBenchmarkRun run(FakeF1Api fake, FetchConfig config, int year) {
        AtomicInteger retries = new AtomicInteger();
        FetchListener counting = new FetchListener() {
            @Override
            public void onRetry(URI uri, int attempt, Duration wait, String reason) {
                retries.incrementAndGet();
            }
        };
        Fetcher fetcher = Fetchers.builder().config(config).listener(counting).build();
        OpenF1SeasonPlan plan = OpenF1SeasonPlan.builder(URI.create(fake.openF1BaseUrl() + "/"), year).build();
        fake.requestLog().clear();
        long start = System.nanoTime();
        ExecutionResult result = ParallelExecutor.of(config, counting, Ticker.system()).run(plan.toPlan(fetcher));
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new FetchBenchmarkRun(wall, fake.requestLog().count(FakeApi.OPENF1),
                fake.requestLog().countStatus(429), retries.get(), result);
    }

    /**
     * Fetches {@code requests} one after another with a fresh fetcher: the sequential baseline.
     *
     * @return total wall time
     */
    static Duration sequential(FetchConfig config, List<FetchRequest> requests) {
        Fetcher fetcher = Fetchers.builder().config(config).build();
        long start = System.nanoTime();
        for (FetchRequest r : requests) {
            Json.parse(fetcher.fetch(r));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
