package org.f1pipeline.backfill;

import java.util.Objects;

/**
 * What a backfill fetches and runs. Start from {@link #ofDefaults()} and switch parts off with the {@code with...}
 * methods.
 */
public final class BackfillOptions {
    private final boolean jolpicaLaps;
    private final boolean openF1;
    private final boolean fp2;
    private final boolean computeJobs;

    private BackfillOptions(boolean jolpicaLaps, boolean openF1, boolean fp2, boolean computeJobs) {
        this.jolpicaLaps = jolpicaLaps;
        this.openF1 = openF1;
        this.fp2 = fp2;
        this.computeJobs = computeJobs;
    }

    /** Everything on: the most complete database. */
    public static BackfillOptions ofDefaults() {
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

    /**
     * Store Jolpica lap times for grands prix from 1996 where OpenF1 has none: 10-15 requests per race (about 7,500
     * for 1996-2022), so a full-history backfill with laps takes many hours at Jolpica's 500 requests/hour; off keeps
     * it to schedule, rosters and classifications (under 800 requests for 1950-2025).
     */
    public boolean jolpicaLaps() {
        return jolpicaLaps;
    }

    /**
     * Use OpenF1 for 2023 on (sectors, speed traps, laps with tyres, weather, SC/VSC, sprint qualifying, FP2); off
     * means Jolpica only (sprint qualifying then cannot be ingested).
     */
    public boolean openF1() {
        return openF1;
    }

    /** Run {@code ingest_fp2} on weekends that have FP2 data (2023 on). */
    public boolean fp2() {
        return fp2;
    }

    /** Run the compute jobs this version ships (season stats, features, predictions). */
    public boolean computeJobs() {
        return computeJobs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BackfillOptions o && jolpicaLaps == o.jolpicaLaps
                && openF1 == o.openF1
                && fp2 == o.fp2
                && computeJobs == o.computeJobs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jolpicaLaps, openF1, fp2, computeJobs);
    }

    /** {@code BackfillOptions[jolpicaLaps=..., openF1=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "BackfillOptions[jolpicaLaps=" + jolpicaLaps + ", "
                + "openF1=" + openF1 + ", "
                + "fp2=" + fp2 + ", "
                + "computeJobs=" + computeJobs + "]";
    }
}
