package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault switch, the request log, and concurrent delayed requests. */
class FaultSwitchesTest {
    private static FakeF1Api fake;
    private static String seasons;
    private static String meetings;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
        seasons = fake.jolpicaBaseUrl() + "/seasons.json";
        meetings = fake.openF1BaseUrl() + "/meetings?year=2024";
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.faults().reset();
        fake.requestLog().clear();
    }

    private static int status(String url) {
        return Http.get(url).statusCode();
    }

    @Test
    void rateLimitAnswers429WithEachApisBody() {
        fake.faults().rateLimit(FakeApi.JOLPICA, 3, Duration.ofMinutes(5));
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            codes.add(status(seasons));
        }
        assertThat(codes).containsExactly(200, 200, 200, 429, 429);
        HttpResponse<byte[]> r = Http.get(seasons);
        assertThat(Http.text(r)).isEqualTo("{\"detail\":\"Request was throttled.\"}");
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();

        fake.faults().rateLimit(FakeApi.OPENF1, 1, Duration.ofMinutes(5), Duration.ofSeconds(7));
        assertThat(status(meetings)).isEqualTo(200);
        HttpResponse<byte[]> o = Http.get(meetings);
        assertThat(o.statusCode()).isEqualTo(429);
        assertThat(Http.text(o)).isEqualTo("{\"error\":\"Rate limit exceeded: 30 per 10 second\"}");
        assertThat(o.headers().firstValue("Retry-After")).hasValue("7");
        fake.faults().openF1PlainTextRateLimit(true);
        assertThat(Http.text(Http.get(meetings))).isEqualTo("Rate exceeded");
        assertThat(fake.requestLog().count(r2 -> r2.fault() == FaultKind.RATE_LIMITED)).isEqualTo(5);
    }

    @Test
    void stormRefusesEveryKthRequest() {
        fake.faults().storm(FakeApi.JOLPICA, 3, Duration.ofMinutes(1));
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(status(seasons));
        }
        assertThat(codes).containsExactly(200, 200, 429, 200, 200, 429);
        fake.faults().storm(FakeApi.JOLPICA, 2, Duration.ZERO);
        assertThat(status(seasons)).isEqualTo(200);
    }

    @Test
    void serverErrorBurstsCycleThrough5xxThenRecover() {
        fake.faults().serverErrors(FakeApi.OPENF1, 3);
        assertThat(List.of(status(meetings), status(meetings), status(meetings), status(meetings)))
                .containsExactly(500, 502, 503, 200);
        fake.faults().serverErrors(FakeApi.JOLPICA, 1, 504);
        assertThat(status(seasons)).isEqualTo(504);
        assertThat(fake.requestLog().countStatus(200)).isEqualTo(1);
    }

    @Test
    void timeoutsOutlastTheClientTimeout() {
        fake.faults().timeoutDelay(Duration.ofMillis(1500)).timeouts(FakeApi.JOLPICA, 1);
        assertThatThrownBy(() -> Http.get(seasons, Duration.ofMillis(200)))
                .hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(status(seasons)).isEqualTo(200);
    }

    @Test
    void brokenBodies() {
        String full = Http.text(Http.get(seasons));
        fake.faults().truncatedBodies(FakeApi.JOLPICA, 1).malformedJson(FakeApi.JOLPICA, 1).htmlErrors(FakeApi.JOLPICA, 1, 503);
        String cut = Http.text(Http.get(seasons));
        assertThat(cut).hasSize(full.length() / 2);
        assertThat(full).startsWith(cut);
        assertThatThrownBy(() -> Http.parse(Http.text(Http.get(seasons)))).isInstanceOf(AssertionError.class);
        HttpResponse<byte[]> html = Http.get(seasons);
        assertThat(html.statusCode()).isEqualTo(503);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(Http.text(Http.get(seasons))).isEqualTo(full);
    }

    @Test
    void connectionResetAndPathTargetedFaults() {
        fake.faults().connectionResets(FakeApi.LIVETIMING, 1);
        assertThatThrownBy(() -> Http.get(fake.liveTimingBaseUrl() + "/Index.json")).isInstanceOf(UncheckedIOException.class);
        fake.faults().inject(FakeApi.JOLPICA, "/laps", 1, FaultKind.SERVER_ERROR, 503);
        assertThat(status(seasons)).isEqualTo(200);
        assertThat(status(fake.jolpicaBaseUrl() + "/2024/1/laps.json")).isEqualTo(503);
        assertThat(status(fake.jolpicaBaseUrl() + "/2024/1/laps.json")).isEqualTo(200);
    }

    @Test
    void requestLogCountsByApiAndEndpoint() {
        status(seasons);
        status(fake.jolpicaBaseUrl() + "/2024/results.json?limit=100");
        status(fake.jolpicaBaseUrl() + "/2024/results.json?limit=100&offset=100");
        status(meetings);
        status(fake.liveTimingBaseUrl() + "/2024/Index.json");
        RequestLog log = fake.requestLog();
        assertThat(log.count()).isEqualTo(5);
        assertThat(log.count(FakeApi.JOLPICA)).isEqualTo(3);
        assertThat(log.count(FakeApi.JOLPICA, "results")).isEqualTo(2);
        assertThat(log.countsByEndpoint(FakeApi.OPENF1)).containsEntry("meetings", 1);
        assertThat(log.count(FakeApi.LIVETIMING, "Index.json")).isEqualTo(1);
        RequestRecord r = log.records().get(2);
        assertThat(r.path()).isEqualTo("/ergast/f1/2024/results.json");
        assertThat(r.query()).isEqualTo("limit=100&offset=100");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.method()).isEqualTo("GET");
    }

    @Test
    void thirtyTwoConcurrentDelayedRequestsOverlap() throws Exception {
        fake.faults().latency(FakeApi.JOLPICA, Duration.ofMillis(400));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            long start = System.nanoTime();
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> status(seasons), pool));
            }
            for (CompletableFuture<Integer> c : calls) {
                assertThat(c.get()).isEqualTo(200);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(ms).as("32 x 400 ms served in parallel").isGreaterThanOrEqualTo(400).isLessThan(6000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void uniformLatencyStaysInRange() {
        fake.faults().latency(FakeApi.OPENF1, Duration.ofMillis(50), Duration.ofMillis(120));
        long start = System.nanoTime();
        assertThat(status(meetings)).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(50);
    }
}
