package org.f1pipeline.testkit.synthetic;

/**
 * Tiny SplitMix64 generator. Written out here (instead of {@link java.util.Random} or
 * {@link java.util.SplittableRandom}) so that the synthetic history is bit-for-bit identical on every JDK:
 * tests compare bytes served twice and expected values computed by other engineers.
 */
final class Rng {
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A generator for a named stream, e.g. {@code Rng.of(2024, 5, "race")}. */
    static Rng of(Object... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (Object p : parts) {
            String s = String.valueOf(p);
            for (int i = 0; i < s.length(); i++) {
                h = mix(h ^ s.charAt(i));
            }
            h = mix(h ^ 0x5F);
        }
        return new Rng(h);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** Uniform in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Roughly normal (sum of uniforms), mean 0, standard deviation 1. */
    double gaussian() {
        double s = 0;
        for (int i = 0; i < 6; i++) {
            s += nextDouble();
        }
        return (s - 3.0) * Math.sqrt(2.0);
    }
}
