package org.f1pipeline.job.internal.ingest;

import java.util.EnumMap;
import java.util.Map;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.internal.JobHandler;

/** Registry of the sync and ingest jobs shipped in this version (docs/jobs.md describes each). */
public final class IngestJobs {

    private IngestJobs() {
    }

    /** The sync/ingest handlers, by job. */
    public static Map<Job, JobHandler> handlers() {
        Map<Job, JobHandler> handlers = new EnumMap<>(Job.class);
        handlers.put(Job.SYNC_SCHEDULE, new SyncScheduleJob());
        handlers.put(Job.SYNC_SEASON, new SyncSeasonJob());
        handlers.put(Job.INGEST_QUALIFYING, new IngestQualifyingJob());
        handlers.put(Job.INGEST_QUALIFYING_LEGACY, new IngestQualifyingLegacyJob());
        handlers.put(Job.INGEST_FP2, new IngestFp2Job());
        handlers.put(Job.INGEST_SPRINT_QUALIFYING, new IngestSprintQualifyingJob());
        handlers.put(Job.INGEST_SPRINT, new IngestSprintJob());
        handlers.put(Job.INGEST_RACE, new IngestRaceJob());
        handlers.put(Job.INGEST_RACE_LEGACY, new IngestRaceLegacyJob());
        return handlers;
    }
}
