package org.f1pipeline.job.internal;

import java.util.EnumMap;
import java.util.Map;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.internal.compute.ComputeJobs;
import org.f1pipeline.job.internal.ingest.IngestJobs;

/**
 * The job implementations shipped with this version: the sync/ingest jobs and the compute (model) jobs. A job
 * missing from this registry fails with {@link org.f1pipeline.job.JobNotAvailableException}.
 */
public final class JobHandlers {

    private JobHandlers() {
    }

    /** The built-in handlers, by job. */
    public static Map<Job, JobHandler> builtIn() {
        Map<Job, JobHandler> handlers = new EnumMap<>(Job.class);
        handlers.putAll(IngestJobs.handlers());
        handlers.putAll(ComputeJobs.handlers());
        return handlers;
    }
}
