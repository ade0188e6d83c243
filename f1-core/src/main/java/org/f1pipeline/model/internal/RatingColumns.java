package org.f1pipeline.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceType;

/**
 * The inputs added for the fitted models: the grid transformed ({@code grid_log}, {@code pole}), the driver and
 * team ratings before the race ({@code driver_elo}, {@code team_elo}, see {@link Ratings}) and the qualifying gap
 * to the fastest ({@code qualifying_gap}). One value per pool driver, raw (not normalised: a conditional logit
 * only compares drivers within a race, and raw values keep the coefficients comparable across seasons). Stateless.
 */
final class RatingColumns {

    /** Gap cap in percent (a driver without a time in a timed session gets it). */
    static final double MAX_GAP = 5.0;

    private RatingColumns() {
    }

    static double[] gridLog(RaceContext c) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(Math.max(1, c.pool.get(i).grid()));
        }
        return out;
    }

    static double[] pole(RaceContext c) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.pool.get(i).grid() == 1 ? 1.0 : 0.0;
        }
        return out;
    }

    static double[] driverElo(RaceContext c) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.history.ratings().driver(c.pool.get(i).driver());
        }
        return out;
    }

    static double[] teamElo(RaceContext c) {
        double[] out = new double[c.size()];
        int season = c.weekend.key().season();
        for (int i = 0; i < out.length; i++) {
            out[i] = c.history.ratings().team(c.pool.get(i).team(), season);
        }
        return out;
    }

    /** Percent behind the fastest best lap of this (sprint) qualifying, capped; 0 for all when nobody has a time. */
    static double[] qualifyingGap(RaceContext c) {
        List<QualifyingResult> rows = c.type == RaceType.SPRINT ? c.weekend.sprintQualifying()
                : c.weekend.qualifying();
        Map<DriverId, Integer> best = new HashMap<>();
        int fastest = Integer.MAX_VALUE;
        for (QualifyingResult q : rows) {
            Integer t = q.bestTimeMs();
            if (t != null) {
                best.put(q.driver(), t);
                fastest = Math.min(fastest, t);
            }
        }
        double[] out = new double[c.size()];
        if (best.isEmpty()) {
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            Integer t = best.get(c.pool.get(i).driver());
            out[i] = t == null ? MAX_GAP : Math.min(MAX_GAP, 100.0 * (t - fastest) / fastest);
        }
        return out;
    }
}
