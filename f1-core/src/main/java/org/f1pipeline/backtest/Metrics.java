package org.f1pipeline.backtest;

/**
 * The scores of one model over a set of races. Ties in a model's probabilities are scored as a random tie-break
 * would be on average (a uniform forecast's top-1 rate is 1/N, not 1).
 *
 * @param events         races scored
 * @param logLoss        mean of -ln(probability given to the actual winner); lower is better
 * @param brier          mean over races of the sum over drivers of (probability - outcome)^2; lower is better
 * @param top1           share of races whose winner was the model's favourite
 * @param top3           share of races whose winner was among the model's three most likely
 * @param winnerMeanRank mean rank the model gave the actual winner (1 = favourite)
 */
public record Metrics(int events, double logLoss, double brier, double top1, double top3, double winnerMeanRank) {
}
