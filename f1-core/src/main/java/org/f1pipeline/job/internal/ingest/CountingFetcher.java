package org.f1pipeline.job.internal.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;

/**
 * Counts the requests of one job for {@code JobReport.requests}: every call that was not answered from the response
 * cache, failures included (they cost a request too). Also adds to the pipeline-wide total that backfill progress
 * reads. Thread-safe.
 */
final class CountingFetcher implements Fetcher {

    private final Fetcher delegate;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong total;

    CountingFetcher(Fetcher delegate, AtomicLong total) {
        this.delegate = delegate;
        this.total = total;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        FetchResponse response;
        try {
            response = delegate.fetch(request);
        } catch (RuntimeException e) {
            add();
            throw e;
        }
        if (!response.fromCache()) {
            add();
        }
        return response;
    }

    private void add() {
        count.incrementAndGet();
        total.incrementAndGet();
    }

    int count() {
        return count.get();
    }
}
