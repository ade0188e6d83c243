package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FetchConfigTest {

    @Test
    @DisplayName("defaults: parallel, 8 workers, 5 attempts, the three sources with their documented limits")
    void defaults() {
        FetchConfig c = FetchConfig.ofDefaults();
        assertThat(c.parallelEndpoints()).isTrue();
        assertThat(c.maxWorkers()).isEqualTo(8);
        assertThat(c.retry().maxAttempts()).isEqualTo(5);
        assertThat(c.cache().enabled()).isFalse();
        assertThat(c.sources()).containsOnlyKeys("jolpica", "openf1", "livetiming");
        assertThat(c.source("jolpica").orElseThrow().rateLimit().windows()).extracting(RateLimitConfig.Window::permits)
                .containsExactly(4, 500);
        assertThat(c.source("openf1").orElseThrow().rateLimit().windows())
                .containsExactly(new RateLimitConfig.Window(3, Duration.ofSeconds(1)),
                        new RateLimitConfig.Window(30, Duration.ofMinutes(1)));
        assertThat(c.sourceFor(URI.create("https://api.openf1.org/v1/laps?x=1")).orElseThrow().name())
                .isEqualTo("openf1");
        assertThat(c.sourceFor(URI.create("https://api.openf1.org/v2/laps"))).isEmpty();
        assertThat(c.sourceFor(URI.create("http://api.openf1.org/v1/laps"))).as("scheme differs").isEmpty();
    }

    @Test
    @DisplayName("the guide's keys map onto the config, flattened or nested under api")
    void guideKeys() {
        FetchConfig flat = FetchConfig.fromGuideKeys(Map.of("api.parallel_endpoints", false, "api.max_workers", 3,
                "api.rate_limit_delay", 2, "api.retry_attempts", 10));
        assertThat(flat.parallelEndpoints()).isFalse();
        assertThat(flat.maxWorkers()).isEqualTo(3);
        assertThat(flat.rateLimitDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(flat.retry().maxAttempts()).isEqualTo(10);
        assertThat(flat.effective(RateLimitConfig.openF1()).minSpacing()).isEqualTo(Duration.ofSeconds(2));

        Map<String, Object> api = new LinkedHashMap<>();
        api.put("max_workers", "5");
        api.put("rate_limit_delay", "0.25");
        api.put("parallel_endpoints", "true");
        FetchConfig nested = FetchConfig.fromGuideKeys(Map.of("api", api));
        assertThat(nested.maxWorkers()).isEqualTo(5);
        assertThat(nested.rateLimitDelay()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    @DisplayName("unknown guide keys and bad values are refused naming the key")
    void guideKeyErrors() {
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.max_wrokers", 3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("api.max_wrokers").hasMessageContaining("api.max_workers")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("api.max_wrokers"));
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.max_workers", "many")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("api.max_workers");
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.max_workers", 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxWorkers must be between 1 and 64");
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.parallel_endpoints", "yes")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.rate_limit_delay", -1)))
                .hasMessageContaining("api.rate_limit_delay");
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.retry_attempts", 0)))
                .hasMessageContaining("api.retry_attempts").hasMessageContaining("maxAttempts");
    }

    @Test
    @DisplayName("builders refuse bad values with messages that name the field")
    void validationNamesTheField() {
        assertThatThrownBy(() -> FetchConfig.builder().maxWorkers(65)).hasMessageContaining("maxWorkers");
        assertThatThrownBy(() -> FetchConfig.builder().requestTimeout(Duration.ZERO))
                .hasMessageContaining("requestTimeout must be > 0");
        assertThatThrownBy(() -> FetchConfig.builder().maxBodyBytes(10).build()).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> FetchConfig.builder().rateLimitDelay(Duration.ofSeconds(-1)))
                .hasMessageContaining("rateLimitDelay must be >= 0");
        assertThatThrownBy(() -> FetchConfig.builder().baseUrl("ergast", URI.create("http://x/")))
                .hasMessageContaining("source 'ergast' is not configured");
        assertThatThrownBy(() -> RateLimitConfig.builder().window(0, Duration.ofSeconds(1)))
                .hasMessageContaining("window permits must be > 0");
        assertThatThrownBy(() -> RateLimitConfig.builder().window(1, Duration.ZERO))
                .hasMessageContaining("window period must be > 0");
        assertThatThrownBy(() -> new RateLimitConfig.Adaptive(true, 1.5, 0.1, Duration.ZERO, Duration.ZERO,
                Duration.ZERO)).hasMessageContaining("decreaseFactor");
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ZERO))
                .hasMessageContaining("maxRetryAfter");
        assertThatThrownBy(() -> CacheConfig.disabled().withOffline(true))
                .hasMessageContaining("cache dir must be set when offline mode is on");
        assertThatThrownBy(() -> CacheConfig.disabled().withTtl(Duration.ZERO)).hasMessageContaining("cache ttl");
        assertThatThrownBy(() -> SourceConfig.of("x", URI.create("relative/path")))
                .hasMessageContaining("baseUrl of source 'x'");
        assertThatThrownBy(() -> FetchRequest.of("s", "e", URI.create("ftp://host/x")))
                .hasMessageContaining("uri must be an absolute http(s) URL");
        assertThatThrownBy(() -> FetchRequest.of("s", " ", URI.create("http://host/x")))
                .hasMessageContaining("endpoint must not be blank");
    }

    @Test
    @DisplayName("configs are immutable values and round-trip through their builders")
    void immutableAndRoundTrip() {
        FetchConfig c = FetchConfig.builder().maxWorkers(12).baseUrl("openf1", URI.create("http://127.0.0.1:9/v1"))
                .build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c.source("openf1").orElseThrow().baseUrl()).hasToString("http://127.0.0.1:9/v1/");
        assertThatThrownBy(() -> c.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        RateLimitConfig r = RateLimitConfig.jolpica();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(RetryPolicy.ofDefaults().toBuilder().build().maxAttempts()).isEqualTo(5);
        assertThat(List.of(RateLimitConfig.unlimited().isUnlimited(), RateLimitConfig.liveTiming().isUnlimited()))
                .containsExactly(true, false);
    }

    @Test
    @DisplayName("the bounds on waiting have keys too: max_retry_after, read_timeout, total_timeout (seconds)")
    void waitingBoundsKeys() {
        FetchConfig c = FetchConfig.fromGuideKeys(Map.of("api", Map.of("max_retry_after", 60, "read_timeout", "2.5",
                "total_timeout", 600)));
        assertThat(c.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.totalTimeout()).isEqualTo(Duration.ofMinutes(10));
        FetchConfig d = FetchConfig.ofDefaults();
        assertThat(List.of(d.retry().maxRetryAfter(), d.readTimeout(), d.totalTimeout()))
                .containsExactly(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThatThrownBy(() -> FetchConfig.fromGuideKeys(Map.of("api.read_timeout", 0)))
                .hasMessageContaining("api.read_timeout").hasMessageContaining("readTimeout");
    }

    @Test
    @DisplayName("too big: the size cap, HTML 500, 502/504 and timeouts; not 429, 503, refusals or other I/O errors")
    void tooBig() {
        java.net.URI u = java.net.URI.create("https://api.openf1.org/v1/laps?meeting_key=1");
        assertThat(RetryPolicy.isTooBig(new BodyTooLargeException(u, 200, 1, 1024))).isTrue();
        assertThat(RetryPolicy.isTooBig(new HttpStatusException(u, 500, 1, "<html>", null))).isTrue();
        assertThat(RetryPolicy.isTooBig(new HttpStatusException(u, 504, 1, "", null))).isTrue();
        assertThat(RetryPolicy.isTooBig(new FetchException(u, -1, 1, "timed out after 30000 ms", null))).isTrue();
        assertThat(RetryPolicy.isTooBig(new HttpStatusException(u, 503, 1, "", null))).isFalse();
        assertThat(RetryPolicy.isTooBig(new RateLimitedException(u, 1, null, ""))).isFalse();
        assertThat(RetryPolicy.isTooBig(new FetchException(u, -1, 1, "I/O error: connection reset", null)))
                .isFalse();
        assertThat(RetryPolicy.ofDefaults().isRetryable(new RetryAfterTooLongException(u, 1, Duration.ofHours(1),
                Duration.ofMinutes(5), ""))).isFalse();
    }
}
