package org.f1pipeline.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ShortestDecimal")
class ShortestDecimalTest {

    @Nested
    @DisplayName("between 10^-11 and 10,000,000")
    class InRange {

        @Test
        @DisplayName("writes the fewest significant digits, and of those the decimal nearest the double")
        void writesTheShortestNearestDecimal() {
            SplittableRandom random = new SplittableRandom(102);
            for (int n = 0; n < 60_000; n++) {
                double v = sample(random, n);
                assertThat(ours(v)).as("%s", v).isEqualTo(reference(v));
            }
        }

        @Test
        @DisplayName("writes what Double.toString writes, and the text reads back to the same double")
        void writesWhatDoubleToStringWrites() {
            SplittableRandom random = new SplittableRandom(7);
            for (int n = 0; n < 300_000; n++) {
                double v = sample(random, n);
                String text = ours(v);
                assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
                assertThat(text).as("%s", v).isEqualTo(Double.toString(v));
            }
        }

        @Test
        @DisplayName("is exact at powers of two, where the lower neighbour is half as far, and next to powers of ten")
        void handlesTheEdges() {
            List<Double> edges = new ArrayList<>();
            for (int e = -36; e <= 23; e++) {
                double p = Math.scalb(1.0, e);
                edges.addAll(List.of(Math.nextDown(Math.nextDown(p)), Math.nextDown(p), p, Math.nextUp(p)));
            }
            for (int e = -11; e <= 7; e++) {
                double x = Math.pow(10, e);
                for (int k = 0; k < 20; k++) {
                    edges.add(x);
                    edges.add(Math.nextUp(x));
                    x = Math.nextDown(x);
                }
            }
            for (double v : edges) {
                if (Math.abs(v) >= ShortestDecimal.MIN && Math.abs(v) < 1e7) {
                    assertThat(ours(v)).as("%s", v).isEqualTo(reference(v));
                    assertThat(ours(-v)).isEqualTo("-" + ours(v));
                }
            }
            // Java 17's Double.toString writes a digit too many for some powers of two (fixed in Java 19).
            assertThat(List.of(ours(Math.scalb(1.0, -31)), ours(Math.scalb(1.0, -24))))
                    .containsExactly("4.656612873077393E-10", "5.960464477539063E-8");
            assertThat(List.of(ours(0.1 + 0.2), ours(1.0 / 3), ours(Math.nextDown(1e7)), ours(Math.nextUp(1e-3)),
                    ours(1e-3), ours(Math.nextDown(1e-3)), ours(Math.nextDown(1.0)), ours(-2718.2818284590453),
                    ours(4096.0), ours(2.5e-5), ours(-1e-11), ours(0.012345678901234568)))
                    .containsExactly("0.30000000000000004", "0.3333333333333333", "9999999.999999998",
                            "0.0010000000000000002", "0.001", "9.999999999999998E-4", "0.9999999999999999",
                            "-2718.2818284590453", "4096.0", "2.5E-5", "-1.0E-11", "0.012345678901234568");
        }
    }

    @Test
    @DisplayName("leaves everything outside the range, zero and the non-finite to Double.toString")
    void declinesOutsideTheRange() {
        for (double v : new double[] {0.0, -0.0, Math.nextDown(1e-11), 1e7, -1e7, 1e21, 4.9e-324, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            StringBuilder out = new StringBuilder("x");
            assertThat(ShortestDecimal.append(out, v)).as("%s", v).isFalse();
            assertThat(out).hasToString("x");
        }
    }

    private static double sample(SplittableRandom random, int n) {
        return switch (n % 4) {
            case 0 -> random.nextDouble(); // a probability
            case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(19) - 11) * (random.nextBoolean() ? 1 : -1);
            case 2 -> random.nextGaussian() * random.nextGaussian(); // a contribution
            default -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(12)) + 1e-3;
        };
    }

    private static String ours(double v) {
        StringBuilder out = new StringBuilder();
        if (!ShortestDecimal.append(out, v)) {
            out.append(Double.toString(v)); // outside the range: compared as JsonColumns writes it
        }
        return out.toString();
    }

    /**
     * The rule as specified, by exact arithmetic: the double rounded (half-even) to 1, 2, ... significant digits,
     * the first that reads back; in plain notation with at least one decimal from 0.001, below it as
     * {@code d.dddE-n}.
     */
    private static String reference(double v) {
        if (Math.abs(v) < ShortestDecimal.MIN || Math.abs(v) >= 1e7) {
            return Double.toString(v);
        }
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits <= 17; digits++) {
            // The two decimals of this length around the double; of those that read back, the nearer (even on a
            // tie). Not simply the nearest: at a power of two the nearest may lie below the closer lower bound.
            BigDecimal below = exact.round(new MathContext(digits, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(digits, RoundingMode.CEILING));
            boolean belowReads = below.doubleValue() == v;
            boolean aboveReads = above.doubleValue() == v;
            if (belowReads || aboveReads) {
                BigDecimal d = !aboveReads ? below : !belowReads ? above
                        : exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
                d = d.stripTrailingZeros();
                if (Math.abs(v) >= 1e-3) {
                    return d.setScale(Math.max(d.scale(), 1)).toPlainString();
                }
                String unscaled = d.unscaledValue().abs().toString();
                return (v < 0 ? "-" : "") + unscaled.charAt(0) + "." + (unscaled.length() == 1 ? "0"
                        : unscaled.substring(1)) + "E" + (unscaled.length() - 1 - d.scale());
            }
        }
        throw new AssertionError("no decimal of 17 digits reads back to " + v);
    }
}
