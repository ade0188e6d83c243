package org.f1pipeline.model;

import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * The model output for one grand prix or sprint: its feature rows (the complete set, to replace the stored ones)
 * and its prediction.
 */
public record EventPrediction(RaceKey race, RaceType type, List<FeatureRow> features, Prediction prediction) {

    public EventPrediction {
        if (race == null || type == null || prediction == null) {
            throw new InvalidInputException("eventPrediction",
                    "eventPrediction.race, type and prediction must not be null");
        }
        features = List.copyOf(features);
    }
}
