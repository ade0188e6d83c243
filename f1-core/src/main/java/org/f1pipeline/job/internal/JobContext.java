package org.f1pipeline.job.internal;

import java.time.Clock;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.PipelineListener;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.Storage;

/** Everything a job implementation receives from {@link org.f1pipeline.F1Pipeline}; no static singletons. */
public record JobContext(Storage storage, Clock clock, PipelineConfig config, PipelineListener listener) {

    public JobContext {
        Checks.notNull(storage, "storage");
        Checks.notNull(clock, "clock");
        Checks.notNull(config, "config");
        Checks.notNull(listener, "listener");
    }
}
