package org.f1pipeline.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConditionalLogitTest {

    /** Races of two starters, input 1 for the first and 0 for the second; the first wins {@code wins} of them. */
    private static TrainingSet duels(int races, int wins) {
        double[] values = new double[races * 2];
        int[] start = new int[races + 1];
        int[] winner = new int[races];
        double[] weight = new double[races];
        for (int r = 0; r < races; r++) {
            values[2 * r] = 1.0;
            start[r] = 2 * r;
            winner[r] = r < wins ? 2 * r : 2 * r + 1;
            weight[r] = 1.0;
        }
        start[races] = 2 * races;
        return new TrainingSet(1, values, start, winner, weight);
    }

    @Test
    @DisplayName("two starters, one binary input: the coefficient is the log-odds of the wins")
    void logOdds() {
        ConditionalLogit.Fit fit = new ConditionalLogit(duels(40, 30)).fit(new double[] {0}, null, 1e-9);
        assertThat(fit.coefficients()[0]).isCloseTo(Math.log(30.0 / 10.0), within(1e-6));
        assertThat(fit.steps()).isBetween(2, 10);
    }

    @Test
    @DisplayName("the penalty pulls towards the prior: with no data the prior, with strong penalty nearly the prior")
    void penalty() {
        TrainingSet none = new TrainingSet(1, new double[0], new int[] {0}, new int[0], new double[0]);
        assertThat(new ConditionalLogit(none).fit(new double[] {0.7}, null, 1.0).coefficients()[0]).isEqualTo(0.7);
        // Input spread: one 1 and one 0 per race, variance 0.25. Optimum of n ln-lik + penalty: the score equation
        // 30 - 40 p(b) = lambda x 0.25 x (b - prior) with p(b) = e^b / (1 + e^b).
        double lambda = 100;
        double b = new ConditionalLogit(duels(40, 30)).fit(new double[] {0}, null, lambda).coefficients()[0];
        double p = Math.exp(b) / (1 + Math.exp(b));
        assertThat(30 - 40 * p).isCloseTo(lambda * 0.25 * b, within(1e-9));
        assertThat(b).isBetween(0.0, Math.log(3.0));
    }

    @Test
    @DisplayName("race weights count races: weight 2 on a race is the same as the race twice")
    void weights() {
        double[] values = {1, 0, 1, 0};
        TrainingSet weighted = new TrainingSet(1, values, new int[] {0, 2, 4}, new int[] {0, 3},
                new double[] {2, 1});
        TrainingSet repeated = new TrainingSet(1, new double[] {1, 0, 1, 0, 1, 0}, new int[] {0, 2, 4, 6},
                new int[] {0, 2, 5}, new double[] {1, 1, 1});
        double a = new ConditionalLogit(weighted).fit(new double[] {0}, null, 1e-9).coefficients()[0];
        double b = new ConditionalLogit(repeated).fit(new double[] {0}, null, 1e-9).coefficients()[0];
        assertThat(a).isCloseTo(Math.log(2), within(1e-6)).isCloseTo(b, within(1e-9));
    }

    @Test
    @DisplayName("a warm start reaches the optimum of a cold start to 1e-9, in fewer or as many steps")
    void warmStart() {
        TrainingSet set = random(7, 300, 3);
        double[] prior = {0, 0, 0};
        ConditionalLogit.Fit cold = new ConditionalLogit(set).fit(prior, null, 1.0);
        double[] near = cold.coefficients().clone();
        for (int i = 0; i < near.length; i++) {
            near[i] += 0.1;
        }
        ConditionalLogit.Fit warm = new ConditionalLogit(set).fit(prior, near, 1.0);
        for (int i = 0; i < 3; i++) {
            assertThat(warm.coefficients()[i]).isCloseTo(cold.coefficients()[i], within(1e-9));
        }
        assertThat(warm.steps()).isLessThanOrEqualTo(cold.steps());
        // Recovers the simulated coefficients (1.5, -1.0, 0.5) roughly from 300 races.
        assertThat(cold.coefficients()[0]).isCloseTo(1.5, within(0.4));
        assertThat(cold.coefficients()[1]).isCloseTo(-1.0, within(0.4));
        assertThat(cold.coefficients()[2]).isCloseTo(0.5, within(0.4));
    }

    @Test
    @DisplayName("the penalty acts on standardised inputs: scaling an input by 10 scales its coefficient by 1/10")
    void scaleInvariance() {
        TrainingSet set = random(11, 120, 3);
        TrainingSet scaled = scale(set, 1, 10.0);
        double[] b = new ConditionalLogit(set).fit(new double[3], null, 5.0).coefficients();
        double[] c = new ConditionalLogit(scaled).fit(new double[3], null, 5.0).coefficients();
        assertThat(c[0]).isCloseTo(b[0], within(1e-8));
        assertThat(c[1] * 10).isCloseTo(b[1], within(1e-8));
        assertThat(c[2]).isCloseTo(b[2], within(1e-8));
    }

    @Test
    @DisplayName("the Cholesky solve inverts a symmetric positive-definite system")
    void solve() {
        double[][] a = {{4, 2, 0.5}, {2, 3, 0.25}, {0.5, 0.25, 2}};
        double[] x = ConditionalLogit.solve(a, new double[] {1, 2, 3});
        for (int i = 0; i < 3; i++) {
            double row = 0;
            for (int j = 0; j < 3; j++) {
                row += a[i][j] * x[j];
            }
            assertThat(row).isCloseTo(i + 1.0, within(1e-12));
        }
    }

    /** Races of 4-12 starters, inputs N(0,1), winners drawn from the logit with coefficients (1.5, -1, 0.5). */
    static TrainingSet random(long seed, int races, int k) {
        Random rnd = new Random(seed);
        double[] beta = {1.5, -1.0, 0.5};
        List<Double> values = new ArrayList<>();
        int[] start = new int[races + 1];
        int[] winner = new int[races];
        double[] weight = new double[races];
        int row = 0;
        for (int r = 0; r < races; r++) {
            int n = 4 + rnd.nextInt(9);
            start[r] = row;
            double[] u = new double[n];
            double z = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    double x = rnd.nextGaussian();
                    values.add(x);
                    u[i] += beta[j] * x;
                }
                u[i] = Math.exp(u[i]);
                z += u[i];
            }
            double pick = rnd.nextDouble() * z;
            int w = 0;
            while (w < n - 1 && pick > u[w]) {
                pick -= u[w];
                w++;
            }
            winner[r] = row + w;
            weight[r] = 1.0;
            row += n;
        }
        start[races] = row;
        return new TrainingSet(k, values.stream().mapToDouble(Double::doubleValue).toArray(), start, winner, weight);
    }

    private static TrainingSet scale(TrainingSet set, int column, double factor) {
        double[] v = set.values().clone();
        for (int i = column; i < v.length; i += set.inputs()) {
            v[i] *= factor;
        }
        int[] start = new int[set.races() + 1];
        int[] winner = new int[set.races()];
        double[] weight = new double[set.races()];
        for (int r = 0; r < set.races(); r++) {
            start[r] = set.raceStart(r);
            winner[r] = set.winner(r);
            weight[r] = set.weight(r);
        }
        start[set.races()] = set.raceStart(set.races());
        return new TrainingSet(set.inputs(), v, start, winner, weight);
    }
}
