package org.f1pipeline.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.internal.Checks;

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
        LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
        scores.forEach((name, score) -> {
            // The field's name is built only for a bad value: a recompute makes some 150,000 of these entries.
            if (score != null && !Double.isFinite(score)) {
                Checks.finite(score.doubleValue(), "features.scores[" + name + "]");
            }
            copy.put(Checks.notBlank(name, "features.scores key"), score);
        });
        scores = Collections.unmodifiableMap(copy);
        Checks.finite(rawScore, "features.rawScore");
    }
}
