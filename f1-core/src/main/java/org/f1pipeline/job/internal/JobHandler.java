package org.f1pipeline.job.internal;

import org.f1pipeline.job.JobParams;

/** The implementation of one job. Runs its whole work, status change included, in one storage transaction. */
@FunctionalInterface
public interface JobHandler {

    /** Runs the job with validated parameters. */
    JobOutcome run(JobContext context, JobParams params);
}
