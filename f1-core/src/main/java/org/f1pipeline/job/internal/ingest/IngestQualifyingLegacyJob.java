package org.f1pipeline.job.internal.ingest;

/**
 * {@code ingest_qualifying_legacy(year, round)}: qualifying from Jolpica only (no OpenF1 sectors), with the seed's
 * guard {@code scheduled → qualifying_done}. Meant for seasons before 2018, works for any. See
 * {@link IngestQualifyingJob} for the data rules.
 */
final class IngestQualifyingLegacyJob extends IngestQualifyingJob {

    IngestQualifyingLegacyJob() {
        super(true);
    }
}
