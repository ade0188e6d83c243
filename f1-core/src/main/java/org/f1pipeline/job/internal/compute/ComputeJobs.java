package org.f1pipeline.job.internal.compute;

import java.util.EnumMap;
import java.util.Map;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.internal.JobHandler;

/** Registry of the compute (model) jobs shipped in this version. */
public final class ComputeJobs {

    private ComputeJobs() {
    }

    /** The compute handlers, by job. */
    public static Map<Job, JobHandler> handlers() {
        return new EnumMap<>(Job.class);
    }
}
