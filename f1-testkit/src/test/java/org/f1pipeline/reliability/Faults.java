package org.f1pipeline.reliability;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fault.FaultProxy;
import org.f1pipeline.testkit.time.FakeTime;

/**
 * Wiring for the fault-injection tests: a pipeline whose Jolpica and OpenF1 sources go through a
 * {@link FaultProxy} in front of the fake servers, on fake time (limiter waits and retry backoff never sleep), with
 * a response cache in a temporary folder. Each {@link #pipeline()} call is a new "run" (a new process, as far as
 * the pipeline can tell) over the same cache folder.
 */
final class Faults {

    final FakeF1Api fake;
    final FaultProxy proxy;
    FakeTime time;
    final Path cacheDir;
    private final UnaryOperator<FetchConfig.Builder> tuning;

    Faults(FakeF1Api fake, FaultProxy proxy, Path cacheDir, UnaryOperator<FetchConfig.Builder> tuning) {
        this.fake = fake;
        this.proxy = proxy;
        this.time = FakeTime.startingAt(fake.asOf());
        this.cacheDir = cacheDir;
        this.tuning = tuning;
    }

    /** This fixture on {@code other}'s fake time: two "processes" on one machine see the same clock. */
    Faults sharingTimeWith(Faults other) {
        this.time = other.time;
        return this;
    }

    /** Unlimited sources through the proxy, short real timeouts, 3 attempts, the cache in {@code cacheDir}. */
    FetchConfig.Builder fetchConfig() {
        FetchConfig.Builder b = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(proxy.url(fake.jolpicaBaseUrl()) + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(proxy.url(fake.openF1BaseUrl()) + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(proxy.url(fake.liveTimingBaseUrl()) + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .readTimeout(Duration.ofMillis(300))
                .totalTimeout(Duration.ofSeconds(5))
                .retryAttempts(3)
                .cache(CacheConfig.at(cacheDir));
        return tuning.apply(b);
    }

    /** A new pipeline (a new run) over in-memory storage. */
    F1Pipeline pipeline() {
        return pipeline(Storages.inMemory());
    }

    /** A new pipeline (a new run) over {@code storage}. */
    F1Pipeline pipeline(Storage storage) {
        PipelineConfig config = PipelineConfig.ofDefaults().toBuilder().fetch(fetchConfig().build()).build();
        return F1Pipeline.builder().storage(storage).clock(time.clock()).ticker(time.ticker())
                .sleeper(time.sleeper()).config(config).build();
    }
}
