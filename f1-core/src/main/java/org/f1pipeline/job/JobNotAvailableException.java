package org.f1pipeline.job;

/**
 * The job exists in the pipeline's job list but this version of the library does not ship its implementation.
 * Nothing was read or written.
 */
public class JobNotAvailableException extends JobException {

    public JobNotAvailableException(Job job, JobParams params, String version) {
        super(job, params, "job " + job.jobName() + " is not available in this version of f1pipeline (" + version
                + "); upgrade the library to run it");
    }
}
