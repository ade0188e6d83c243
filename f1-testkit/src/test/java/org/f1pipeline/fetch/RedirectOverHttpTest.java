package org.f1pipeline.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.f1pipeline.testkit.fetch.ContractStubs.json;
import static org.f1pipeline.testkit.fetch.ContractStubs.stubAlways;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.time.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirects over real HTTP (WireMock, and the fake Jolpica's append-slash): java.net.http never follows one by
 * itself; the library's stack follows same-host ones hop by hop through its limiter and hands the others back
 * (D78). Fake time: limiter waits are asserted, never slept.
 */
class RedirectOverHttpTest {

    private WireMockServer server;
    private final FakeTime time = FakeTime.create();
    private final List<String> throttles = new CopyOnWriteArrayList<>();

    @TempDir
    java.nio.file.Path dir;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** The full stack, OpenF1 on the WireMock server at one request a minute, three attempts per request. */
    private Fetcher stack(URI openF1Base) {
        FetchConfig config = FetchConfig.builder().cache(CacheConfig.at(dir.resolve("cache")))
                .retry(RetryPolicy.builder().maxAttempts(3).backoff(Backoff.fixed(Duration.ofSeconds(1))).build())
                .source(SourceConfig.openF1().withBaseUrl(openF1Base).withRateLimit(RateLimitConfig.builder()
                        .window(1, Duration.ofMinutes(1)).margin(Duration.ZERO).build()))
                .build();
        FetchListener listener = new FetchListener() {
            @Override
            public void onThrottle(String limiter, Duration wait) {
                throttles.add(limiter + " " + wait.toSeconds() + " s");
            }
        };
        return Fetchers.builder().config(config).clock(time.clock()).ticker(time.ticker()).sleeper(time.sleeper())
                .listener(listener).build();
    }

    private Fetcher bare() {
        return Fetchers.http(FetchConfig.ofDefaults(), time.ticker(), time.clock());
    }

    private void redirect(String path, int status, String location) {
        stubAlways(server, path, location == null ? aResponse().withStatus(status)
                : aResponse().withStatus(status).withHeader("Location", location));
    }

    private int requestsTo(String path) {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
    }

    private static FetchRequest openF1(URI uri) {
        return FetchRequest.of(SourceConfig.OPENF1, "laps", uri);
    }

    @Test
    @DisplayName("the bare HTTP layer hands a redirect back: the JDK does not follow it")
    void bareLayerNeverFollows() {
        redirect("/v1/old", 301, "/v1/new");
        stubAlways(server, "/v1/new", json("[1]"));
        assertThatThrownBy(() -> bare().fetch(openF1(url("/v1/old"))))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isTrue();
                    assertThat(e.location()).contains(url("/v1/new"));
                    assertThat(e.status()).isEqualTo(301);
                });
        assertThat(requestsTo("/v1/new")).isZero();
    }

    @Test
    @DisplayName("the stack follows a same-host redirect: each hop takes a permit of the host's limiter")
    void stackFollowsSameHostThroughTheLimiter() {
        redirect("/v1/old", 308, url("/v1/new").toString());
        stubAlways(server, "/v1/new", json("[1]"));
        FetchResponse r = stack(url("/v1/")).fetch(openF1(url("/v1/old?session_key=1")));
        assertThat(r.text()).isEqualTo("[1]");
        assertThat(r.uri()).isEqualTo(url("/v1/new"));
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(requestsTo("/v1/old")).isEqualTo(1);
        assertThat(requestsTo("/v1/new")).isEqualTo(1);
        assertThat(throttles).containsExactly("openf1 60 s");
    }

    @Test
    @DisplayName("a redirect to another host is handed back by the stack, naming both URLs; that host gets nothing")
    void otherHostHandedBack() {
        // Same server, another host name: "localhost" is not "127.0.0.1" for the limiter or the policy.
        String elsewhere = "http://localhost:" + server.port() + "/v1/elsewhere";
        redirect("/v1/old", 302, elsewhere);
        stubAlways(server, "/v1/elsewhere", json("[2]"));
        assertThatThrownBy(() -> stack(url("/v1/")).fetch(openF1(url("/v1/old"))))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isTrue();
                    assertThat(e.location()).contains(URI.create(elsewhere));
                    assertThat(e.getMessage()).contains("another host").contains(url("/v1/old").toString())
                            .contains(elsewhere);
                });
        assertThat(requestsTo("/v1/elsewhere")).isZero();
    }

    @Test
    @DisplayName("a loop and a redirect without Location are errors after one request per URL; never retried")
    void loopAndMissingLocation() {
        redirect("/v1/a", 302, "/v1/b");
        redirect("/v1/b", 302, "/v1/a");
        Fetcher f = stack(url("/v1/"));
        assertThatThrownBy(() -> f.fetch(openF1(url("/v1/a"))))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isFalse();
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("redirect loop: " + url("/v1/a") + " -> " + url("/v1/b")
                            + " -> " + url("/v1/a"));
                });
        assertThat(requestsTo("/v1/a")).isEqualTo(1);
        assertThat(requestsTo("/v1/b")).isEqualTo(1);

        redirect("/v1/c", 302, null);
        assertThatThrownBy(() -> f.fetch(openF1(url("/v1/c"))))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isFalse();
                    assertThat(e.getMessage()).contains(url("/v1/c").toString()).contains("without a Location");
                });
        assertThat(requestsTo("/v1/c")).isEqualTo(1);
        assertThat(time.sleeper().sleeps()).as("no retry backoff, only limiter waits").allSatisfy(d ->
                assertThat(d).isGreaterThan(Duration.ofSeconds(1)));
    }

    @Test
    @DisplayName("Jolpica's append-slash 301 (a path without '/' or '.json') is followed by the stack over HTTP")
    void jolpicaAppendSlash() {
        try (FakeF1Api jolpica = FakeF1Api.start()) {
            FetchConfig config = FetchConfig.builder().retry(RetryPolicy.none()).cache(CacheConfig.disabled())
                    .source(SourceConfig.jolpica().withBaseUrl(URI.create(jolpica.jolpicaBaseUrl() + "/"))).build();
            Fetcher f = Fetchers.builder().config(config).clock(time.clock()).ticker(time.ticker())
                    .sleeper(time.sleeper()).build();
            FetchResponse r = f.fetch(FetchRequest.of(SourceConfig.JOLPICA, "results",
                    URI.create(jolpica.jolpicaBaseUrl() + "/2024/results")));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.uri()).hasToString(jolpica.jolpicaBaseUrl() + "/2024/results/");
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.jsonText()).contains("\"MRData\"");
            assertThat(jolpica.requestLog().countStatus(301)).isEqualTo(1);
        }
    }
}
