package org.f1pipeline.backfill;

/**
 * What a backfill fetches and runs. Start from {@link #defaults()} and switch parts off with the {@code with...}
 * methods.
 *
 * @param jolpicaLaps  store Jolpica lap times for grands prix from 1996 where OpenF1 has none: 10-15 requests per
 *                     race (about 7,500 for 1996-2022), so a full-history backfill with laps takes many hours at
 *                     Jolpica's 500 requests/hour; off keeps it to schedule, rosters and classifications (under 800
 *                     requests for 1950-2025)
 * @param openF1       use OpenF1 for 2023 on (sectors, speed traps, laps with tyres, weather, SC/VSC, sprint
 *                     qualifying, FP2); off means Jolpica only (sprint qualifying then cannot be ingested)
 * @param fp2          run {@code ingest_fp2} on weekends that have FP2 data (2023 on)
 * @param computeJobs  run the compute jobs this version ships (season stats, features, predictions)
 */
public record BackfillOptions(boolean jolpicaLaps, boolean openF1, boolean fp2, boolean computeJobs) {

    /** Everything on: the most complete database. */
    public static BackfillOptions defaults() {
        return new BackfillOptions(true, true, true, true);
    }

    /** Same options with Jolpica laps on or off. */
    public BackfillOptions withJolpicaLaps(boolean on) {
        return new BackfillOptions(on, openF1, fp2, computeJobs);
    }

    /** Same options with OpenF1 on or off. */
    public BackfillOptions withOpenF1(boolean on) {
        return new BackfillOptions(jolpicaLaps, on, fp2, computeJobs);
    }

    /** Same options with FP2 long runs on or off. */
    public BackfillOptions withFp2(boolean on) {
        return new BackfillOptions(jolpicaLaps, openF1, on, computeJobs);
    }

    /** Same options with the compute jobs on or off. */
    public BackfillOptions withComputeJobs(boolean on) {
        return new BackfillOptions(jolpicaLaps, openF1, fp2, on);
    }
}
