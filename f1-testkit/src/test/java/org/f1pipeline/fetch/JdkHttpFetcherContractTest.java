package org.f1pipeline.fetch;

import org.f1pipeline.testkit.fetch.FetcherContractTest;
import org.f1pipeline.testkit.time.FakeTime;

/** The bare HTTP layer ({@link Fetchers#http}): one attempt, no cache, typed errors. */
class JdkHttpFetcherContractTest extends FetcherContractTest {

    @Override
    protected Fetcher createFetcher(FetchConfig config, FakeTime time, FetchListener listener) {
        return Fetchers.http(config, time.ticker(), time.clock());
    }

    @Override
    protected int attemptsPerFetch() {
        return 1;
    }

    @Override
    protected boolean cachesResponses() {
        return false;
    }
}
