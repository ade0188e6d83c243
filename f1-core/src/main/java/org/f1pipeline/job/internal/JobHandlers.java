package org.f1pipeline.job.internal;

import java.util.EnumMap;
import java.util.Map;
import org.f1pipeline.job.Job;

/**
 * The job implementations shipped with this version. A job missing from this registry fails with
 * {@link org.f1pipeline.job.JobNotAvailableException}.
 */
public final class JobHandlers {

    private JobHandlers() {
    }

    /** The built-in handlers, by job. */
    public static Map<Job, JobHandler> builtIn() {
        return new EnumMap<>(Job.class);
    }
}
