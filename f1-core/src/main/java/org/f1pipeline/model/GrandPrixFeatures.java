package org.f1pipeline.model;

import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.internal.FeatureEngine;
import org.f1pipeline.model.internal.Pools;
import org.f1pipeline.model.internal.RaceContext;

/**
 * {@code compute_features}: the grand-prix features of one race (the 12 of {@code weighted-v3}, or whatever a
 * user spec weights), point-in-time.
 *
 * <p>Inputs: the history as of just before the weekend (season statistics, driver and circuit memories), and the
 * weekend's pre-race data only: the qualifying classification (pool, grid, sectors, teammate gaps), the FP2 long
 * runs and a pre-race {@link WeatherOutlook}. The weekend's results, laps and observed conditions are never read.
 * The pool is every driver in the qualifying classification, so a driver who left the pool simply has no row
 * (a job replacing the race's feature rows drops his stale row). Formulas: seed section 5.11 and docs/model.md.
 * Stateless and thread-safe (the history must not be modified meanwhile).
 */
public final class GrandPrixFeatures {

    private GrandPrixFeatures() {
    }

    /** The features with no weather forecast (the weather feature is then neutral). */
    public static List<FeatureRow> compute(ModelSpec spec, ModelHistory history, Weekend weekend) {
        return compute(spec, history, weekend, WeatherOutlook.UNKNOWN);
    }

    /**
     * The features of the weekend's grand prix, one row per qualifying driver, ordered by driver id.
     *
     * @throws ModelInputException      when the weekend has no qualifying classification
     * @throws IllegalStateException    when the history already holds this weekend or a later one
     * @throws IllegalArgumentException when the spec is not a grand-prix model
     */
    public static List<FeatureRow> compute(ModelSpec spec, ModelHistory history, Weekend weekend,
                                           WeatherOutlook outlook) {
        if (spec.type() != RaceType.GRAND_PRIX) {
            throw new InvalidInputException("model", "model " + spec.version() + " is a " + spec.type()
                    + " model; grand-prix features need a GRAND_PRIX model such as weighted-v3");
        }
        history.requireBefore(weekend.key());
        if (weekend.qualifying().isEmpty()) {
            throw new ModelInputException(weekend.key(), RaceType.GRAND_PRIX, "ingest_qualifying", "race "
                    + weekend.key() + " has no qualifying grid: run ingest_qualifying first");
        }
        List<RaceContext.GridSlot> pool = Pools.grandPrix(weekend);
        RaceContext context = new RaceContext(weekend, RaceType.GRAND_PRIX, history.state(), pool);
        return FeatureEngine.compute(spec, context, outlook == null ? WeatherOutlook.UNKNOWN : outlook, false);
    }

    /**
     * The seed's {@code circuit_adj_start_pos} for one grid slot:
     * {@code clamp((21 - grid) / 20 x (2 - overtake) x (1 - 0.3 x sc))}.
     */
    public static double circuitAdjustedStartPosition(int grid, double overtakeRate, double scProbability) {
        return FeatureEngine.circuitAdjStartPos(grid, overtakeRate, scProbability);
    }
}
