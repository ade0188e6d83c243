package org.f1pipeline.job.internal;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.job.Job;

/**
 * Replaces the implementation of one job of a pipeline being built, for tests that need a job to fail or to count
 * its calls: {@code JobOverrides.handler(F1Pipeline.builder().storage(s), Job.INGEST_RACE, (ctx, params) -> ...)}.
 * Kept out of {@link F1Pipeline.Builder} because {@link JobHandler} and its {@link JobContext} are internal.
 * Internal API: may change without notice.
 */
public final class JobOverrides {

    private static volatile Access access;

    private JobOverrides() {
    }

    /** How {@link F1Pipeline.Builder} lets this class reach its job table (installed by the builder itself). */
    public interface Access {
        /** Puts {@code handler} in place of {@code job}'s implementation on {@code builder}. */
        void put(F1Pipeline.Builder builder, Job job, JobHandler handler);
    }

    /** Called once by {@link F1Pipeline.Builder}'s static initialiser. */
    public static void install(Access builderAccess) {
        access = Checks.notNull(builderAccess, "access");
    }

    /**
     * Makes {@code builder} build a pipeline that runs {@code handler} for {@code job}.
     *
     * @return {@code builder}, for chaining
     */
    public static F1Pipeline.Builder handler(F1Pipeline.Builder builder, Job job, JobHandler handler) {
        Checks.notNull(builder, "builder");
        access.put(builder, Checks.notNull(job, "job"), Checks.notNull(handler, "handler"));
        return builder;
    }
}
