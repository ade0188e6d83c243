package org.f1pipeline.backtest;

import java.util.List;

/**
 * One model's or baseline's backtest.
 *
 * @param name        the model version, or {@code uniform}, {@code pole}, {@code grid-softmax}
 * @param kind        {@code model} or {@code baseline}
 * @param overall     the scores over the whole span
 * @param calibration seven bins: [0, 0.05), [0.05, 0.1), [0.1, 0.2), [0.2, 0.3), [0.3, 0.5), [0.5, 0.7), [0.7, 1]
 * @param seasons     the scores season by season
 * @param computed    races whose prediction was computed on the fly (the rest were stored; baselines: all)
 */
public record ModelScore(String name, String kind, Metrics overall, List<CalibrationBin> calibration,
                         List<SeasonScore> seasons, int computed) {

    /** {@code kind} of a model. */
    public static final String MODEL = "model";
    /** {@code kind} of a baseline. */
    public static final String BASELINE = "baseline";

    public ModelScore {
        calibration = List.copyOf(calibration);
        seasons = List.copyOf(seasons);
    }

    /** One season's scores. */
    public record SeasonScore(int season, Metrics metrics) {
    }
}
