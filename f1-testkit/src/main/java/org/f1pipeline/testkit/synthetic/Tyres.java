package org.f1pipeline.testkit.synthetic;

/** Tyre behaviour shared by the simulators: pace offset and degradation per lap of age. */
final class Tyres {
    private Tyres() {
    }

    static double offsetMs(String compound) {
        switch (compound) {
            case "SOFT": return -600;
            case "MEDIUM": return -250;
            case "INTERMEDIATE": return 0;
            case "WET": return 1800;
            default: return 0;
        }
    }

    static double degMsPerLap(String compound) {
        switch (compound) {
            case "SOFT": return 95;
            case "MEDIUM": return 60;
            case "INTERMEDIATE": return 70;
            case "WET": return 55;
            default: return 40;
        }
    }

    /** Splits a lap into three sectors that add up exactly, with per-circuit proportions. */
    static long[] sectors(SynthCircuit c, long lapMs, Rng rng) {
        int h = c.circuitId().hashCode();
        double f1 = 0.29 + Math.floorMod(h, 50) / 1000.0;
        double f2 = 0.36 + Math.floorMod(h / 50, 50) / 1000.0;
        long s1 = Math.round(lapMs * (f1 + (rng.nextDouble() - 0.5) * 0.004));
        long s2 = Math.round(lapMs * (f2 + (rng.nextDouble() - 0.5) * 0.004));
        return new long[] {s1, s2, lapMs - s1 - s2};
    }

    /** Speed-trap readings (I1, I2, ST) for a lap; slower behind the safety car. */
    static int[] speeds(SynthCircuit c, Rng rng, boolean slow) {
        int h = c.circuitId().hashCode();
        int i1 = 240 + Math.floorMod(h, 60);
        int i2 = 230 + Math.floorMod(h / 60, 60);
        int st = 285 + Math.floorMod(h / 3600, 40);
        double f = slow ? 0.62 : 1.0;
        return new int[] {(int) ((i1 + rng.between(-6, 6)) * f), (int) ((i2 + rng.between(-6, 6)) * f),
            (int) ((st + rng.between(-5, 5)) * f)};
    }
}
