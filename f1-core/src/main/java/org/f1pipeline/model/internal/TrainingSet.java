package org.f1pipeline.model.internal;

/**
 * The data of one fit: races with their starters' input rows (row-major, {@code inputs()} values per row), the
 * winner's row and a weight per race. Built by {@link TrainingData#view}; immutable once built.
 */
public final class TrainingSet {

    private final int inputs;
    private final double[] values;
    private final int[] raceStart;
    private final int[] winner;
    private final double[] weight;
    private final int maxRaceSize;
    private final double[] spreadSquared;

    TrainingSet(int inputs, double[] values, int[] raceStart, int[] winner, double[] weight) {
        this.inputs = inputs;
        this.values = values;
        this.raceStart = raceStart;
        this.winner = winner;
        this.weight = weight;
        int max = 1;
        for (int r = 0; r + 1 < raceStart.length; r++) {
            max = Math.max(max, raceStart[r + 1] - raceStart[r]);
        }
        this.maxRaceSize = max;
        this.spreadSquared = spread();
    }

    /** Weighted variance of each input over all rows (1 when an input is constant or there are no rows). */
    private double[] spread() {
        double[] sum = new double[inputs];
        double[] sq = new double[inputs];
        double total = 0;
        for (int r = 0; r < races(); r++) {
            double w = weight[r];
            for (int i = raceStart[r]; i < raceStart[r + 1]; i++) {
                total += w;
                for (int j = 0; j < inputs; j++) {
                    double v = values[i * inputs + j];
                    sum[j] += w * v;
                    sq[j] += w * v * v;
                }
            }
        }
        double[] out = new double[inputs];
        for (int j = 0; j < inputs; j++) {
            double var = total == 0 ? 0 : sq[j] / total - (sum[j] / total) * (sum[j] / total);
            out[j] = var > 1e-12 ? var : 1.0;
        }
        return out;
    }

    public int inputs() {
        return inputs;
    }

    public int races() {
        return raceStart.length - 1;
    }

    double[] values() {
        return values;
    }

    int raceStart(int race) {
        return raceStart[race];
    }

    /** The winner's absolute row index. */
    int winner(int race) {
        return winner[race];
    }

    double weight(int race) {
        return weight[race];
    }

    int maxRaceSize() {
        return maxRaceSize;
    }

    double[] spreadSquared() {
        return spreadSquared;
    }
}
