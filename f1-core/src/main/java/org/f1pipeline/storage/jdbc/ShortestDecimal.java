package org.f1pipeline.storage.jdbc;

/**
 * The shortest decimal that reads back to a double between 10^-11 and 10^7, written as {@code Double.toString} has
 * specified it since Java 19: the fewest significant digits, and of those the decimal nearest the double (the even
 * last digit on a tie); plain from 0.001, {@code 2.5E-5} below. Java 17's own {@code Double.toString} writes the same
 * but for a digit too many at some powers of two, and slowly. Why (decision D102): the model's probabilities and
 * contributions are full-precision doubles, about 150,000 in a full recompute, many of them small; Java 17 takes its
 * big-integer path for most, three times the time of this one with a cold JVM's compiler (C1: 130 against 270-370 ns
 * a number).
 *
 * <p>Exact, with no floating-point step in the result: a positive double is {@code c·2^q} with a 53-bit {@code c}, and
 * the decimals that read back to it are those strictly inside (or, for an even {@code c}, on) the bounds halfway to
 * its neighbours, {@code (4c ± 2)·2^(q-2)} (at a power of two the lower neighbour is half as far: {@code 4c - 1}).
 * With {@code s} decimals, a bound times {@code 10^s} is {@code (4c ± 2)·5^s / 2^(2-q-s)}: a 128-bit product of two
 * longs ({@code s <= 27}) shifted right. The fewest decimals {@code s} with an integer between the scaled bounds give
 * the shortest decimal (with 17 significant digits there always is one); at that {@code s} the candidates differ only
 * in the last digit, and the one nearest {@code 4c·5^s / 2^(2-q-s)} is chosen. Stateless.
 */
final class ShortestDecimal {

    /** Smallest magnitude handled: 17 significant digits of it need at most {@value #MAX_DECIMALS} decimals. */
    static final double MIN = 1e-11;
    /** Plain notation from here up (as {@code Double.toString}); below it, computerized scientific notation. */
    private static final double PLAIN = 1e-3;
    private static final int MAX_DECIMALS = 27;
    /** 10^0 .. 10^18, for the digits of a result (at most 18 of them). */
    private static final long[] POW10 = new long[19];
    /** 5^0 .. 5^27 (5^27 is below 2^63): {@code 10^s = 5^s·2^s}, and the 2^s joins the divisor's power of two. */
    private static final long[] POW5 = new long[MAX_DECIMALS + 1];
    private static final double[] DOUBLE_POW10 = new double[MAX_DECIMALS + 1];

    static {
        for (int i = 0; i <= MAX_DECIMALS; i++) {
            if (i < POW10.length) {
                POW10[i] = i == 0 ? 1 : POW10[i - 1] * 10;
            }
            POW5[i] = i == 0 ? 1 : POW5[i - 1] * 5;
            DOUBLE_POW10[i] = Math.pow(10, i);
        }
    }

    private ShortestDecimal() {
    }

    /**
     * Appends the shortest decimal of {@code v} as {@code Double.toString} writes it, in plain notation from 0.001
     * ({@code 0.30000000000000004}, {@code -2.5}) and in computerized scientific notation below
     * ({@code 2.0713E-5}), when {@code 10^-11 <= |v| < 10^7}, and returns true; otherwise appends nothing and
     * returns false.
     */
    static boolean append(StringBuilder out, double v) {
        double a = Math.abs(v);
        if (!(a >= MIN && a < 1e7)) {
            return false; // also NaN
        }
        long bits = Double.doubleToRawLongBits(a);
        long c = (bits & ((1L << 52) - 1)) | (1L << 52); // normal: every double of this range is
        int shift = 1075 - (int) (bits >>> 52) + 2; // a = 4c / 2^shift; 31 <= shift <= 91 here
        long mid = c << 2;
        long upper = mid + 2;
        long lower = c == 1L << 52 ? mid - 1 : mid - 2;
        boolean inclusive = (c & 1) == 0; // reading a decimal on a bound rounds to the even significand
        // The most decimals needed: 17 significant digits, below 10^18 as the scaled value.
        int s = MAX_DECIMALS;
        while (a * DOUBLE_POW10[s] >= 1e18) {
            s--;
        }
        while (s > 0 && low(lower, shift, s - 1, inclusive) <= high(upper, shift, s - 1, inclusive)) {
            s--;
        }
        long d = nearest(mid, shift, s);
        long max = high(upper, shift, s, inclusive);
        long min = low(lower, shift, s, inclusive);
        if (d > max) {
            d = max;
        } else if (d < min) {
            d = min;
        }
        // d does not end in 0 when s > 0: d / 10 would then lie between the bounds at s - 1.
        if (v < 0) {
            out.append('-');
        }
        if (a >= PLAIN) {
            boolean wholeFraction = s >= POW10.length; // d < 10^18 <= 10^s: no integer digits
            long fraction = s == 0 ? 0 : wholeFraction ? d : d % POW10[s];
            out.append(s == 0 ? d : wholeFraction ? 0 : d / POW10[s]).append('.');
            if (s == 0) {
                out.append('0');
            } else {
                zeros(out, s - digits(fraction)).append(fraction);
            }
        } else {
            int n = digits(d); // d·10^-s = first digit, point, the others, times 10^(n - 1 - s)
            long rest = d % POW10[n - 1];
            out.append(d / POW10[n - 1]).append('.');
            if (n == 1) {
                out.append('0');
            } else {
                zeros(out, n - 1 - digits(rest)).append(rest);
            }
            out.append('E').append(n - 1 - s);
        }
        return true;
    }

    /** The smallest integer at or above {@code x·10^s / 2^shift}, or above it when the bound is excluded. */
    private static long low(long x, int shift, int s, boolean inclusive) {
        long p = POW5[s];
        long hi = Math.multiplyHigh(x, p);
        long lo = x * p;
        int k = shift - s; // x·10^s / 2^shift = x·5^s / 2^k
        long q = quotient(hi, lo, k);
        return remainderIsZero(hi, lo, k) && inclusive ? q : q + 1;
    }

    /** The largest integer at or below {@code x·10^s / 2^shift}, or below it when the bound is excluded. */
    private static long high(long x, int shift, int s, boolean inclusive) {
        long p = POW5[s];
        long hi = Math.multiplyHigh(x, p);
        long lo = x * p;
        int k = shift - s;
        long q = quotient(hi, lo, k);
        return remainderIsZero(hi, lo, k) && !inclusive ? q - 1 : q;
    }

    /** The integer nearest {@code x·10^s / 2^shift}, the even one on a tie. */
    private static long nearest(long x, int shift, int s) {
        long p = POW5[s];
        long hi = Math.multiplyHigh(x, p);
        long lo = x * p;
        int k = shift - s;
        long q = quotient(hi, lo, k);
        int vsHalf;
        if (k <= 64) {
            vsHalf = Long.compareUnsigned(k == 64 ? lo : lo & ((1L << k) - 1), 1L << (k - 1));
        } else {
            vsHalf = Long.compare(hi & ((1L << (k - 64)) - 1), 1L << (k - 65));
            if (vsHalf == 0 && lo != 0) {
                vsHalf = 1;
            }
        }
        return vsHalf > 0 || vsHalf == 0 && (q & 1) == 1 ? q + 1 : q;
    }

    /** {@code (hi·2^64 + lo) >> k} for {@code 1 <= k <= 127}, where the result fits a long. */
    private static long quotient(long hi, long lo, int k) {
        return k < 64 ? hi << (64 - k) | lo >>> k : hi >>> (k - 64);
    }

    /** Whether the low {@code k} bits of {@code hi·2^64 + lo} are all zero, {@code 1 <= k <= 127}. */
    private static boolean remainderIsZero(long hi, long lo, int k) {
        if (k <= 64) {
            return (k == 64 ? lo : lo & ((1L << k) - 1)) == 0;
        }
        return lo == 0 && (hi & ((1L << (k - 64)) - 1)) == 0;
    }

    private static StringBuilder zeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
        return out;
    }

    private static int digits(long n) {
        int d = 1;
        while (d < POW10.length && n >= POW10[d]) {
            d++;
        }
        return d;
    }
}
