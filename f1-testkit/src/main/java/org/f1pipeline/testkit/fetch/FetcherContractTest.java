package org.f1pipeline.testkit.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.f1pipeline.testkit.fetch.ContractStubs.gzip;
import static org.f1pipeline.testkit.fetch.ContractStubs.json;
import static org.f1pipeline.testkit.fetch.ContractStubs.status;
import static org.f1pipeline.testkit.fetch.ContractStubs.stubAlways;
import static org.f1pipeline.testkit.fetch.ContractStubs.stubTimes;
import static org.f1pipeline.testkit.fetch.ContractStubs.utf8;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.f1pipeline.fetch.Backoff;
import org.f1pipeline.fetch.BodyTooLargeException;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RateLimitedException;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.testkit.time.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link Fetcher} of this library must honour, checked against a WireMock server (one per test,
 * dynamic port on 127.0.0.1) with fake time, so backoff and Retry-After waits are asserted without sleeping. The
 * cases live in nested groups: {@link SuccessCases}, {@link RetryCases}, {@link RefusalCases}, {@link BadBodyCases}
 * and {@link CacheCases}.
 *
 * <p>Run it through a subclass that builds the fetcher under test; legitimate differences are expressed through the
 * protected hooks ({@link #attemptsPerFetch()}, {@link #cachesResponses()}), never by type checks:
 * <pre>{@code
 * class MyFetcherContractTest extends FetcherContractTest {
 *     protected Fetcher createFetcher(FetchConfig config, FakeTime time, FetchListener listener) {
 *         return Fetchers.builder().config(config).clock(time.clock()).ticker(time.ticker())
 *                 .sleeper(time.sleeper()).listener(listener).build();
 *     }
 * }
 * }</pre>
 */
public abstract class FetcherContractTest {

    /** Attempts per fetch in the suite's config. */
    protected static final int MAX_ATTEMPTS = 4;
    /** Request timeout in the suite's config: generous, so a cold JVM or a busy CI machine never trips it. */
    protected static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Request timeout of the timeout cases: short, because timeouts need real elapsed time at the HTTP level (the
     * server's delay is real; no test code sleeps).
     */
    protected static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    /** Body cap in the suite's config. */
    protected static final long MAX_BODY = 64 * 1024;

    /** The WireMock server of the current test. */
    protected WireMockServer server;
    /** Fake ticker, clock and sleeper of the current test. */
    protected FakeTime time;
    /** Every event the fetcher reported. */
    protected RecordingListener events;
    /** The config the fetcher was built with. */
    protected FetchConfig config;
    /** The fetcher under test. */
    protected Fetcher fetcher;

    @TempDir
    Path tempDir;

    /**
     * Builds the fetcher under test.
     *
     * @param config   the suite's settings (retry, timeouts, body cap, cache folder, source limits)
     * @param time     fake time to inject (ticker, clock, sleeper)
     * @param listener to be told about every event
     * @return the fetcher
     */
    protected abstract Fetcher createFetcher(FetchConfig config, FakeTime time, FetchListener listener);

    /** How many attempts one fetch makes for a retryable failure; a fetcher without retries returns 1. */
    protected int attemptsPerFetch() {
        return config.retry().maxAttempts();
    }

    /** Whether the fetcher keeps responses in {@code config.cache()} (and honours offline mode). */
    protected boolean cachesResponses() {
        return true;
    }

    /** Releases what {@link #createFetcher} acquired; nothing by default. */
    protected void destroyFetcher(Fetcher fetcher) {
    }

    /** The suite's config; override to adjust, keeping the documented constants. */
    protected FetchConfig config(URI baseUrl, Path cacheDir) {
        return FetchConfig.builder()
                .retry(RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS)
                        .backoff(Backoff.exponentialWithFullJitter(Duration.ofSeconds(1), Duration.ofSeconds(8),
                                new Random(1)))
                        .maxRetryAfter(Duration.ofMinutes(2)).build())
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(REQUEST_TIMEOUT)
                .maxBodyBytes(MAX_BODY)
                .cache(CacheConfig.at(cacheDir))
                .source(SourceConfig.openF1().withBaseUrl(baseUrl).withRateLimit(RateLimitConfig.builder()
                        .window(50, Duration.ofSeconds(1)).margin(Duration.ZERO).build()))
                .build();
    }

    @BeforeEach
    void startServerAndFetcher() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().gzipDisabled(true));
        server.start();
        time = FakeTime.create();
        events = new RecordingListener();
        config = config(URI.create("http://127.0.0.1:" + server.port() + "/v1/"), tempDir.resolve("cache"));
        fetcher = createFetcher(config, time, events);
    }

    @AfterEach
    void stopServerAndFetcher() {
        try {
            destroyFetcher(fetcher);
        } finally {
            server.stop();
        }
    }

    /** Rebuilds the fetcher with another config (e.g. offline) for the rest of a test. */
    protected void rebuild(FetchConfig newConfig) {
        destroyFetcher(fetcher);
        config = newConfig;
        fetcher = createFetcher(config, time, events);
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    protected URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** Fetches {@code pathAndQuery} as an OpenF1 "laps" request. */
    protected FetchResponse fetch(String pathAndQuery) {
        return fetcher.fetch(FetchRequest.of(SourceConfig.OPENF1, "laps", url(pathAndQuery)));
    }

    /** How many requests reached the server for {@code path}. */
    protected int requestsTo(String path) {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
    }

    /** Sum of the fake sleeps so far. */
    protected Duration slept() {
        return time.sleeper().total();
    }

    /** 2xx responses: decoding and metadata. */
    @Nested
    @DisplayName("successful responses")
    class SuccessCases {

        @Test
        @DisplayName("a gzip body is asked for, decoded, and reported with its (smaller) wire size")
        void gzipIsDecoded() {
            String body = "[" + "{\"lap_number\":1,\"lap_duration\":91.743},".repeat(200) + "{}]";
            stubAlways(server, "/v1/laps", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("Content-Encoding", "gzip").withBody(gzip(utf8(body))));
            FetchResponse r = fetch("/v1/laps?session_key=9161");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).isEqualTo(body);
            assertThat(tree(r).size()).isEqualTo(201);
            assertThat(r.bytes()).isPositive().isLessThan(r.bodyLength());
            assertThat(r.header("Content-Encoding")).isEmpty();
            assertThat(r.header("content-type")).contains("application/json");
            assertThat(r.fromCache()).isFalse();
            server.verify(getRequestedFor(urlPathEqualTo("/v1/laps")).withHeader("Accept-Encoding", containing("gzip")));
        }

        @Test
        @DisplayName("a plain body arrives byte for byte; a leading BOM is ignored by text() and json()")
        void plainBodyAndBom() {
            stubAlways(server, "/static/2024/Index.json", aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("\uFEFF{\"Year\":2024}"));
            FetchResponse r = fetch("/static/2024/Index.json");
            assertThat(r.bodyLength()).isEqualTo(utf8("\uFEFF{\"Year\":2024}").length);
            assertThat(r.text()).isEqualTo("{\"Year\":2024}");
            assertThat(tree(r).path("Year").asInt()).isEqualTo(2024);
            assertThat(r.elapsed()).isGreaterThanOrEqualTo(Duration.ZERO);
        }
    }

    /** Retried failures: 429, 5xx, timeouts, I/O errors. */
    @Nested
    @DisplayName("retries")
    class RetryCases {

        @Test
        @DisplayName("429 without Retry-After is retried after a jittered backoff, and the listener is told")
        void rateLimitedThenOk() {
            stubTimes(server, "/v1/laps", status(429, "{\"detail\":\"Request was throttled.\"}"), 1, json("[]"));
            if (attemptsPerFetch() == 1) {
                assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOf(RateLimitedException.class);
                assertThat(requestsTo("/v1/laps")).isEqualTo(1);
                return;
            }
            assertThat(fetch("/v1/laps").status()).isEqualTo(200);
            assertThat(requestsTo("/v1/laps")).isEqualTo(2);
            assertThat(events.retries()).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo("HTTP 429");
                assertThat(r.attempt()).isEqualTo(1);
                assertThat(r.delay()).isBetween(Duration.ZERO, Duration.ofSeconds(1));
            });
            assertThat(slept()).isGreaterThanOrEqualTo(events.retries().get(0).delay());
        }

        @Test
        @DisplayName("Retry-After in seconds is the wait used")
        void retryAfterSeconds() {
            stubTimes(server, "/v1/laps", status(429, "{}").withHeader("Retry-After", "7"), 1, json("[]"));
            if (attemptsPerFetch() == 1) {
                assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
                return;
            }
            fetch("/v1/laps");
            assertThat(events.retries()).singleElement().extracting(RecordingListener.Retry::delay)
                    .isEqualTo(Duration.ofSeconds(7));
            assertThat(time.sleeper().sleeps().get(0)).isEqualTo(Duration.ofSeconds(7));
        }

        @Test
        @DisplayName("Retry-After as an HTTP date is measured against the injected clock")
        void retryAfterHttpDate() {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    time.clock().instant().plusSeconds(30).atOffset(ZoneOffset.UTC));
            stubTimes(server, "/v1/laps", status(429, "{}").withHeader("Retry-After", date), 1, json("[]"));
            if (attemptsPerFetch() == 1) {
                assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
                return;
            }
            fetch("/v1/laps");
            assertThat(events.retries()).singleElement().extracting(RecordingListener.Retry::delay)
                    .isEqualTo(Duration.ofSeconds(30));
        }

        @ParameterizedTest(name = "HTTP {0} twice, then 200")
        @ValueSource(ints = {500, 502, 503})
        @DisplayName("bursts of server errors are retried until the server recovers")
        void serverErrorBursts(int code) {
            stubTimes(server, "/v1/laps", status(code, "<html>error</html>"), 2, json("[1]"));
            if (attemptsPerFetch() < 3) {
                assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOfSatisfying(HttpStatusException.class,
                        e -> assertThat(e.status()).isEqualTo(code));
                assertThat(requestsTo("/v1/laps")).isEqualTo(attemptsPerFetch());
                return;
            }
            assertThat(tree(fetch("/v1/laps")).get(0).asInt()).isEqualTo(1);
            assertThat(requestsTo("/v1/laps")).isEqualTo(3);
            assertThat(events.retries()).extracting(RecordingListener.Retry::reason)
                    .containsExactly("HTTP " + code, "HTTP " + code);
        }

        @Test
        @DisplayName("429 on every attempt ends in RateLimitedException with URL, status and attempts")
        void exhausted429() {
            stubAlways(server, "/v1/laps", status(429, "{\"detail\":\"Request was throttled.\"}"));
            assertThatThrownBy(() -> fetch("/v1/laps?meeting_key=1229"))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.uri()).isEqualTo(url("/v1/laps?meeting_key=1229"));
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.attempts()).isEqualTo(attemptsPerFetch());
                        assertThat(e.getMessage()).contains(e.uri().toString()).contains("Request was throttled");
                    });
            assertThat(requestsTo("/v1/laps")).isEqualTo(attemptsPerFetch());
        }

        @Test
        @DisplayName("5xx on every attempt ends in HttpStatusException with URL, status and attempts")
        void exhausted5xx() {
            stubAlways(server, "/v1/laps", status(503, "Service Unavailable"));
            assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOfSatisfying(HttpStatusException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.attempts()).isEqualTo(attemptsPerFetch());
                assertThat(e.getMessage()).contains(url("/v1/laps").toString()).contains("503");
            });
            assertThat(requestsTo("/v1/laps")).isEqualTo(attemptsPerFetch());
        }

        @Test
        @DisplayName("a response slower than the request timeout is retried, then fails with status -1")
        void timeouts() {
            useShortTimeout();
            stubAlways(server, "/v1/laps", json("[]").withFixedDelay(2500));
            assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOfSatisfying(FetchException.class, e -> {
                assertThat(e.status()).isEqualTo(FetchException.NO_STATUS);
                assertThat(e.attempts()).isEqualTo(attemptsPerFetch());
                assertThat(e.getMessage()).contains("timed out").contains(url("/v1/laps").toString());
            });
            assertThat(events.retries()).extracting(RecordingListener.Retry::reason)
                    .hasSize(attemptsPerFetch() - 1).allMatch("timeout"::equals);
        }

        @Test
        @DisplayName("one slow response, then a fast one: the retry succeeds")
        void timeoutThenOk() {
            useShortTimeout();
            stubTimes(server, "/v1/laps", json("[]").withFixedDelay(2500), 1, json("[2]"));
            if (attemptsPerFetch() == 1) {
                assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOf(FetchException.class);
                return;
            }
            assertThat(tree(fetch("/v1/laps")).get(0).asInt()).isEqualTo(2);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
                "RANDOM_DATA_THEN_CLOSE", "MALFORMED_RESPONSE_CHUNK"})
        @DisplayName("broken connections are I/O errors: retried, then reported without hanging")
        void brokenConnections(Fault fault) {
            stubAlways(server, "/v1/laps", aResponse().withFault(fault));
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(attemptsPerFetch());
                        assertThat(e.getMessage()).contains(url("/v1/laps").toString());
                    }));
            // java.net.http itself resends an idempotent GET once when the connection closes before the first
            // response byte, so the server may see up to twice our attempts.
            assertThat(requestsTo("/v1/laps")).isBetween(attemptsPerFetch(), 2 * attemptsPerFetch());
        }

        /** Rebuilds the fetcher with {@link #SHORT_TIMEOUT}, after one warm-up request so a cold JVM is no factor. */
        private void useShortTimeout() {
            stubAlways(server, "/warm-up", json("[]"));
            fetch("/warm-up");
            rebuild(config.toBuilder().requestTimeout(SHORT_TIMEOUT).build());
        }
    }

    /** Failures that are never retried. */
    @Nested
    @DisplayName("refusals")
    class RefusalCases {

        @ParameterizedTest(name = "HTTP {0}")
        @ValueSource(ints = {400, 401, 403, 404, 410})
        @DisplayName("other 4xx fail at once, after one request, naming URL, status and body")
        void clientErrors(int code) {
            stubAlways(server, "/ergast/f1/2023/laps.json",
                    status(code, "{\"detail\":\"Bad Request: Missing one of the required parameters.\"}"));
            assertThatThrownBy(() -> fetch("/ergast/f1/2023/laps.json"))
                    .isInstanceOfSatisfying(HttpStatusException.class, e -> {
                        assertThat(e).isNotInstanceOf(LiveSessionRefusedException.class);
                        assertThat(e.status()).isEqualTo(code);
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.bodySnippet()).contains("Missing one of the required parameters");
                        assertThat(e.getMessage()).contains(url("/ergast/f1/2023/laps.json").toString());
                    });
            assertThat(requestsTo("/ergast/f1/2023/laps.json")).isEqualTo(1);
            assertThat(events.retries()).isEmpty();
            assertThat(time.sleeper().sleeps()).isEmpty();
        }

        @Test
        @DisplayName("an HTML 404 page is reported with a short snippet")
        void htmlNotFound() {
            stubAlways(server, "/ergast/f1/2023/results/fish.json", aResponse().withStatus(404)
                    .withHeader("Content-Type", "text/html").withBody("<!doctype html><title>Not Found</title>"
                            + "<h1>Not Found</h1>" + "<p>x</p>".repeat(500)));
            assertThatThrownBy(() -> fetch("/ergast/f1/2023/results/fish.json"))
                    .isInstanceOfSatisfying(HttpStatusException.class, e -> {
                        assertThat(e.bodySnippet()).startsWith("<!doctype html>").hasSizeLessThanOrEqualTo(205);
                        assertThat(e.status()).isEqualTo(404);
                    });
        }

        @Test
        @DisplayName("OpenF1's live-session refusal is its own exception and is not retried")
        void liveSessionRefusal() {
            stubAlways(server, "/v1/laps", status(401, "{\"detail\":\"Session in progress, access is restricted to "
                    + "authenticated users. Sign up here: https://tally.so/r/w2yWDb\"}"));
            assertThatThrownBy(() -> fetch("/v1/laps?session_key=latest"))
                    .isInstanceOfSatisfying(LiveSessionRefusedException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.serverDetail()).startsWith("Session in progress");
                        assertThat(e.getMessage()).contains(url("/v1/laps?session_key=latest").toString());
                    });
            assertThat(requestsTo("/v1/laps")).isEqualTo(1);
            assertThat(events.retries()).isEmpty();
        }
    }

    /** 200 responses whose body is unusable. */
    @Nested
    @DisplayName("bad bodies")
    class BadBodyCases {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"lap_number\": ,} | malformed JSON",
            "truncated body | [{\"lap_number\":1},{\"lap_number\" | truncated",
            "trailing garbage | [1,2] [3] | malformed JSON",
            "empty body | '' | empty body"})
        @DisplayName("unreadable JSON fails with SourceFormatException naming the URL and quoting the body")
        void unreadableJson(String label, String body, String problem) {
            stubAlways(server, "/v1/laps", json(body));
            FetchResponse r = fetch("/v1/laps");
            assertThatThrownBy(r::jsonText).isInstanceOfSatisfying(SourceFormatException.class, e -> {
                assertThat(e.uri()).isEqualTo(url("/v1/laps"));
                assertThat(e.getMessage()).contains(url("/v1/laps").toString()).contains(problem);
                assertThat(e.snippet()).isEqualTo(body.length() > 200 ? e.snippet() : body.replace("\n", "\\n"));
            });
        }

        @Test
        @DisplayName("an HTML page served with 200 instead of JSON is recognised, with a bounded snippet")
        void htmlInsteadOfJson() {
            String html = "<!DOCTYPE html><html><body><h1>Service Unavailable</h1>" + "x".repeat(5000)
                    + "</body></html>";
            stubAlways(server, "/v1/laps", aResponse().withStatus(200).withHeader("Content-Type",
                    "text/html; charset=utf-8").withBody(html));
            FetchResponse r = fetch("/v1/laps");
            assertThatThrownBy(r::jsonText).isInstanceOfSatisfying(SourceFormatException.class, e -> {
                assertThat(e.getMessage()).contains("HTML").contains(url("/v1/laps").toString());
                assertThat(e.snippet()).startsWith("<!DOCTYPE html>").hasSizeLessThanOrEqualTo(205);
            });
        }

        @Test
        @DisplayName("a body over the cap fails with BodyTooLargeException after one request")
        void bodyOverCap() {
            stubAlways(server, "/v1/car_data", json("[" + "1,".repeat((int) MAX_BODY) + "1]"));
            assertThatThrownBy(() -> fetch("/v1/car_data")).isInstanceOfSatisfying(BodyTooLargeException.class,
                    e -> {
                        assertThat(e.maxBytes()).isEqualTo(MAX_BODY);
                        assertThat(e.getMessage()).contains(url("/v1/car_data").toString());
                    });
            assertThat(requestsTo("/v1/car_data")).isEqualTo(1);
        }

        @Test
        @DisplayName("a gzip bomb is stopped at the cap while decoding, never inflated in full")
        void gzipBomb() {
            byte[] bomb = gzip(new byte[32 * 1024 * 1024]);
            stubAlways(server, "/v1/location", aResponse().withStatus(200).withHeader("Content-Encoding", "gzip")
                    .withBody(bomb));
            assertThatThrownBy(() -> fetch("/v1/location")).isInstanceOf(BodyTooLargeException.class);
            assertThat(requestsTo("/v1/location")).isEqualTo(1);
        }
    }

    /** Bodies read as streams by a parser: {@code fetch(request, parser)}. */
    @Nested
    @DisplayName("parsed fetches")
    class ParsedCases {

        private final org.f1pipeline.fetch.BodyParser<Integer> length = body -> body.stream().readAllBytes().length;

        @Test
        @DisplayName("the body streams into the parser; the result says how many requests it took")
        void parsedWithAttempts() {
            stubTimes(server, "/v1/laps", status(503, "{}"), 1, json("[{\"lap_number\":1}]"));
            FetchRequest request = FetchRequest.of(SourceConfig.OPENF1, "laps", url("/v1/laps"));
            if (attemptsPerFetch() == 1) {
                assertThatThrownBy(() -> fetcher.fetch(request, length)).isInstanceOf(HttpStatusException.class);
            }
            org.f1pipeline.fetch.Parsed<Integer> parsed = fetcher.fetch(request, length);
            assertThat(parsed.value()).isEqualTo(18);
            assertThat(parsed.attempts()).isEqualTo(attemptsPerFetch() > 1 ? 2 : 1);
            assertThat(parsed.fromCache()).isFalse();
            assertThat(requestsTo("/v1/laps")).isEqualTo(2);
        }

        @Test
        @DisplayName("a body that stalls longer than the read timeout fails the attempt instead of hanging")
        void stalledBodyFails() {
            rebuild(config.toBuilder().readTimeout(SHORT_TIMEOUT).retryAttempts(1).build());
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v1/slow"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("[" + "1,".repeat(200) + "1]").withChunkedDribbleDelay(2, 4000)));
            long t0 = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> fetcher.fetch(
                    FetchRequest.of(SourceConfig.OPENF1, "slow", url("/v1/slow")), length))
                    .isInstanceOf(FetchException.class).hasMessageContaining("read timeout"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(3500));
        }

        @Test
        @DisplayName("a body the parser rejects is not cached: the next fetch asks the server again")
        void rejectedBodyIsNotCached() {
            assumeTrue(cachesResponses(), "this fetcher has no cache");
            stubAlways(server, "/v1/laps", json("[{\"lap_number\":1}]"));
            FetchRequest request = FetchRequest.of(SourceConfig.OPENF1, "laps", url("/v1/laps"));
            assertThatThrownBy(() -> fetcher.fetch(request, body -> {
                body.stream().readAllBytes();
                throw new SourceFormatException(body.uri(), "not what the source expects", body.snippet(), null);
            })).isInstanceOf(SourceFormatException.class);
            assertThat(fetcher.fetch(request, length).fromCache()).isFalse();
            assertThat(fetcher.fetch(request, length).fromCache()).isTrue();
            assertThat(requestsTo("/v1/laps")).isEqualTo(2);
        }
    }

    /** The response cache and offline mode. */
    @Nested
    @DisplayName("cache")
    class CacheCases {

        @Test
        @DisplayName("a cached response is served without a request")
        void cacheHit() {
            stubAlways(server, "/v1/laps", json("[1,2,3]"));
            FetchResponse first = fetch("/v1/laps?meeting_key=1229");
            FetchResponse second = fetch("/v1/laps?meeting_key=1229");
            assertThat(second.text()).isEqualTo(first.text());
            assertThat(second.fromCache()).isEqualTo(cachesResponses());
            assertThat(requestsTo("/v1/laps")).isEqualTo(cachesResponses() ? 1 : 2);
            assertThat(events.cacheHits()).hasSize(cachesResponses() ? 1 : 0);
        }

        @Test
        @DisplayName("a failure is not cached: the next fetch asks the server again")
        void failuresNotCached() {
            stubTimes(server, "/v1/laps", status(404, "{}"), 1, json("[9]"));
            assertThatThrownBy(() -> fetch("/v1/laps")).isInstanceOf(HttpStatusException.class);
            assertThat(fetch("/v1/laps").fromCache()).isFalse();
            assertThat(requestsTo("/v1/laps")).isEqualTo(2);
        }

        @Test
        @DisplayName("offline mode serves the cache and lists what is missing, without any request")
        void offline() {
            assumeTrue(cachesResponses(), "this fetcher has no response cache, so no offline mode");
            stubAlways(server, "/v1/laps", json("[1]"));
            fetch("/v1/laps?meeting_key=1229");
            rebuild(config.toBuilder().cache(config.cache().withOffline(true)).build());
            assertThat(fetch("/v1/laps?meeting_key=1229").fromCache()).isTrue();
            assertThatThrownBy(() -> fetch("/v1/pit?meeting_key=1229"))
                    .isInstanceOfSatisfying(OfflineCacheMissException.class, e ->
                            assertThat(e.missing()).containsExactly(url("/v1/pit?meeting_key=1229")));
            assertThat(requestsTo("/v1/laps")).isEqualTo(1);
            assertThat(requestsTo("/v1/pit")).isZero();
        }
    }

    /** The response body as a JSON tree (the library keeps Jackson out of its public API). */
    private static JsonNode tree(FetchResponse response) {
        try {
            return new ObjectMapper().readTree(response.jsonText());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
