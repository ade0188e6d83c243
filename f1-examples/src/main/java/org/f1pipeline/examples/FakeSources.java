package org.f1pipeline.examples;

import java.net.URI;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Transport;

/**
 * Points the pipeline's three sources at the test kit's fakes: the fake servers ({@link FakeF1Api}) or the
 * server-less in-process transport ({@link FakeF1Transport}). The fake imposes no rate limit
 * unless asked, so the client's limits are lifted too: the demo and the examples then run at the speed of the
 * machine instead of Jolpica's 4 requests per second.
 */
public final class FakeSources {

    private FakeSources() {
    }

    /** Default fetch settings with Jolpica, OpenF1 and the live-timing archive served by {@code fake}, unlimited. */
    public static FetchConfig config(FakeF1Api fake) {
        return pointAt(FetchConfig.builder(), fake).build();
    }

    /** Changes {@code builder} so that every source is served by {@code fake}, without client-side rate limits. */
    public static FetchConfig.Builder pointAt(FetchConfig.Builder builder, FakeF1Api fake) {
        return builder
                .source(source(SourceConfig.jolpica(), fake.jolpicaBaseUrl()))
                .source(source(SourceConfig.openF1(), fake.openF1BaseUrl()))
                .source(source(SourceConfig.liveTiming(), fake.liveTimingBaseUrl()));
    }

    /** Default fetch settings with every source served by the in-process {@code fake} transport, unlimited. */
    public static FetchConfig config(FakeF1Transport fake) {
        return pointAt(FetchConfig.builder(), fake).build();
    }

    /** Changes {@code builder} so that every source is served by the in-process {@code fake}, without limits. */
    public static FetchConfig.Builder pointAt(FetchConfig.Builder builder, FakeF1Transport fake) {
        return builder
                .source(source(SourceConfig.jolpica(), fake.jolpicaBaseUrl()))
                .source(source(SourceConfig.openF1(), fake.openF1BaseUrl()))
                .source(source(SourceConfig.liveTiming(), fake.liveTimingBaseUrl()));
    }

    private static SourceConfig source(SourceConfig real, String base) {
        return real.withBaseUrl(URI.create(base.endsWith("/") ? base : base + "/"))
                .withRateLimit(RateLimitConfig.unlimited());
    }
}
