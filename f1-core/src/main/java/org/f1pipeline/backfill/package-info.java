/**
 * Backfills: run the whole job chain over a range of seasons ({@code F1Pipeline.backfillFull}) or re-run the sprint
 * jobs of some seasons ({@code F1Pipeline.backfillSprint}), with progress events, {@code [SKIP]} lines for failed
 * steps and resumption (rounds already completed cost no request). See docs/jobs.md.
 */
package org.f1pipeline.backfill;
