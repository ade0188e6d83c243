package org.f1pipeline.model.internal;

import java.util.Arrays;

/**
 * Penalised maximum likelihood of a conditional (multinomial) logit: for every race, the winner among its starters,
 * {@code P(i wins) = exp(b.x_i) / sum_j exp(b.x_j)}. The objective is the weighted log-likelihood of the winners
 * minus a ridge penalty {@code lambda/2 sum_k (s_k (b_k - m_k))^2} around prior coefficients {@code m}, where
 * {@code s_k} is the spread of input k over the training rows: the penalty acts on standardised inputs, so one
 * {@code lambda} fits inputs of any scale. Newton's method with a step-halving line search; the objective is
 * concave, so a few steps from a warm start (the previous season's coefficients) converge. Deterministic: the same
 * data in the same order gives the same bits. Not thread-safe (one instance per fit).
 */
public final class ConditionalLogit {

    /**
     * Converged when no coefficient moves by more than this in a Newton step; the error left is then of order
     * 1e-12 (quadratic convergence), far below the 4 decimals the fits are rounded to.
     */
    static final double TOLERANCE = 1e-6;
    /** An upper bound; a warm start needs 2-4 steps, a cold one 5-8. */
    static final int MAX_STEPS = 50;

    private final TrainingSet data;
    private final int k;

    /** The result of a fit: coefficients, the number of Newton steps and the penalised log-likelihood. */
    public record Fit(double[] coefficients, int steps, double objective) {
    }

    public ConditionalLogit(TrainingSet data) {
        this.data = data;
        this.k = data.inputs();
    }

    /**
     * Maximises the penalised weighted log-likelihood.
     *
     * @param prior  the penalty's centre, also the answer when there is no data
     * @param start  the starting point (e.g. last season's fit), or null for the prior
     * @param lambda the penalty strength on standardised inputs (> 0 keeps the problem strictly concave)
     */
    public Fit fit(double[] prior, double[] start, double lambda) {
        double[] scale2 = data.spreadSquared();
        double[] b = start == null ? prior.clone() : start.clone();
        double[] grad = new double[k];
        double[][] hess = new double[k][k];
        double f = evaluate(b, prior, lambda, scale2, grad, hess);
        double[] nextGrad = new double[k];
        double[][] nextHess = new double[k][k];
        int steps = 0;
        while (steps < MAX_STEPS) {
            steps++;
            double[] delta = solve(hess, grad); // H d = g with H the negated Hessian (positive definite)
            double t = 1.0;
            double[] next = new double[k];
            double fNext;
            while (true) {
                for (int i = 0; i < k; i++) {
                    next[i] = b[i] + t * delta[i];
                }
                // The derivatives are computed with the objective: a full step is almost always accepted.
                fNext = evaluate(next, prior, lambda, scale2, nextGrad, nextHess);
                if (fNext >= f - 1e-12 || t < 1e-6) {
                    break;
                }
                t /= 2;
            }
            double move = 0;
            for (int i = 0; i < k; i++) {
                move = Math.max(move, Math.abs(next[i] - b[i]));
            }
            b = next;
            f = fNext;
            double[] g = grad;
            grad = nextGrad;
            nextGrad = g;
            double[][] h = hess;
            hess = nextHess;
            nextHess = h;
            // Newton converges quadratically: after a step of size m the error left is of order m^2.
            if (move < TOLERANCE) {
                break;
            }
        }
        return new Fit(b, steps, f);
    }

    /**
     * The penalised objective at {@code b}; fills the gradient and the negated Hessian when they are non-null.
     */
    double evaluate(double[] b, double[] prior, double lambda, double[] scale2, double[] grad, double[][] hess) {
        double f = 0;
        if (grad != null) {
            Arrays.fill(grad, 0);
            for (double[] row : hess) {
                Arrays.fill(row, 0);
            }
        }
        double[] x = data.values();
        double[] mean = new double[k];
        double[] u = new double[data.maxRaceSize()];
        for (int r = 0; r < data.races(); r++) {
            int from = data.raceStart(r);
            int to = data.raceStart(r + 1);
            double w = data.weight(r);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double s = 0;
                int off = i * k;
                for (int j = 0; j < k; j++) {
                    s += b[j] * x[off + j];
                }
                u[i - from] = s;
                max = Math.max(max, s);
            }
            double z = 0;
            for (int i = from; i < to; i++) {
                u[i - from] = Math.exp(u[i - from] - max);
                z += u[i - from];
            }
            int winner = data.winner(r);
            double uWinner = 0;
            int offW = winner * k;
            for (int j = 0; j < k; j++) {
                uWinner += b[j] * x[offW + j];
            }
            f += w * (uWinner - max - Math.log(z));
            if (grad == null) {
                continue;
            }
            Arrays.fill(mean, 0);
            for (int i = from; i < to; i++) {
                double p = u[i - from] / z;
                int off = i * k;
                for (int j = 0; j < k; j++) {
                    double pxj = p * x[off + j];
                    mean[j] += pxj;
                    for (int l = 0; l <= j; l++) {
                        hess[j][l] += w * pxj * x[off + l];
                    }
                }
            }
            for (int j = 0; j < k; j++) {
                grad[j] += w * (x[offW + j] - mean[j]);
                for (int l = 0; l <= j; l++) {
                    hess[j][l] -= w * mean[j] * mean[l];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            double d = b[j] - prior[j];
            f -= 0.5 * lambda * scale2[j] * d * d;
            if (grad != null) {
                grad[j] -= lambda * scale2[j] * d;
                hess[j][j] += lambda * scale2[j];
            }
        }
        if (hess != null) {
            for (int j = 0; j < k; j++) {
                for (int l = j + 1; l < k; l++) {
                    hess[j][l] = hess[l][j];
                }
            }
        }
        return f;
    }

    /** Solves {@code a x = g} for a symmetric positive-definite {@code a} by Cholesky decomposition. */
    static double[] solve(double[][] a, double[] g) {
        int n = g.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 1e-12));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = g[i];
            for (int m = 0; m < i; m++) {
                s -= l[i][m] * y[m];
            }
            y[i] = s / l[i][i];
        }
        double[] out = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int m = i + 1; m < n; m++) {
                s -= l[m][i] * out[m];
            }
            out[i] = s / l[i][i];
        }
        return out;
    }
}
