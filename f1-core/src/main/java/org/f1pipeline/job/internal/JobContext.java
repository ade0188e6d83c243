package org.f1pipeline.job.internal;

import java.time.Clock;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.PipelineListener;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.job.internal.ingest.IngestOptions;
import org.f1pipeline.job.internal.ingest.JobSources;
import org.f1pipeline.job.internal.ingest.SourceHub;
import org.f1pipeline.storage.Storage;

/**
 * Everything a job implementation receives from {@link org.f1pipeline.F1Pipeline}; no static singletons.
 *
 * @param fetcher the pipeline's one fetcher (cache, retry, per-host limits), shared by every source
 * @param sources the Jolpica and OpenF1 clients for this run, built on {@code fetcher} with the configured base
 *                URLs, counting this run's requests, plus the pipeline's shared source memo
 */
public record JobContext(Storage storage, Clock clock, PipelineConfig config, PipelineListener listener,
                         Fetcher fetcher, JobSources sources) {

    public JobContext {
        Checks.notNull(storage, "storage");
        Checks.notNull(clock, "clock");
        Checks.notNull(config, "config");
        Checks.notNull(listener, "listener");
        Checks.notNull(fetcher, "fetcher");
        Checks.notNull(sources, "sources");
    }

    /** A context whose sources are built on {@code fetcher} with a private memo and default ingest options. */
    public JobContext(Storage storage, Clock clock, PipelineConfig config, PipelineListener listener,
                      Fetcher fetcher) {
        this(storage, clock, config, listener, fetcher,
                new SourceHub(fetcher, config.fetch(), clock).forJob(IngestOptions.ofDefaults()));
    }
}
