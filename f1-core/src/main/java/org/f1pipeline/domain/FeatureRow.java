package org.f1pipeline.domain;

import java.util.Map;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.ScoreMap;

/**
 * The feature scores of one driver for one race under one model (12 features for {@code weighted-v3}, 8 for
 * {@code sprint-v2}, or whatever a user-supplied model defines).
 *
 * @param scores   feature name to score, in the model's feature order
 * @param rawScore the weighted sum of the scores under the model's weights
 */
public record FeatureRow(RaceKey race, RaceType type, String modelVersion, DriverId driver,
                         Map<String, Double> scores, double rawScore) {

    public FeatureRow {
        Checks.notNull(race, "features.race");
        Checks.notNull(type, "features.type");
        Checks.notBlank(modelVersion, "features.modelVersion");
        Checks.notNull(driver, "features.driver");
        Checks.notNull(scores, "features.scores");
        // Kept as primitives beside names the rows of one race share (decision D97); the engine's own map is adopted
        // as it is, any other copied and checked: names not blank, values finite or null.
        scores = ScoreMap.copyOf(scores, "features.scores");
        Checks.finite(rawScore, "features.rawScore");
    }
}
