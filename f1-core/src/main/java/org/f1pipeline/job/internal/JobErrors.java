package org.f1pipeline.job.internal;

import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;

/**
 * Turns a {@link Error} thrown inside a job (an {@link OutOfMemoryError} on a huge answer, a
 * {@link StackOverflowError}, a missing class) into a {@link JobException}, so that it ends as the job's failure line
 * (exit 1, a {@code [SKIP]} line in a backfill) instead of a bare stack trace that aborts the whole run. By the time
 * the error reaches the job's caller the job's objects are unreachable, so the heap an {@code OutOfMemoryError} ran
 * out of is free again; the storage transaction has already been rolled back. Internal API.
 */
public final class JobErrors {

    private JobErrors() {
    }

    /**
     * The failure to report for {@code error}.
     *
     * @param job    the job that was running
     * @param params its parameters
     * @param error  what it threw
     * @return a job failure with {@code error} as its cause
     */
    public static JobException fromError(Job job, JobParams params, Error error) {
        String what = error instanceof OutOfMemoryError
                ? "ran out of memory (" + error + "); the JVM's heap (-Xmx) is too small for this job"
                : error instanceof StackOverflowError ? "stack overflow (" + error + ")"
                : "internal error (" + error + ")";
        return new JobException(job, params, what, error);
    }
}
