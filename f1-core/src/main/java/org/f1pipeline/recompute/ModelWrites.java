package org.f1pipeline.recompute;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.model.EventPrediction;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.storage.Stores;

/**
 * The writes of a recompute, one season at a time, counted per kind. The only place that knows how a season's
 * output reaches the stores: the statistics with two season-wide replaces, then each event's feature set
 * ({@code replaceFeatures}, so that stale drivers vanish) and its prediction ({@code add}, a new version).
 * The storage SPI has no multi-race feature replace or multi-prediction add yet, so those two are one call per
 * event; see {@code docs/model.md}, "Jobs and recompute". Not thread-safe.
 */
final class ModelWrites {

    private final Map<String, Integer> rows = new TreeMap<>();

    /** Writes one season's statistics and every computed event of it. */
    void season(Stores tx, int season, SeasonStats stats, List<EventPrediction> events) {
        tx.stats().replaceDriverStats(season, stats.drivers());
        tx.stats().replaceTeamStats(season, stats.teams());
        count("driver_season_stats", stats.drivers().size());
        count("team_season_stats", stats.teams().size());
        for (EventPrediction e : events) {
            tx.features().replaceFeatures(e.race(), e.type(), e.prediction().modelVersion(), e.features());
            count("features", e.features().size());
        }
        for (EventPrediction e : events) {
            tx.predictions().add(e.prediction());
            count("predictions", 1);
            count("prediction_drivers", e.prediction().drivers().size());
        }
    }

    /** Rows written so far, by kind. */
    Map<String, Integer> rows() {
        return rows;
    }

    private void count(String kind, int n) {
        rows.merge(kind, n, Integer::sum);
    }
}
