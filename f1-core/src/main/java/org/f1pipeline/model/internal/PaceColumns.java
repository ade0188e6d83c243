package org.f1pipeline.model.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.model.ModelMath;
import org.f1pipeline.model.Weekends;

/**
 * Pace features (seed section 5.11 #2, 3, 9 and section 5.13 #3): times where lower is better are inverted
 * ({@code max - t}) and min-maxed. Stateless.
 */
final class PaceColumns {

    /** Share of the pool with FP2 long runs from which the FP2 path is used (seed: 70 %). */
    static final double FP2_COVERAGE = 0.7;
    /** Past races at the circuit for tyre degradation. */
    static final int TYRE_RACES = 4;
    /** Laps a driver needs for a tyre-degradation slope. */
    static final int TYRE_MIN_LAPS = 10;

    private PaceColumns() {
    }

    /**
     * Long-run pace: the best FP2 long-run median per driver when at least 70 % of the pool has one; otherwise the
     * median clean race lap over the last six races at the circuit before this weekend (pooled laps, exact
     * median). Drivers without a time get the worst x 1.02. No data: 0.5 for everyone.
     */
    static double[] longRunPace(RaceContext c) {
        int n = c.size();
        double[] times = new double[n];
        boolean[] known = new boolean[n];
        Map<DriverId, Integer> fp2 = new HashMap<>();
        for (LongRun run : c.weekend.longRuns()) {
            fp2.merge(run.driver(), run.medianLapMs(), Math::min);
        }
        int covered = 0;
        for (int i = 0; i < n; i++) {
            Integer t = fp2.get(c.pool.get(i).driver());
            if (t != null) {
                times[i] = t;
                known[i] = true;
                covered++;
            }
        }
        if ((double) covered / n < FP2_COVERAGE) {
            Arrays.fill(known, false);
            List<CircuitHistory.PastRace> past = c.history.circuits()
                    .recent(c.weekend.race().circuit(), Weekends.CIRCUIT_HISTORY_RACES);
            int[][] parts = new int[past.size()][];
            for (int i = 0; i < n; i++) {
                DriverId d = c.pool.get(i).driver();
                for (int r = 0; r < parts.length; r++) {
                    parts[r] = past.get(r).paceLaps().get(d);
                }
                OptionalDouble median = pooledMedian(parts);
                if (median.isPresent()) {
                    times[i] = median.getAsDouble();
                    known[i] = true;
                }
            }
        }
        return invertFilled(times, known, 1.02);
    }

    /**
     * Tyre degradation: per driver, the slope of lap time against tyre life over the last four races here (clean
     * dry-compound laps with tyre life &gt;= 3, at least 10 laps). Missing drivers get the upper median slope;
     * inverted (less degradation is better) and min-maxed. No slopes: 0.5.
     */
    static double[] tyreDeg(RaceContext c) {
        int n = c.size();
        List<CircuitHistory.PastRace> past = c.history.circuits().recent(c.weekend.race().circuit(), TYRE_RACES);
        double[] slopes = new double[n];
        boolean[] known = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            DriverId d = c.pool.get(i).driver();
            int total = 0;
            for (CircuitHistory.PastRace r : past) {
                double[][] xy = r.tyrePoints().get(d);
                total += xy == null ? 0 : xy[0].length;
            }
            if (total < TYRE_MIN_LAPS) {
                continue;
            }
            double[] x = new double[total];
            double[] y = new double[total];
            int k = 0;
            for (CircuitHistory.PastRace r : past) {
                double[][] xy = r.tyrePoints().get(d);
                if (xy != null) {
                    System.arraycopy(xy[0], 0, x, k, xy[0].length);
                    System.arraycopy(xy[1], 0, y, k, xy[1].length);
                    k += xy[0].length;
                }
            }
            OptionalDouble slope = ModelMath.slope(x, y);
            if (slope.isPresent()) {
                slopes[i] = slope.getAsDouble();
                known[i] = true;
                count++;
            }
        }
        double[] out = new double[n];
        if (count == 0) {
            Arrays.fill(out, 0.5);
            return out;
        }
        double[] present = new double[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (known[i]) {
                present[k++] = slopes[i];
            }
        }
        Arrays.sort(present);
        double upperMedian = present[count / 2];
        for (int i = 0; i < n; i++) {
            out[i] = known[i] ? slopes[i] : upperMedian;
        }
        return invert(out);
    }

    /**
     * Sector strength: this qualifying's best S1/S2/S3; per sector inverted and min-maxed over the drivers that have
     * it; per driver the mean of his available sectors (0.5 without any). No sector data at all: 0.5.
     */
    static double[] sectorStrength(RaceContext c) {
        int n = c.size();
        Map<DriverId, QualifyingResult> rows = new HashMap<>();
        c.weekend.qualifying().forEach(q -> rows.put(q.driver(), q));
        double[] sum = new double[n];
        int[] parts = new int[n];
        List<ToIntFunction<QualifyingResult>> sectors = List.of(
                q -> q.sector1Ms() == null ? 0 : q.sector1Ms(),
                q -> q.sector2Ms() == null ? 0 : q.sector2Ms(),
                q -> q.sector3Ms() == null ? 0 : q.sector3Ms());
        for (ToIntFunction<QualifyingResult> sector : sectors) {
            double[] t = new double[n];
            boolean[] has = new boolean[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                QualifyingResult q = rows.get(c.pool.get(i).driver());
                int v = q == null ? 0 : sector.applyAsInt(q);
                if (v > 0) {
                    t[i] = v;
                    has[i] = true;
                    count++;
                }
            }
            double[] subset = new double[count];
            for (int i = 0, k = 0; i < n; i++) {
                if (has[i]) {
                    subset[k++] = t[i];
                }
            }
            double[] scored = invert(subset);
            for (int i = 0, k = 0; i < n; i++) {
                if (has[i]) {
                    sum[i] += scored[k++];
                    parts[i]++;
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = parts[i] == 0 ? 0.5 : sum[i] / parts[i];
        }
        return out;
    }

    /**
     * Short-run pace: best sprint-qualifying lap; if nobody has one, the best grand-prix qualifying lap, but only
     * when that qualifying was held before the sprint ({@code fallbackAllowed}; seed defect A4). Inverted and
     * min-maxed over drivers with a time; others 0.5.
     */
    static double[] shortRunPace(RaceContext c, boolean fallbackAllowed) {
        int n = c.size();
        double[] t = bestTimes(c, c.weekend.sprintQualifying());
        if (allMissing(t) && fallbackAllowed) {
            t = bestTimes(c, c.weekend.qualifying());
        }
        int count = 0;
        for (double v : t) {
            count += v > 0 ? 1 : 0;
        }
        double[] subset = new double[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (t[i] > 0) {
                subset[k++] = t[i];
            }
        }
        double[] scored = invert(subset);
        double[] out = new double[n];
        for (int i = 0, k = 0; i < n; i++) {
            out[i] = t[i] > 0 ? scored[k++] : 0.5;
        }
        return out;
    }

    /**
     * Exact median of the union of sorted arrays (nulls are skipped), found by walking the arrays in merge order
     * up to the middle: no copy, no sort.
     */
    static OptionalDouble pooledMedian(int[][] sorted) {
        int total = 0;
        for (int[] a : sorted) {
            total += a == null ? 0 : a.length;
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        int[] pos = new int[sorted.length];
        int lowerIndex = (total - 1) / 2;
        int upperIndex = total / 2;
        double lower = 0;
        for (int k = 0; k <= upperIndex; k++) {
            int best = -1;
            for (int a = 0; a < sorted.length; a++) {
                if (sorted[a] != null && pos[a] < sorted[a].length
                        && (best < 0 || sorted[a][pos[a]] < sorted[best][pos[best]])) {
                    best = a;
                }
            }
            int value = sorted[best][pos[best]++];
            if (k == lowerIndex) {
                lower = value;
            }
            if (k == upperIndex) {
                return OptionalDouble.of((lower + value) / 2.0);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static double[] bestTimes(RaceContext c, List<QualifyingResult> rows) {
        Map<DriverId, Integer> best = new HashMap<>();
        rows.forEach(q -> {
            if (q.bestTimeMs() != null) {
                best.put(q.driver(), q.bestTimeMs());
            }
        });
        double[] t = new double[c.size()];
        for (int i = 0; i < t.length; i++) {
            Integer v = best.get(c.pool.get(i).driver());
            t[i] = v == null ? 0 : v;
        }
        return t;
    }

    private static boolean allMissing(double[] t) {
        for (double v : t) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }

    /** Fills unknown times with worst x factor, then inverts; 0.5 for all when nothing is known. */
    private static double[] invertFilled(double[] times, boolean[] known, double factor) {
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < times.length; i++) {
            if (known[i]) {
                worst = Math.max(worst, times[i]);
            }
        }
        if (worst == Double.NEGATIVE_INFINITY) {
            double[] out = new double[times.length];
            Arrays.fill(out, 0.5);
            return out;
        }
        double[] filled = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            filled[i] = known[i] ? times[i] : worst * factor;
        }
        return invert(filled);
    }

    /** {@code max - v} then min-max (lower raw value = better score). */
    static double[] invert(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double[] inv = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            inv[i] = max - values[i];
        }
        return ModelMath.minmax(inv);
    }
}
