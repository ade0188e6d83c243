package org.f1pipeline.model;

import java.util.List;

/**
 * The result of {@link ModelEngine#replay}: every event computed, in race order (a weekend's sprint before its grand
 * prix), the events that could not be computed with the reason (for example a future race without a grid), and
 * each season's statistics after its last weekend in the replay (what {@code compute_season_stats} stores).
 */
public record Replay(List<EventPrediction> events, List<ModelInputException> skipped, List<SeasonStats> seasonStats) {

    public Replay {
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
        seasonStats = List.copyOf(seasonStats);
    }
}
