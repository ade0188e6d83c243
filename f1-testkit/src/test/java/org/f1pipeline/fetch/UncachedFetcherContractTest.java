package org.f1pipeline.fetch;

import org.f1pipeline.testkit.fetch.FetcherContractTest;
import org.f1pipeline.testkit.time.FakeTime;

/** The stack without a response cache (retry, limiter, HTTP): every fetch reaches the server. */
class UncachedFetcherContractTest extends FetcherContractTest {

    @Override
    protected Fetcher createFetcher(FetchConfig config, FakeTime time, FetchListener listener) {
        FetchConfig noCache = config.toBuilder().cache(CacheConfig.disabled()).build();
        return Fetchers.builder().config(noCache).clock(time.clock()).ticker(time.ticker()).sleeper(time.sleeper())
                .listener(listener).build();
    }

    @Override
    protected boolean cachesResponses() {
        return false;
    }
}
