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
 * Wires an {@link F1Pipeline} to the test kit's fake servers: base URLs from the fake, no rate limits (the fake
 * does not impose any unless a test asks), retries and backoff on fake time so no test waits, and a fixed clock.
 */
public final class IngestFixture {

    private IngestFixture() {
    }

    /** The fetch configuration pointing Jolpica and OpenF1 at the fake, unlimited. */
    public static PipelineConfig config(FakeF1Api fake) {
        FetchConfig fetch = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        return PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build();
    }

    /** A pipeline over {@code storage} whose clock stands still at {@code now}. */
    public static F1Pipeline pipeline(FakeF1Api fake, Storage storage, Instant now) {
        return builder(fake, storage, now).build();
    }

    /** The builder behind {@link #pipeline}, for tests that add handlers or listeners. */
    public static F1Pipeline.Builder builder(FakeF1Api fake, Storage storage, Instant now) {
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC)).config(config(fake))
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null));
    }
}
