package org.f1pipeline.job.internal.ingest;

/**
 * How the ingest jobs of one run use their sources. Single job runs use {@link #ofDefaults()}; a backfill may switch
 * the expensive parts off.
 *
 * @param jolpicaLaps fetch Jolpica lap times (1996 on, 10-15 requests per race) where OpenF1 has none
 * @param openF1      use OpenF1 (2023 on) for sectors, speed traps, laps with tyres, weather, SC/VSC, sprint
 *                    qualifying and FP2; off means Jolpica only
 */
public record IngestOptions(boolean jolpicaLaps, boolean openF1) {

    /** Everything on: the most complete database. */
    public static IngestOptions ofDefaults() {
        return new IngestOptions(true, true);
    }
}
