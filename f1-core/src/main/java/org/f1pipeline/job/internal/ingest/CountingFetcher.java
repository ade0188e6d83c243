package org.f1pipeline.job.internal.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.SourceFormatException;

/**
 * Counts the requests of one job for {@code JobReport.requests}: every request sent over the network, retries
 * included, failures included (they cost a request too); answers from the response cache cost none. Also adds to the
 * pipeline-wide total that backfill progress reads. Thread-safe.
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
            add(sent(e));
            throw e;
        }
        add(response.attempts());
        return response;
    }

    @Override
    public <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        Parsed<T> parsed;
        try {
            parsed = delegate.fetch(request, parser);
        } catch (RuntimeException e) {
            add(sent(e));
            throw e;
        }
        add(parsed.attempts());
        return parsed;
    }

    /** Requests a failed fetch sent: what the exception reports, else one. */
    private static int sent(RuntimeException e) {
        if (e instanceof FetchException f) {
            return f.attempts();
        }
        if (e instanceof SourceFormatException s) {
            return s.attempts();
        }
        return 1;
    }

    private void add(int requests) {
        count.addAndGet(requests);
        total.addAndGet(requests);
    }

    int count() {
        return count.get();
    }
}
