package org.f1pipeline.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The numeric helpers of the model, with the seed's semantics (its {@code math_utils} plus the medians and the
 * regression slope its SQL and numpy code use). Pure static functions; thread-safe; no method accepts null arrays.
 */
public final class ModelMath {

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private ModelMath() {
    }

    /**
     * Min-max normalisation: {@code (v - min) / (max - min)}, or {@code fallback} for every entry when all values
     * are equal (the seed's {@code normalize_minmax(values, default=0.5)}). An empty input gives an empty output.
     */
    public static double[] minmax(double[] values, double fallback) {
        double[] out = new double[values.length];
        if (values.length == 0) {
            return out;
        }
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (int i = 0; i < values.length; i++) {
            out[i] = max == min ? fallback : (values[i] - min) / (max - min);
        }
        return out;
    }

    /** {@link #minmax(double[], double)} with the seed's default of 0.5. */
    public static double[] minmax(double[] values) {
        return minmax(values, 0.5);
    }

    /**
     * Min-max normalisation that keeps the raw values when they are all equal, as the seed does for the
     * reliability and teammate-delta features.
     */
    public static double[] minmaxOrRaw(double[] values) {
        return allEqual(values) ? values.clone() : minmax(values);
    }

    /** Clamps to [0, 1]. */
    public static double clamp(double value) {
        return clamp(value, 0.0, 1.0);
    }

    /** Clamps to [lo, hi]. */
    public static double clamp(double value, double lo, double hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    /** The seed's Bayesian win rate {@code (wins + 0.5) / (races + 2)}: 0.25 with no races. */
    public static double bayesianWinRate(int wins, int races) {
        if (wins < 0 || races < 0) {
            throw new IllegalArgumentException("wins and races must be >= 0, were " + wins + " and " + races);
        }
        return (wins + 0.5) / (races + 2.0);
    }

    /**
     * Numerically stable softmax of {@code scores / temperature}: the maximum is subtracted before exponentiating,
     * so large scores or tiny temperatures never overflow. The result sums to 1 within 1e-9.
     *
     * @throws IllegalArgumentException for an empty input, a non-finite score, or a temperature that is not a
     *                                  finite number above 0
     */
    public static double[] softmax(double[] scores, double temperature) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one score, got none");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("softmax temperature must be a finite number > 0, was " + temperature);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("softmax score [" + i + "] must be finite, was " + scores[i]);
            }
            max = Math.max(max, scores[i]);
        }
        double[] out = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            out[i] = Math.exp((scores[i] - max) / temperature);
            sum += out[i];
        }
        // sum >= 1 because the maximum contributes exp(0) = 1, so the division is always safe.
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /**
     * Least-squares slope of {@code y} against {@code x} (numpy {@code polyfit(x, y, 1)[0]}), computed on centred
     * values for precision. Empty when there are fewer than two points or {@code x} has no spread.
     */
    public static OptionalDouble slope(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("slope needs as many x as y values, got " + x.length + " and "
                    + y.length);
        }
        int n = x.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? OptionalDouble.empty() : OptionalDouble.of(sxy / sxx);
    }

    /** Exact median (average of the two middle values for an even count), like SQL {@code percentile_cont(0.5)}. */
    public static double median(double[] values) {
        requireValues(values.length, "median");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /**
     * Median of integer milliseconds as the seed stores it: for an even count the average of the two middle
     * values, floored.
     */
    public static int medianFloor(int[] values) {
        requireValues(values.length, "median");
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (int) Math.floorDiv((long) sorted[mid - 1] + sorted[mid], 2L);
    }

    /**
     * Rounds to {@code places} decimals (0 to 9) like Python's {@code round()}, which the seed applies before
     * storing: correctly rounded on the exact binary value, exact ties to even. So 0.53235 (stored as
     * 0.53234999...) gives 0.5323, as the seed's test vectors expect. Deterministic, so every storage sees the
     * same numbers.
     */
    public static double round(double value, int places) {
        if (places < 0 || places > 9) {
            throw new IllegalArgumentException("places must be between 0 and 9, was " + places);
        }
        if (!Double.isFinite(value)) {
            return value;
        }
        double scale = POWERS[places];
        double scaled = value * scale;
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        double r;
        if (Math.abs(frac - 0.5) > 1e-6 && Math.abs(scaled) < 1e15) {
            // Far from a tie: the one rounding error of the multiplication cannot change the outcome.
            r = (frac < 0.5 ? floor : floor + 1) / scale;
        } else {
            r = new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
        }
        return r == 0.0 ? 0.0 : r; // no negative zero in stored values
    }

    /** Whether every value equals the first (true for an empty array). */
    public static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static void requireValues(int length, String what) {
        if (length == 0) {
            throw new IllegalArgumentException(what + " needs at least one value, got none");
        }
    }
}
