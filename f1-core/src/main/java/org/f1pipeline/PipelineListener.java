package org.f1pipeline;

import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;

/**
 * Callbacks about job runs, e.g. for progress output or metrics. Every method has a no-op default, so a listener
 * implements only what it needs. Called on the thread that runs the job; must not throw.
 */
public interface PipelineListener {

    /** A listener that does nothing. */
    PipelineListener NONE = new PipelineListener() {
    };

    /** The job passed validation and is about to run. */
    default void onJobStarted(Job job, JobParams params) {
    }

    /** The job committed its work. */
    default void onJobFinished(JobReport report) {
    }

    /** The job failed; its transaction was rolled back. {@code failureLine} is the seed's JSON failure line. */
    default void onJobFailed(Job job, JobParams params, Throwable error, String failureLine) {
    }
}
