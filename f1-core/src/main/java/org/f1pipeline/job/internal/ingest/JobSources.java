package org.f1pipeline.job.internal.ingest;

import org.f1pipeline.source.jolpica.JolpicaClient;
import org.f1pipeline.source.livetiming.LiveTimingClient;
import org.f1pipeline.source.openf1.OpenF1Client;

/**
 * The source clients of one job run, on a fetcher that counts this run's requests, plus the pipeline's shared
 * {@link SourceHub} (memo) and the run's {@link IngestOptions}.
 */
public final class JobSources {

    private final SourceHub hub;
    private final CountingFetcher counter;
    private final JolpicaClient jolpica;
    private final OpenF1Client openF1;
    private final LiveTimingClient liveTiming;
    private final IngestOptions options;

    JobSources(SourceHub hub, CountingFetcher counter, JolpicaClient jolpica, OpenF1Client openF1,
               LiveTimingClient liveTiming, IngestOptions options) {
        this.hub = hub;
        this.counter = counter;
        this.jolpica = jolpica;
        this.openF1 = openF1;
        this.liveTiming = liveTiming;
        this.options = options;
    }

    /** The Jolpica client (base URL from the fetch configuration's {@code jolpica} source). */
    public JolpicaClient jolpica() {
        return jolpica;
    }

    /** The OpenF1 client (base URL from the fetch configuration's {@code openf1} source). */
    public OpenF1Client openF1() {
        return openF1;
    }

    /** The live-timing archive client (base URL from the fetch configuration's {@code livetiming} source). */
    public LiveTimingClient liveTiming() {
        return liveTiming;
    }

    /** This run's options. */
    public IngestOptions options() {
        return options;
    }

    /** Requests made so far in this run (cache hits excluded). */
    public int requests() {
        return counter.count();
    }

    /** The pipeline's shared hub. */
    public SourceHub hub() {
        return hub;
    }
}
