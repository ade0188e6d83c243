package org.f1pipeline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceType;

/**
 * A versioned, user-suppliable model: which features it weights, their weights, and the softmax temperature.
 * {@link #weightedV3()} (12 grand-prix features) and {@link #sprintV2()} (8 sprint features) reproduce the seed.
 *
 * <p>Weights must be finite, non-negative and sum to 1 within 1e-9. They are not silently renormalised: the
 * softmax is applied to the weighted sum divided by the temperature, so rescaling the weights would change how
 * decisive a model is, which should be the temperature's job alone. Immutable and thread-safe.
 *
 * @param version     stored with every feature row and prediction, e.g. {@code weighted-v3}
 * @param type        the race type the model predicts
 * @param temperature softmax temperature, finite and above 0 (the seed uses 0.3)
 * @param weights     feature name to weight, in the model's feature order (the order of the given map)
 */
public record ModelSpec(String version, RaceType type, double temperature, Map<String, Double> weights) {

    /** The seed's softmax temperature. */
    public static final double DEFAULT_TEMPERATURE = 0.3;
    /** Tolerance of the weight-sum check. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    public ModelSpec {
        if (version == null || version.isBlank() || !version.matches("[A-Za-z0-9._\\-]{1,40}")) {
            throw new IllegalArgumentException("model version must be 1-40 letters, digits, '.', '_' or '-', was '"
                    + version + "'");
        }
        if (type == null) {
            throw new IllegalArgumentException("model type must not be null (GRAND_PRIX or SPRINT)");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("model temperature must be a finite number > 0, was " + temperature);
        }
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("model " + version + " must weight at least one feature");
        }
        LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Feature f = Feature.forName(e.getKey());
            if (!f.appliesTo(type)) {
                throw new IllegalArgumentException("feature " + f.featureName() + " is not available to a "
                        + type + " model");
            }
            Double w = e.getValue();
            if (w == null || !Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weight of " + f.featureName()
                        + " must be a finite number >= 0, was " + w);
            }
            if (copy.put(f.featureName(), w) != null) {
                throw new IllegalArgumentException("feature " + f.featureName() + " is weighted twice");
            }
            sum += w;
        }
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights of model " + version + " must sum to 1 (within 1e-9), sum was "
                    + sum + "; rescale them or change the temperature instead");
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /** The seed's grand-prix model: 12 features, T = 0.3 (seed section 5.11). */
    public static ModelSpec weightedV3() {
        return builder("weighted-v3", RaceType.GRAND_PRIX)
                .weight(Feature.CAR_PERFORMANCE, 0.20)
                .weight(Feature.LONG_RUN_PACE, 0.15)
                .weight(Feature.TYRE_DEG, 0.08)
                .weight(Feature.RELIABILITY, 0.08)
                .weight(Feature.QUALIFYING_DELTA, 0.08)
                .weight(Feature.DRIVER_RATING, 0.08)
                .weight(Feature.WIN_RATE, 0.08)
                .weight(Feature.LUCK_FACTOR, 0.07)
                .weight(Feature.SECTOR_STRENGTH, 0.06)
                .weight(Feature.CIRCUIT_ADJ_START_POS, 0.07)
                .weight(Feature.CIRCUIT_ADJ_POSITION_GAIN, 0.03)
                .weight(Feature.WEATHER_IMPACT, 0.02)
                .build();
    }

    /** The seed's sprint model: 8 features, T = 0.3 (seed section 5.13). */
    public static ModelSpec sprintV2() {
        return builder("sprint-v2", RaceType.SPRINT)
                .weight(Feature.CAR_PERFORMANCE, 0.25)
                .weight(Feature.CIRCUIT_ADJ_START_POS, 0.25)
                .weight(Feature.SHORT_RUN_PACE, 0.10)
                .weight(Feature.DRIVER_RATING, 0.10)
                .weight(Feature.WEATHER_IMPACT, 0.08)
                .weight(Feature.WIN_RATE, 0.08)
                .weight(Feature.LUCK_FACTOR, 0.08)
                .weight(Feature.SQ_QUALIFYING_DELTA, 0.06)
                .build();
    }

    /** A builder for a user-supplied model with temperature {@link #DEFAULT_TEMPERATURE}. */
    public static Builder builder(String version, RaceType type) {
        return new Builder(version, type);
    }

    /** The weighted features, in order. */
    public List<Feature> features() {
        List<Feature> out = new ArrayList<>(weights.size());
        weights.keySet().forEach(name -> out.add(Feature.forName(name)));
        return out;
    }

    /** The weight of a feature, 0 when the model does not use it. */
    public double weight(Feature feature) {
        return weights.getOrDefault(feature.featureName(), 0.0);
    }

    /** The same model with another temperature (and the same version: give it a new one if you store both). */
    public ModelSpec withTemperature(double newTemperature) {
        return new ModelSpec(version, type, newTemperature, weights);
    }

    /** The same model under another version name. */
    public ModelSpec withVersion(String newVersion) {
        return new ModelSpec(newVersion, type, temperature, weights);
    }

    /** Collects weights in order; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String version;
        private final RaceType type;
        private final LinkedHashMap<String, Double> weights = new LinkedHashMap<>();
        private double temperature = DEFAULT_TEMPERATURE;

        private Builder(String version, RaceType type) {
            this.version = version;
            this.type = type;
        }

        /** Adds a feature with its weight (order of calls = feature order). */
        public Builder weight(Feature feature, double weight) {
            return weight(feature.featureName(), weight);
        }

        /** Adds a feature by name, e.g. {@code "car_performance"}. */
        public Builder weight(String featureName, double weight) {
            String name = Feature.forName(featureName).featureName();
            if (weights.put(name, weight) != null) {
                throw new IllegalArgumentException("feature " + name + " is weighted twice");
            }
            return this;
        }

        /** Sets the softmax temperature. */
        public Builder temperature(double value) {
            this.temperature = value;
            return this;
        }

        /** Validates and builds the spec. */
        public ModelSpec build() {
            return new ModelSpec(version, type, temperature, weights);
        }
    }
}
