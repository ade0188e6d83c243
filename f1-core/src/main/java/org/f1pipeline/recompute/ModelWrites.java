package org.f1pipeline.recompute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.EventPrediction;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.Stores;

/**
 * The writes of a recompute, one or several seasons at a time, counted per kind. The only place that knows how a
 * season's output reaches the stores, with a handful of bulk calls per write whatever its number of events and
 * seasons: the statistics with two season-wide replaces per season, the feature sets with one multi-race
 * {@code replaceFeatures} per race type and model version (each event's set replaced whole, so stale drivers
 * vanish), and the predictions with one {@code addAll} (a new version per event). Writing several seasons in one
 * call makes each bulk call larger: PostgreSQL then loads thousands of rows through COPY, where a season's few
 * hundred go as batched statements. Not thread-safe.
 */
final class ModelWrites {

    private final Map<String, Integer> rows = new TreeMap<>();

    /** Rows of one bulk feature replace: the events of one race type and model version. */
    private record FeatureSets(RaceType type, String modelVersion, List<RaceKey> races, List<FeatureRow> rows) {
    }

    /**
     * One season's output.
     *
     * @param season the season
     * @param stats  its statistics, or null to leave them as stored
     * @param events its computed events
     */
    record SeasonOutput(int season, SeasonStats stats, List<EventPrediction> events) {

        /** Feature and prediction-driver rows this output writes: what makes a write large. */
        int rows() {
            int n = 0;
            for (EventPrediction e : events) {
                n += e.features().size() + e.prediction().drivers().size();
            }
            return n;
        }
    }

    /**
     * Writes one season's statistics (unless null) and every computed event of it, and records what each was
     * computed from ({@code ledger}: the input versions read in the same transaction).
     */
    void season(Stores tx, int season, SeasonStats stats, List<EventPrediction> events, InputLedger ledger,
                Instant computedAt) {
        seasons(tx, List.of(new SeasonOutput(season, stats, events)), ledger, computedAt);
    }

    /** Writes the outputs of several seasons with one bulk call per kind (statistics: per season). */
    void seasons(Stores tx, List<SeasonOutput> outputs, InputLedger ledger, Instant computedAt) {
        List<DerivedVersion> derived = new ArrayList<>();
        Map<List<Object>, FeatureSets> sets = new LinkedHashMap<>();
        List<Prediction> predictions = new ArrayList<>();
        for (SeasonOutput output : outputs) {
            int season = output.season();
            SeasonStats stats = output.stats();
            if (stats != null) {
                tx.stats().replaceDriverStats(season, stats.drivers());
                tx.stats().replaceTeamStats(season, stats.teams());
                count("driver_season_stats", stats.drivers().size());
                count("team_season_stats", stats.teams().size());
                derived.add(DerivedVersion.seasonStats(season, computedAt, ledger.season(season)));
            }
            for (EventPrediction e : output.events()) {
                String model = e.prediction().modelVersion();
                FeatureSets set = sets.computeIfAbsent(List.of(e.type(), model),
                        k -> new FeatureSets(e.type(), model, new ArrayList<>(), new ArrayList<>()));
                set.races().add(e.race());
                set.rows().addAll(e.features());
                predictions.add(e.prediction());
                long read = ledger.event(e.race(), e.type());
                derived.add(new DerivedVersion(season, e.race().round(), DerivedKind.features(e.type()), model,
                        computedAt, read, true));
                derived.add(new DerivedVersion(season, e.race().round(), DerivedKind.prediction(e.type()), model,
                        e.prediction().computedAt(), read, true));
                count("features", e.features().size());
                count("predictions", 1);
                count("prediction_drivers", e.prediction().drivers().size());
            }
        }
        for (FeatureSets set : sets.values()) {
            tx.features().replaceFeatures(set.races(), set.type(), set.modelVersion(), set.rows());
        }
        if (!predictions.isEmpty()) {
            tx.predictions().addAll(predictions);
        }
        if (!derived.isEmpty()) {
            tx.inputs().recordDerived(derived);
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
