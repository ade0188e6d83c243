package org.f1pipeline.backtest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The three reference forecasts, each from the grid and, for two of them, what the seasons before the race's
 * taught: {@code uniform} (every starter 1/N), {@code pole} (the pole-sitter gets the share of earlier seasons'
 * races won from pole, the others share the rest; without earlier races it is uniform) and {@code grid-softmax}
 * ({@code p ~ exp(-a x (grid - 1))}, the one parameter {@code a} fitted by maximum likelihood on every earlier
 * season's races, refitted once per season). Races are added after they are scored, in race order. Not
 * thread-safe.
 */
public final class Baselines {

    /** An earlier race: the grid slots of its starters and the winner's index. */
    private record Past(int[] grid, int winner) {
    }

    private final Map<Integer, List<Past>> bySeason = new TreeMap<>();
    private int fittedFor = Integer.MIN_VALUE;
    private double slope;
    private double poleRate = Double.NaN;

    /** Records a race for later seasons (after it was scored). */
    public void add(int season, int[] grid, int winner) {
        bySeason.computeIfAbsent(season, k -> new ArrayList<>()).add(new Past(grid.clone(), winner));
    }

    /** 1/N for every starter. */
    public static double[] uniform(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        return p;
    }

    /** The pole baseline for a race of {@code season}. */
    public double[] pole(int season, int[] grid) {
        refit(season);
        int n = grid.length;
        int pole = -1;
        for (int i = 0; i < n; i++) {
            if (grid[i] == 1) {
                pole = i;
            }
        }
        if (pole < 0 || Double.isNaN(poleRate) || n == 1) {
            return uniform(n);
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = i == pole ? poleRate : (1.0 - poleRate) / (n - 1);
        }
        return p;
    }

    /** The grid-softmax baseline for a race of {@code season}. */
    public double[] gridSoftmax(int season, int[] grid) {
        refit(season);
        double[] p = new double[grid.length];
        double z = 0;
        for (int i = 0; i < grid.length; i++) {
            p[i] = Math.exp(-slope * (grid[i] - 1));
            z += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= z;
        }
        return p;
    }

    /** The pole win rate used for {@code season} (NaN without earlier races with a pole-sitter). */
    public double poleRate(int season) {
        refit(season);
        return poleRate;
    }

    /** The grid-softmax parameter used for {@code season}. */
    public double slope(int season) {
        refit(season);
        return slope;
    }

    private void refit(int season) {
        if (season == fittedFor) {
            return;
        }
        fittedFor = season;
        int poles = 0;
        int poleWins = 0;
        List<Past> races = new ArrayList<>();
        bySeason.forEach((s, list) -> {
            if (s < season) {
                races.addAll(list);
            }
        });
        for (Past r : races) {
            for (int i = 0; i < r.grid().length; i++) {
                if (r.grid()[i] == 1) {
                    poles++;
                    poleWins += i == r.winner() ? 1 : 0;
                }
            }
        }
        poleRate = poles == 0 ? Double.NaN : (double) poleWins / poles;
        slope = fitSlope(races, slope);
    }

    /**
     * Maximum likelihood of {@code a} in {@code p ~ exp(-a (grid - 1))} by Newton's method (the log-likelihood is
     * concave in {@code a}); 0 without races.
     */
    static double fitSlope(List<Past> races, double start) {
        if (races.isEmpty()) {
            return 0.0;
        }
        double a = start;
        for (int step = 0; step < 100; step++) {
            double gradient = 0;
            double curvature = 0;
            for (Past r : races) {
                double z = 0;
                double mean = 0;
                double square = 0;
                for (int g : r.grid()) {
                    double e = Math.exp(-a * (g - 1));
                    z += e;
                    mean += e * (g - 1);
                    square += e * (g - 1) * (g - 1);
                }
                mean /= z;
                square /= z;
                gradient += mean - (r.grid()[r.winner()] - 1);
                curvature += square - mean * mean;
            }
            if (curvature <= 0) {
                break;
            }
            double move = gradient / curvature;
            a += move;
            if (Math.abs(move) < 1e-10) {
                break;
            }
        }
        return a;
    }
}
