package org.f1pipeline.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.fetch.Backoff;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RedirectException;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.time.FakeTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump download over real HTTP with the library's own HTTP layer (java.net.http, which no longer follows
 * redirects by itself): the object store is reached by a request of ours, under that host's own limiter, and
 * broken redirects are clear errors (D78, D79). Fake time: no test waits on the real clock.
 */
class BootstrapRedirectTest {

    private static FakeF1Api fake;

    @TempDir
    Path dir;

    private final FakeTime time = FakeTime.startingAt(BootstrapEquivalenceTest.NOW);
    private final List<String> throttles = new CopyOnWriteArrayList<>();
    private final List<FetchRequest> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.builder().dumpYears(2012, 2012).build());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @AfterEach
    void reset() {
        fake.faults().reset();
        fake.requestLog().clear();
    }

    /**
     * Jolpica unlimited; every other host (the object store among them) one request a minute, so each of its
     * permits after the first shows as a throttle on that host's limiter. Two attempts per request, 1 s apart.
     */
    private F1Pipeline pipeline(Storage storage) {
        FetchConfig fetch = FetchConfig.builder().cache(CacheConfig.at(dir.resolve("cache")))
                .retry(RetryPolicy.builder().maxAttempts(2).backoff(Backoff.fixed(Duration.ofSeconds(1))).build())
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .defaultRateLimit(RateLimitConfig.builder().window(1, Duration.ofMinutes(1)).margin(Duration.ZERO)
                        .build())
                .build();
        FetchListener listener = new FetchListener() {
            @Override
            public void onRequest(FetchRequest request, int attempt) {
                requests.add(request);
            }

            @Override
            public void onThrottle(String limiter, Duration wait) {
                throttles.add(limiter + " " + wait.toSeconds() + " s");
            }
        };
        return F1Pipeline.builder().storage(storage).clock(time.clock())
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build())
                .ticker(time.ticker()).sleeper(time.sleeper()).fetchListener(listener).build();
    }

    @Test
    @DisplayName("the presigned URL is requested by our code as source jolpica-dumps, every attempt under the"
            + " object store's own limiter; the retry goes to the object store, not back to Jolpica; counted in the"
            + " report; never cached")
    void objectStoreGoesThroughItsOwnLimiter() throws Exception {
        fake.faults().serverErrors(FakeApi.OBJECT_STORE, 1);
        try (Storage storage = Storages.inMemory()) {
            BootstrapReport r = pipeline(storage).bootstrap(BootstrapOptions.ofDefaults());
            assertThat(r.races()).isPositive();
            assertThat(r.requests()).as("listing, download (302), object store twice (503, 200)").isEqualTo(4);
        }
        assertThat(fake.requestLog().countHost(fake.apiHost())).as("listing and download, once each").isEqualTo(2);
        assertThat(fake.requestLog().count(FakeApi.OBJECT_STORE)).isEqualTo(2);
        assertThat(requests).filteredOn(q -> q.uri().getPort() == URI.create(fake.objectStoreBaseUrl()).getPort())
                .hasSize(2).allSatisfy(q -> assertThat(q.source()).isEqualTo("jolpica-dumps"));
        // The second attempt on the object store waited for that host's limiter (a minute, less the 1 s backoff);
        // Jolpica's limiter (unlimited) never waited.
        assertThat(throttles).containsExactly(fake.objectStoreHost() + " 59 s");
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            assertThat(files.filter(Files::isRegularFile).map(Path::toString))
                    .as("no response-cache entry: the listing, the download and the presigned URL bypass it")
                    .noneMatch(f -> f.endsWith(".entry"))
                    .anyMatch(f -> f.contains("jolpica-csv-") && f.endsWith(".zip"));
        }
    }

    @Test
    @DisplayName("a download that redirects to itself is a redirect loop naming the URL, after one request to it;"
            + " nothing written, nothing sent to the object store; the next run works")
    void redirectLoop() {
        fake.faults().redirectLoops(1);
        String download = fake.baseUrl() + "/data/dumps/download/delayed/?dump_type=csv";
        try (Storage storage = Storages.inMemory()) {
            F1Pipeline p = pipeline(storage);
            assertThatThrownBy(() -> p.bootstrap(BootstrapOptions.ofDefaults()))
                    .isInstanceOfSatisfying(RedirectException.class, e -> {
                        assertThat(e.followable()).isFalse();
                        assertThat(e.status()).isEqualTo(302);
                        assertThat(e.getMessage()).contains("redirect loop: " + download + " -> " + download);
                    });
            assertThat(fake.requestLog().countHost(fake.apiHost())).isEqualTo(2);
            assertThat(fake.requestLog().count(FakeApi.OBJECT_STORE)).isZero();
            assertThat(storage.catalog().seasons()).isEmpty();

            fake.requestLog().clear();
            assertThat(p.bootstrap(BootstrapOptions.ofDefaults()).requests()).isEqualTo(3);
            assertThat(fake.requestLog().count(FakeApi.OBJECT_STORE)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a redirect without Location is an error naming the download URL; not retried, nothing written")
    void redirectWithoutLocation() {
        fake.faults().redirectsWithoutLocation(1);
        String download = fake.baseUrl() + "/data/dumps/download/delayed/?dump_type=csv";
        try (Storage storage = Storages.inMemory()) {
            assertThatThrownBy(() -> pipeline(storage).bootstrap(BootstrapOptions.ofDefaults()))
                    .isInstanceOfSatisfying(RedirectException.class, e -> {
                        assertThat(e.followable()).isFalse();
                        assertThat(e.location()).isEmpty();
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.getMessage()).contains(download).contains("without a Location header");
                    });
            assertThat(fake.requestLog().countHost(fake.apiHost())).isEqualTo(2);
            assertThat(fake.requestLog().count(FakeApi.OBJECT_STORE)).isZero();
            assertThat(storage.catalog().seasons()).isEmpty();
        }
    }
}
