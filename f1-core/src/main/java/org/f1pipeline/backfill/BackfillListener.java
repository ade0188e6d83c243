package org.f1pipeline.backfill;

import org.f1pipeline.job.JobReport;
import org.f1pipeline.recompute.RecomputeSummary;

/**
 * Told what a backfill does; the CLI draws its progress bar from {@link #onProgress}. Every method has a no-op
 * default. Called on the backfill's thread; must not throw.
 */
public interface BackfillListener {

    /** A listener that does nothing. */
    BackfillListener NONE = new BackfillListener() {
    };

    /** After every round and season-wide step. */
    default void onProgress(BackfillProgress progress) {
    }

    /** A step succeeded. */
    default void onJobFinished(JobReport report) {
    }

    /** A step failed and was skipped; the backfill goes on. */
    default void onSkip(BackfillSkip skip) {
    }

    /** A stale recompute ran (after each season, and once at the end), possibly finding nothing stale. */
    default void onRecompute(RecomputeSummary summary) {
    }
}
