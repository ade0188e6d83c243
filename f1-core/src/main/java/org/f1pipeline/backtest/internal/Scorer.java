package org.f1pipeline.backtest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.backtest.CalibrationBin;
import org.f1pipeline.backtest.Metrics;
import org.f1pipeline.backtest.ModelScore;

/**
 * Accumulates one model's forecasts against the winners: log-loss, Brier score, top-1 and top-3, the winner's rank
 * (ties scored as a random tie-break would be on average), the calibration bins, overall and per season. Not
 * thread-safe.
 */
public final class Scorer {

    /**
     * Calibration bin edges: fine where most predictions lie (a race has one or two drivers above 0.3 and twenty
     * below 0.1), wide where few do, so that every bin of a decade of races holds enough predictions for its
     * observed frequency to mean something (at 60 predictions and p = 0.35 the sampling error alone is 6 points).
     */
    static final double[] EDGES = {0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0};
    static final int BINS = EDGES.length - 1;

    private final String name;
    private final String kind;
    private final Sums overall = new Sums();
    private final Map<Integer, Sums> seasons = new TreeMap<>();
    private final long[] binN = new long[BINS];
    private final double[] binP = new double[BINS];
    private final double[] binWins = new double[BINS];
    private int computed;

    public Scorer(String name, String kind) {
        this.name = name;
        this.kind = kind;
    }

    /** Sums of one set of races. */
    private static final class Sums {
        int events;
        double logLoss;
        double brier;
        double top1;
        double top3;
        double rank;

        Metrics metrics() {
            return events == 0 ? new Metrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                    : new Metrics(events, logLoss / events, brier / events, top1 / events, top3 / events,
                    rank / events);
        }
    }

    /**
     * Scores one race.
     *
     * @param p        the forecast, one probability per driver (summing to 1)
     * @param winner   the winner's index in {@code p}
     * @param computed whether the forecast was computed on the fly (not stored)
     */
    public void add(int season, double[] p, int winner, boolean computed) {
        double pw = p[winner];
        int above = 0;
        int tied = 0;
        double brier = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > pw) {
                above++;
            } else if (p[i] == pw) {
                tied++;
            }
            double y = i == winner ? 1.0 : 0.0;
            brier += (p[i] - y) * (p[i] - y);
            int bin = bin(p[i]);
            binN[bin]++;
            binP[bin] += p[i];
            binWins[bin] += y;
        }
        // The winner's tie group takes ranks first..last; a random tie-break puts him anywhere in it.
        int first = above + 1;
        int last = above + tied;
        double logLoss = -Math.log(pw);
        for (Sums s : new Sums[] {overall, seasons.computeIfAbsent(season, k -> new Sums())}) {
            s.events++;
            s.logLoss += logLoss;
            s.brier += brier;
            s.top1 += share(1, first, last);
            s.top3 += share(3, first, last);
            s.rank += (first + last) / 2.0;
        }
        if (computed) {
            this.computed++;
        }
    }

    /** The bin of a probability: {@code [lo, hi)}, the last one closed. */
    static int bin(double p) {
        for (int b = 1; b < BINS; b++) {
            if (p < EDGES[b]) {
                return b - 1;
            }
        }
        return BINS - 1;
    }

    private static double share(int k, int first, int last) {
        return Math.max(0.0, Math.min(1.0, (k - first + 1.0) / (last - first + 1.0)));
    }

    /** The scores so far. */
    public ModelScore score() {
        List<CalibrationBin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            bins.add(new CalibrationBin(EDGES[b], EDGES[b + 1], (int) binN[b],
                    binN[b] == 0 ? Double.NaN : binP[b] / binN[b], binN[b] == 0 ? Double.NaN : binWins[b] / binN[b]));
        }
        List<ModelScore.SeasonScore> perSeason = new ArrayList<>();
        seasons.forEach((season, sums) -> perSeason.add(new ModelScore.SeasonScore(season, sums.metrics())));
        return new ModelScore(name, kind, overall.metrics(), bins, perSeason, computed);
    }
}
