package org.f1pipeline.fetch;

import org.f1pipeline.testkit.fetch.FetcherContractTest;
import org.f1pipeline.testkit.time.FakeTime;

/** The full stack from {@link Fetchers#builder()}: cache, retry, per-host limiter, java.net.http. */
class ComposedFetcherContractTest extends FetcherContractTest {

    @Override
    protected Fetcher createFetcher(FetchConfig config, FakeTime time, FetchListener listener) {
        return Fetchers.builder().config(config).clock(time.clock()).ticker(time.ticker()).sleeper(time.sleeper())
                .listener(listener).build();
    }
}
