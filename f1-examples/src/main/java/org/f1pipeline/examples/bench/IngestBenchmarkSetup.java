package org.f1pipeline.examples.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** Builds the pipelines of {@link IngestBenchmark}: the fakes' base URLs, the given limits, a fixed clock. */
final class IngestBenchmarkSetup {

    private IngestBenchmarkSetup() {
    }

    /** A pipeline on the fake servers with the given per-source limits; the caller closes the storage. */
    static F1Pipeline pipeline(FakeF1Api fake, Storage storage, Instant now, RateLimitConfig jolpica,
                               RateLimitConfig openF1) {
        FetchConfig fetch = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(jolpica))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(openF1))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).build();
    }
}
