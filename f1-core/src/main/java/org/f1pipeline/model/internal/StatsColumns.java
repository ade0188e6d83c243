package org.f1pipeline.model.internal;

import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelMath;

/**
 * Features read from the as-of season statistics and the grid (seed section 5.11 #1, 4, 6, 7, 10, 11 and section
 * 5.13 #1, 2, 4, 6). Each method returns one score per pool driver. Stateless.
 */
final class StatsColumns {

    /** Sprint rating and win rate switch to sprint results from this many sprints on. */
    static final int MIN_SPRINTS = 3;

    private StatsColumns() {
    }

    static double[] carPerformance(RaceContext c) {
        c.loadStats();
        return c.carPerf.clone();
    }

    /** 0.7 x team reliability (0.5 when unknown, 0.0 kept) + 0.3 x (1 - DNF rate, 0.1 when unknown); min-max or raw. */
    static double[] reliability(RaceContext c) {
        c.loadStats();
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            Double team = c.teamStats[i] == null ? null : c.teamStats[i].reliabilityScore();
            DriverSeasonStats d = c.driverStats[i];
            double dnfRate = d == null || d.racesEntered() == 0 ? 0.1 : d.dnfRate();
            out[i] = 0.7 * (team == null ? 0.5 : team) + 0.3 * (1.0 - dnfRate);
        }
        return ModelMath.minmaxOrRaw(out);
    }

    /** Points per race / 25; for a sprint with at least three sprints, sprint points per sprint / 8. No stats: 0. */
    static double[] driverRating(RaceContext c) {
        c.loadStats();
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            DriverSeasonStats d = c.driverStats[i];
            if (d == null) {
                out[i] = 0.0;
            } else if (c.type == RaceType.SPRINT && d.sprintRacesEntered() >= MIN_SPRINTS) {
                out[i] = ModelMath.clamp(d.sprintPoints() / d.sprintRacesEntered() / 8.0);
            } else {
                out[i] = ModelMath.clamp(d.totalPoints() / Math.max(d.racesEntered(), 1) / 25.0);
            }
        }
        return out;
    }

    /** Bayesian win rate, not normalised (sprint: on sprints from three on). No stats: 0.25. */
    static double[] winRate(RaceContext c) {
        c.loadStats();
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            DriverSeasonStats d = c.driverStats[i];
            if (d == null) {
                out[i] = ModelMath.bayesianWinRate(0, 0);
            } else if (c.type == RaceType.SPRINT && d.sprintRacesEntered() >= MIN_SPRINTS) {
                out[i] = ModelMath.bayesianWinRate(d.sprintWins(), d.sprintRacesEntered());
            } else {
                out[i] = ModelMath.bayesianWinRate(d.wins(), d.racesEntered());
            }
        }
        return out;
    }

    /** {@code (21 - grid) / 20}, not clamped (P22 gives -0.05), as the seed's starting_position_score. */
    static double[] startingPosition(RaceContext c) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = startPos(c.pool.get(i).grid());
        }
        return out;
    }

    static double startPos(int grid) {
        return (21.0 - grid) / 20.0;
    }

    /** The seed's formula, kept for its test vectors (it saturates, seed defect C5: see docs/model.md). */
    static double circuitAdjStartPos(double startPos, double overtakeRate, double scProbability) {
        return ModelMath.clamp(startPos * (2.0 - overtakeRate) * (1.0 - 0.3 * scProbability));
    }

    static double[] circuitAdjStartPos(RaceContext c) {
        double[] out = startingPosition(c);
        for (int i = 0; i < out.length; i++) {
            out[i] = circuitAdjStartPos(out[i], c.overtakeRate, c.scProbability);
        }
        return out;
    }

    /** {@code clamp((avg position gain + 15) / 30)}, gain 0 when unknown. */
    static double[] positionGain(RaceContext c) {
        c.loadStats();
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            DriverSeasonStats d = c.driverStats[i];
            double gain = d == null || d.avgPositionGain() == null ? 0.0 : d.avgPositionGain();
            out[i] = ModelMath.clamp((gain + 15.0) / 30.0);
        }
        return out;
    }

    /** {@code clamp(position_gain x overtake rate)}. */
    static double[] circuitAdjPositionGain(RaceContext c) {
        double[] out = positionGain(c);
        for (int i = 0; i < out.length; i++) {
            out[i] = ModelMath.clamp(out[i] * c.overtakeRate);
        }
        return out;
    }
}
