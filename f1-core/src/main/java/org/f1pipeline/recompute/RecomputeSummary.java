package org.f1pipeline.recompute;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * What {@link ModelRecompute#recompute} did.
 *
 * @param fromSeason  first season computed
 * @param toSeason    last season computed
 * @param computedAt  the {@code computedAt} of every prediction written (one new version per event)
 * @param seasons     seasons with at least one race in the span (each got its statistics replaced)
 * @param grandPrix   grand prix computed (features replaced, prediction added)
 * @param sprints     sprints computed
 * @param skipped     events not computed, in race order, with the reason; nothing was written for them
 * @param rowsWritten rows written per kind ({@code driver_season_stats}, {@code team_season_stats},
 *                    {@code features}, {@code predictions}, {@code prediction_drivers}), sorted by kind
 * @param duration    wall time of the whole recompute, reads and writes included
 */
public record RecomputeSummary(int fromSeason, int toSeason, Instant computedAt, int seasons, int grandPrix,
                               int sprints, List<Skipped> skipped, Map<String, Integer> rowsWritten,
                               Duration duration) {

    public RecomputeSummary {
        skipped = List.copyOf(skipped);
        rowsWritten = Map.copyOf(new TreeMap<>(rowsWritten));
    }

    /** Grand prix plus sprints computed. */
    public int events() {
        return grandPrix + sprints;
    }

    /** Rows written of every kind. */
    public int totalRows() {
        return rowsWritten.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * An event the recompute could not compute, e.g. a future round without a grid.
     *
     * @param missingStep the job that would provide the missing input (e.g. {@code ingest_qualifying}), or null
     *                    when no job can (a cancelled round)
     * @param reason      the model's message, naming the race
     */
    public record Skipped(RaceKey race, RaceType type, String missingStep, String reason) {
    }
}
