package org.f1pipeline.job.internal.ingest;

/**
 * {@code ingest_race_legacy(year, round)}: the grand prix from Jolpica only (results, and lap times from 1996);
 * conditions unknown. Meant for seasons before 2018, works for any. See {@link IngestRaceJob}.
 */
final class IngestRaceLegacyJob extends IngestRaceJob {

    IngestRaceLegacyJob() {
        super(true);
    }
}
