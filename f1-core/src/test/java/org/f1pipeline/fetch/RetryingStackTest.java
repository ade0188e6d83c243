package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The retry and limiter layers over a scripted transport (the WireMock contract suite lives in f1-testkit). */
class RetryingStackTest {

    private static final URI URL = URI.create("https://api.openf1.org/v1/laps?meeting_key=1");

    private final TestTime time = new TestTime();
    private final Deque<Supplier<FetchResponse>> script = new ArrayDeque<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private int requests;

    private final FetchListener listener = new FetchListener() {
        @Override
        public void onRetry(URI uri, int attempt, Duration wait, String reason) {
            events.add("retry " + attempt + " " + reason + " " + wait.toMillis());
        }

        @Override
        public void onThrottle(String limiter, Duration wait) {
            events.add("throttle " + limiter + " " + wait.toMillis());
        }
    };

    private Fetcher fetcher(int attempts, RateLimitConfig openF1Limits) {
        FetchConfig config = FetchConfig.builder()
                .retry(RetryPolicy.builder().maxAttempts(attempts).backoff(Backoff.exponential(Duration.ofSeconds(1),
                        Duration.ofSeconds(8))).maxRetryAfter(Duration.ofSeconds(60)).build())
                .source(SourceConfig.openF1().withRateLimit(openF1Limits)).build();
        return Fetchers.builder().config(config).listener(listener).clock(time.clock).ticker(time.ticker)
                .sleeper(time.sleeper).transport(r -> {
                    requests++;
                    return script.isEmpty() ? ok() : script.pop().get();
                }).build();
    }

    private static FetchResponse ok() {
        byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
        return new FetchResponse(URL, 200, Map.of(), body, body.length, Duration.ZERO, false);
    }

    private static Supplier<FetchResponse> fail(FetchException e) {
        return () -> {
            throw e;
        };
    }

    private static RateLimitConfig noLimit() {
        return RateLimitConfig.builder().margin(Duration.ZERO).build();
    }

    @Test
    @DisplayName("429, 5xx and I/O errors are retried with backoff; the listener hears each retry")
    void retriesTransientFailures() {
        Fetcher f = fetcher(5, noLimit());
        script.add(fail(new RateLimitedException(URL, 1, null, "")));
        script.add(fail(new HttpStatusException(URL, 503, 1, "", null)));
        script.add(fail(new FetchException(URL, FetchException.NO_STATUS, 1, "timed out after 200 ms", null)));
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", URL)).status()).isEqualTo(200);
        assertThat(requests).isEqualTo(4);
        assertThat(events).filteredOn(e -> e.startsWith("retry"))
                .containsExactly("retry 1 HTTP 429 1000", "retry 2 HTTP 503 2000", "retry 3 timeout 4000");
    }

    @Test
    @DisplayName("Retry-After wins over the backoff and is capped by maxRetryAfter")
    void retryAfterHonouredAndCapped() {
        Fetcher f = fetcher(5, RateLimitConfig.unlimited().toBuilder()
                .adaptive(RateLimitConfig.Adaptive.disabled()).build());
        script.add(fail(new RateLimitedException(URL, 1, Duration.ofSeconds(10), "")));
        script.add(fail(new HttpStatusException(URL, 503, 1, "", Duration.ofHours(2))));
        f.fetch(FetchRequest.of("openf1", "laps", URL));
        assertThat(events).filteredOn(e -> e.startsWith("retry"))
                .containsExactly("retry 1 HTTP 429 10000", "retry 2 HTTP 503 60000");
    }

    @Test
    @DisplayName("a 429 also pauses the host limiter, so other requests wait too")
    void throttleReachesTheLimiter() {
        Fetcher f = fetcher(3, noLimit());
        script.add(fail(new RateLimitedException(URL, 1, Duration.ofSeconds(10), "")));
        f.fetch(FetchRequest.of("openf1", "laps", URL));
        // The retry slept 10 s; the limiter's pause (10 s from the 429) was over by then: no extra wait.
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10));
        script.add(fail(new RateLimitedException(URL, 1, null, "")));
        f.fetch(FetchRequest.of("openf1", "laps", URL));
        // Backoff 1 s, then the adaptive pause (2 s) still had 1 s to go: the limiter made the retry wait.
        assertThat(events).contains("throttle openf1 1000");
    }

    @Test
    @DisplayName("other 4xx and the live-session refusal fail at once with one request")
    void finalFailuresAreNotRetried() {
        Fetcher f = fetcher(5, noLimit());
        script.add(fail(new HttpStatusException(URL, 404, 1, "{\"detail\":\"Race round not found\"}", null)));
        assertThatThrownBy(() -> f.fetch(FetchRequest.of("openf1", "laps", URL)))
                .isInstanceOf(HttpStatusException.class).hasMessageContaining("404").hasMessageContaining(URL.toString())
                .hasMessageContaining("Race round not found");
        script.add(fail(new LiveSessionRefusedException(URL, 401, 1, "Session in progress")));
        assertThatThrownBy(() -> f.fetch(FetchRequest.of("openf1", "laps", URL)))
                .isInstanceOf(LiveSessionRefusedException.class);
        assertThat(requests).isEqualTo(2);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    @DisplayName("after the last attempt the failure keeps its type and reports URL, status and attempts")
    void exhaustedAttempts() {
        Fetcher f = fetcher(3, noLimit());
        for (int i = 0; i < 3; i++) {
            script.add(fail(new RateLimitedException(URL, 1, null, "{\"detail\":\"Request was throttled.\"}")));
        }
        assertThatThrownBy(() -> f.fetch(FetchRequest.of("openf1", "laps", URL)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.uri()).isEqualTo(URL);
                    assertThat(e.getMessage()).contains("3 attempts").contains("Request was throttled");
                });
        for (int i = 0; i < 3; i++) {
            script.add(fail(new HttpStatusException(URL, 502, 1, "Bad gateway", null)));
        }
        assertThatThrownBy(() -> f.fetch(FetchRequest.of("openf1", "laps", URL)))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.attempts()).isEqualTo(3));
    }

    @Test
    @DisplayName("an interrupted thread stops retrying")
    void interruptStopsRetries() {
        Fetcher f = fetcher(5, noLimit());
        script.add(() -> {
            Thread.currentThread().interrupt();
            throw new FetchException(URL, FetchException.NO_STATUS, 1, "interrupted", null);
        });
        try {
            assertThatThrownBy(() -> f.fetch(FetchRequest.of("openf1", "laps", URL)))
                    .isInstanceOf(FetchException.class);
            assertThat(requests).isEqualTo(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    @DisplayName("a listener that throws never fails a fetch")
    void faultyListener() {
        FetchConfig config = FetchConfig.builder().source(SourceConfig.openF1().withRateLimit(noLimit())).build();
        Fetcher f = Fetchers.builder().config(config).listener(new FetchListener() {
            @Override
            public void onRequest(FetchRequest request, int attempt) {
                throw new IllegalStateException("boom");
            }
        }).ticker(time.ticker).sleeper(time.sleeper).transport(r -> ok()).build();
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", URL)).status()).isEqualTo(200);
    }
}
