package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's stack follows same-host redirects hop by hop through cache, retries and the host's limiter, and
 * hands every other redirect back (D78). Over a scripted in-process transport that answers as the HTTP layer does
 * (redirects thrown as {@link RedirectException}); the same rules over real HTTP are in f1-testkit.
 */
class RedirectingStackTest {

    private static final String JOLPICA = "https://api.jolpi.ca/ergast/f1/";

    @TempDir
    Path dir;

    private final TestTime time = new TestTime();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> throttles = new CopyOnWriteArrayList<>();
    private final Map<String, String> redirects = new java.util.HashMap<>();

    private Fetcher fetcher(boolean cache) {
        // Jolpica: one request a minute, so every hop that takes a permit shows as a throttle of a minute.
        FetchConfig config = FetchConfig.builder().retry(RetryPolicy.none())
                .source(SourceConfig.jolpica().withRateLimit(RateLimitConfig.builder()
                        .window(1, Duration.ofMinutes(1)).margin(Duration.ZERO).build()))
                .cache(cache ? CacheConfig.at(dir.resolve("cache")) : CacheConfig.disabled()).build();
        FetchListener listener = new FetchListener() {
            @Override
            public void onThrottle(String limiter, Duration wait) {
                throttles.add(limiter + " " + wait.toSeconds());
            }
        };
        return Fetchers.builder().config(config).listener(listener).clock(time.clock).ticker(time.ticker)
                .sleeper(time.sleeper).transport(r -> {
                    String u = r.uri().toString();
                    sent.add(u);
                    if (redirects.containsKey(u)) {
                        throw RedirectException.of(r.uri(), 301, 1, redirects.get(u));
                    }
                    byte[] body = "{\"ok\":1}".getBytes(StandardCharsets.UTF_8);
                    return new FetchResponse(r.uri(), 200, Map.of("Content-Type", List.of("application/json")),
                            body, body.length, Duration.ZERO, false, 1);
                }).build();
    }

    private static FetchRequest jolpica(String url) {
        return FetchRequest.of(SourceConfig.JOLPICA, "results", URI.create(url));
    }

    @Test
    @DisplayName("a same-host redirect (append-slash) is followed by the stack: one permit per hop, attempts add up,"
            + " the target is cached under its own URL and the redirecting answer never is")
    void sameHostFollowedThroughTheLimiterAndCache() {
        Fetcher f = fetcher(true);
        redirects.put(JOLPICA + "2024/results", "/ergast/f1/2024/results/");
        FetchResponse r = f.fetch(jolpica(JOLPICA + "2024/results"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.uri()).hasToString(JOLPICA + "2024/results/");
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(sent).containsExactly(JOLPICA + "2024/results", JOLPICA + "2024/results/");
        assertThat(throttles).as("the second hop waited for Jolpica's limiter").containsExactly("jolpica 60");

        sent.clear();
        FetchResponse again = f.fetch(jolpica(JOLPICA + "2024/results"));
        assertThat(again.fromCache()).isTrue();
        assertThat(again.attempts()).as("the redirect, asked again; the target from the cache").isEqualTo(1);
        assertThat(sent).containsExactly(JOLPICA + "2024/results");
    }

    @Test
    @DisplayName("http to https on the same host is followed, with the request's credentials; https to http is not")
    void schemeUpgradeOnlyAndCredentialsKept() {
        Fetcher f = fetcher(false);
        redirects.put("http://me:pw@api.jolpi.ca/ergast/f1/2024.json", "https://api.jolpi.ca/ergast/f1/2024.json");
        assertThat(f.fetch(jolpica("http://me:pw@api.jolpi.ca/ergast/f1/2024.json")).status()).isEqualTo(200);
        assertThat(sent).containsExactly("http://me:pw@api.jolpi.ca/ergast/f1/2024.json",
                "https://me:pw@api.jolpi.ca/ergast/f1/2024.json");

        redirects.put(JOLPICA + "2023.json", "http://api.jolpi.ca/ergast/f1/2023.json");
        assertThatThrownBy(() -> f.fetch(jolpica(JOLPICA + "2023.json")))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isFalse();
                    assertThat(e.getMessage()).contains("from https to http").contains(JOLPICA + "2023.json")
                            .contains("http://api.jolpi.ca/ergast/f1/2023.json");
                });
    }

    @Test
    @DisplayName("a redirect to another host is handed back, followable, naming both URLs; nothing is sent there")
    void otherHostHandedBack() {
        Fetcher f = fetcher(true);
        redirects.put(JOLPICA + "x.json", "https://objects.example.net/f.zip?X-Amz-Signature=abc");
        assertThatThrownBy(() -> f.fetch(jolpica(JOLPICA + "x.json")))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isTrue();
                    assertThat(e.location()).contains(URI.create(
                            "https://objects.example.net/f.zip?X-Amz-Signature=abc"));
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("another host").contains(JOLPICA + "x.json")
                            .contains("https://objects.example.net/f.zip?X-Amz-Signature=***")
                            .doesNotContain("abc");
                });
        assertThat(sent).containsExactly(JOLPICA + "x.json");
    }

    @Test
    @DisplayName("a loop, too many hops and a missing Location are clear errors naming the URLs")
    void brokenChains() {
        Fetcher f = fetcher(false);
        redirects.put(JOLPICA + "a/", JOLPICA + "b/");
        redirects.put(JOLPICA + "b/", JOLPICA + "a/");
        assertThatThrownBy(() -> f.fetch(jolpica(JOLPICA + "a/")))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isFalse();
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("redirect loop: " + JOLPICA + "a/ -> " + JOLPICA + "b/ -> "
                            + JOLPICA + "a/");
                });
        assertThat(sent).hasSize(2);

        sent.clear();
        for (int i = 0; i < 10; i++) {
            redirects.put(JOLPICA + "r" + i + "/", JOLPICA + "r" + (i + 1) + "/");
        }
        assertThatThrownBy(() -> f.fetch(jolpica(JOLPICA + "r0/")))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isFalse();
                    assertThat(e.getMessage()).contains("more than 5 redirects").contains(JOLPICA + "r0/")
                            .contains(JOLPICA + "r6/");
                });
        assertThat(sent).as("the request and 5 hops").hasSize(6);

        redirects.put(JOLPICA + "c/", "");
        assertThatThrownBy(() -> f.fetch(jolpica(JOLPICA + "c/")))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.followable()).isFalse();
                    assertThat(e.location()).isEmpty();
                    assertThat(e.getMessage()).contains("without a Location header").contains(JOLPICA + "c/");
                });
    }

    @Test
    @DisplayName("parsed fetches follow the same rules; the parser never sees a redirect's body")
    void parsedFollows() {
        Fetcher f = fetcher(true);
        redirects.put(JOLPICA + "2024/results", JOLPICA + "2024/results/");
        Parsed<String> p = f.fetch(jolpica(JOLPICA + "2024/results"),
                body -> new String(body.stream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(p.value()).isEqualTo("{\"ok\":1}");
        assertThat(p.attempts()).isEqualTo(2);
        assertThat(f.fetch(jolpica(JOLPICA + "2024/results/")).fromCache()).isTrue();
    }

    @Test
    @DisplayName("a transport that returns a redirect as a response gets it followed too, and it is never cached")
    void redirectResponsesFromATransport() {
        FetchConfig config = FetchConfig.builder().retry(RetryPolicy.none())
                .cache(CacheConfig.at(dir.resolve("c2"))).build();
        Fetcher f = Fetchers.builder().config(config).clock(time.clock).ticker(time.ticker).sleeper(time.sleeper)
                .transport(r -> {
                    sent.add(r.uri().toString());
                    boolean old = r.uri().getPath().endsWith("old");
                    byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                    return new FetchResponse(r.uri(), old ? 302 : 200, old ? Map.of("Location", List.of("new"))
                            : Map.of(), body, body.length, Duration.ZERO, false, 1);
                }).build();
        FetchRequest old = FetchRequest.of("openf1", "laps", URI.create("https://api.openf1.org/v1/old"));
        assertThat(f.fetch(old).uri()).hasToString("https://api.openf1.org/v1/new");
        assertThat(f.fetch(old).fromCache()).isTrue();
        assertThat(sent).containsExactly("https://api.openf1.org/v1/old", "https://api.openf1.org/v1/new",
                "https://api.openf1.org/v1/old");
    }
}
