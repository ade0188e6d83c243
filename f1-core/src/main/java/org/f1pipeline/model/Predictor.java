package org.f1pipeline.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.ScoreMap;
import org.f1pipeline.model.internal.FeatureEngine;

/**
 * {@code compute_predictions} / {@code compute_sprint_predictions}: turns a race's feature rows into a versioned
 * {@link Prediction} (seed section 5.12). Win probability = stable softmax of {@code rawScore / T}; rank 1 = the
 * favourite, ties broken by driver id (a ranking of win chances, not a predicted finishing order). Each driver
 * keeps the contribution of every feature, {@code weight x score} (weighted model) or {@code coefficient x input}
 * (fitted model, T = 1: the raw score is the conditional logit's utility), which answers "why is this driver
 * favoured".
 * Probabilities are not rounded, so they sum to 1 within 1e-9. Stateless and thread-safe.
 */
public final class Predictor {

    private Predictor() {
    }

    /**
     * Predicts one race.
     *
     * @param rows       the race's feature rows under {@code spec} (any order)
     * @param computedAt when the prediction is made; a later recompute is a new prediction, not a replacement
     * @param asOf       the data cut-off: the start of the session predicted, for a pre-race prediction
     * @throws ModelInputException      when there are no feature rows
     * @throws IllegalArgumentException when a row is of another race, race type or model, lacks a weighted feature,
     *                                  or repeats a driver
     */
    public static Prediction predict(ModelSpec spec, RaceKey race, List<FeatureRow> rows, Instant computedAt,
                                     Instant asOf) {
        RaceType type = spec.type();
        if (rows.isEmpty()) {
            String job = type == RaceType.SPRINT ? "compute_sprint_features" : "compute_features";
            throw new ModelInputException(race, type, job, "race " + race + " has no " + label(type)
                    + " feature rows for model " + spec.version() + ": run " + job + " first");
        }
        List<FeatureRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(FeatureRow::driver));
        Set<String> seen = new HashSet<>();
        double[] raw = new double[sorted.size()];
        for (int i = 0; i < raw.length; i++) {
            FeatureRow row = sorted.get(i);
            if (!row.race().equals(race) || row.type() != type || !row.modelVersion().equals(spec.version())) {
                throw new InvalidInputException("feature",
                        "feature row of " + row.driver() + " is for " + row.race() + " "
                        + row.type() + " model " + row.modelVersion() + ", not " + race + " " + type + " model "
                        + spec.version());
            }
            if (!seen.add(row.driver().value())) {
                throw new InvalidInputException("feature",
                        "feature rows of " + race + " list " + row.driver() + " twice");
            }
            raw[i] = row.rawScore();
        }
        double[] p = ModelMath.softmax(raw, spec.temperature());
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // sorted is by driver id, so a stable sort by probability breaks ties by driver id.
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<DriverPrediction> lines = new ArrayList<>(raw.length);
        Contributions contributions = new Contributions(spec);
        for (int rank = 0; rank < order.length; rank++) {
            FeatureRow row = sorted.get(order[rank]);
            lines.add(new DriverPrediction(row.driver(), p[order[rank]], rank + 1, row.rawScore(),
                    contributions.of(row)));
        }
        return new Prediction(race, type, spec.version(), computedAt, asOf, lines);
    }

    /**
     * {@code weight x score} per weighted feature, in the spec's order; for a fitted model
     * {@code coefficient x input}, the coefficient read from the row (the season's fit that made it). One per
     * prediction: the rows of a race share their names, so the positions of the features in them are looked up
     * once (decision D97).
     */
    static final class Contributions {
        private final ModelSpec spec;
        private final String[] features;
        private final String[] coefficients;
        /** The spec's weights in feature order (a weighted model's multipliers). */
        private final double[] weights;
        private final ScoreMap.Names names;
        /** The names of the last row met, and where each feature and coefficient is in them. */
        private ScoreMap.Names rowNames;
        private final int[] at;
        private final int[] coefficientAt;

        Contributions(ModelSpec spec) {
            this.spec = spec;
            Map<String, Double> weights = spec.weights();
            features = weights.keySet().toArray(new String[0]);
            coefficients = new String[features.length];
            this.weights = new double[features.length];
            for (int f = 0; f < features.length; f++) {
                coefficients[f] = FeatureEngine.coefficientName(features[f]);
                this.weights[f] = weights.get(features[f]);
            }
            names = ScoreMap.Names.of(List.of(features), "prediction.contributions key");
            at = new int[features.length];
            coefficientAt = new int[features.length];
        }

        Map<String, Double> of(FeatureRow row) {
            ScoreMap scores = ScoreMap.copyOf(row.scores(), "features.scores");
            if (scores.names() != rowNames) {
                for (int f = 0; f < features.length; f++) {
                    at[f] = scores.names().indexOf(features[f]);
                    coefficientAt[f] = scores.names().indexOf(coefficients[f]);
                }
                rowNames = scores.names();
            }
            double[] out = new double[features.length];
            for (int f = 0; f < features.length; f++) {
                if (at[f] < 0 || scores.isNullAt(at[f])) {
                    throw new InvalidInputException("feature", "feature row of " + row.driver() + " in " + row.race()
                            + " has no score for " + features[f] + ", which model " + spec.version() + " weights");
                }
                double weight;
                if (spec.isFitted()) {
                    if (coefficientAt[f] < 0 || scores.isNullAt(coefficientAt[f])) {
                        throw new InvalidInputException("feature", "feature row of " + row.driver() + " in "
                                + row.race() + " has no coefficient for " + features[f] + ", which fitted model "
                                + spec.version() + " needs: recompute its features");
                    }
                    weight = scores.valueAt(coefficientAt[f]);
                } else {
                    weight = weights[f];
                }
                // + 0.0: a negative coefficient times 0 shows as 0, not -0
                out[f] = weight * scores.valueAt(at[f]) + 0.0;
            }
            return ScoreMap.of(names, out, "prediction.contributions");
        }
    }

    /** {@link Contributions} of one row. */
    static Map<String, Double> contributions(ModelSpec spec, FeatureRow row) {
        return new Contributions(spec).of(row);
    }

    private static String label(RaceType type) {
        return type == RaceType.SPRINT ? "sprint" : "grand-prix";
    }
}
