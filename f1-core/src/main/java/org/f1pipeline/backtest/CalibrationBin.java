package org.f1pipeline.backtest;

/**
 * One bin of a calibration table: the predictions (one per driver and race) whose probability fell in
 * {@code [lo, hi)} (the last bin includes 1), how many there were, their mean, and how often those drivers won.
 * A well-calibrated model has {@code observed} close to {@code predicted} in every well-filled bin.
 */
public record CalibrationBin(double lo, double hi, int n, double predicted, double observed) {
}
