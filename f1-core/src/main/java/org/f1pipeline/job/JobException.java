package org.f1pipeline.job;

import java.util.Map;
import org.f1pipeline.F1Exception;

/**
 * A job could not do its work for a reason that is not bad input, missing data or an I/O failure: for example a
 * result that names a driver missing from the season's entry list. Carries the job and its parameters.
 */
public class JobException extends F1Exception {

    private final Job job;
    private final JobParams params;

    public JobException(Job job, JobParams params, String message) {
        super(job.jobName() + " " + params.asMap() + ": " + message);
        this.job = job;
        this.params = params;
    }

    public JobException(Job job, JobParams params, String message, Throwable cause) {
        super(job.jobName() + " " + params.asMap() + ": " + message, cause);
        this.job = job;
        this.params = params;
    }

    public Job job() {
        return job;
    }

    public JobParams params() {
        return params;
    }

    @Override
    public Map<String, Object> context() {
        return params.asMap();
    }
}
