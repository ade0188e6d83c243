package org.f1pipeline.job.internal.compute;

import java.util.EnumMap;
import java.util.Map;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.internal.JobHandler;

/**
 * Registry of the compute (model) jobs shipped in this version. Each runs in one storage transaction with a fixed
 * handful of bulk reads, whatever the length of the history; the model is the pipeline's
 * {@code PipelineConfig.models()}. The whole-history recompute is {@link org.f1pipeline.recompute.ModelRecompute}.
 */
public final class ComputeJobs {

    private ComputeJobs() {
    }

    /** The compute handlers, by job. */
    public static Map<Job, JobHandler> handlers() {
        Map<Job, JobHandler> handlers = new EnumMap<>(Job.class);
        handlers.put(Job.COMPUTE_SEASON_STATS, new SeasonStatsJob());
        handlers.put(Job.COMPUTE_FEATURES, new FeaturesJob(RaceType.GRAND_PRIX));
        handlers.put(Job.COMPUTE_SPRINT_FEATURES, new FeaturesJob(RaceType.SPRINT));
        handlers.put(Job.COMPUTE_PREDICTIONS, new PredictionsJob(RaceType.GRAND_PRIX));
        handlers.put(Job.COMPUTE_SPRINT_PREDICTIONS, new PredictionsJob(RaceType.SPRINT));
        return handlers;
    }
}
