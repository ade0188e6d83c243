package org.f1pipeline.domain;

import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.ScoreMap;

/**
 * One driver's line in a prediction.
 *
 * @param probability   win probability, 0..1
 * @param rank          1 for the favourite (a ranking of win chances, not a predicted finishing order)
 * @param contributions feature name to weight x score, so a user can see why the driver is favoured
 */
public record DriverPrediction(DriverId driver, double probability, int rank, double rawScore,
                               Map<String, Double> contributions) {

    public DriverPrediction {
        Checks.notNull(driver, "prediction.driver");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new InvalidInputException("prediction.probability",
                    "prediction.probability must be between 0 and 1, was " + probability);
        }
        Checks.inRange(rank, 1, 40, "prediction.rank");
        Checks.finite(rawScore, "prediction.rawScore");
        Checks.notNull(contributions, "prediction.contributions");
        contributions = ScoreMap.copyOf(contributions, "prediction.contributions"); // as FeatureRow (D97)
    }
}
