package org.f1pipeline.job.ingest;

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
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;

/**
 * Test wiring for the ingest jobs on the SQL adapters: a pipeline pointed at the fake servers. Snapshots and fault
 * injection come from the test kit ({@code StorageSnapshot}, {@code FailingStorage}).
 */
final class IngestWiring {

    private IngestWiring() {
    }

    /** A pipeline over {@code storage} with the fakes' base URLs, no rate limits, fake-time retries, fixed clock. */
    static F1Pipeline pipeline(FakeF1Api fake, Storage storage, Instant now) {
        FetchConfig fetch = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build())
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }
}
