package org.f1pipeline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;

/**
 * A versioned, user-suppliable model. Two kinds:
 * <ul>
 *   <li><b>Weighted</b> ({@link #weightedV3()}, {@link #sprintV2()}, the seed's): features with hand-set weights,
 *       {@code p = softmax(sum(weight x score) / temperature)}. Weights must be finite, non-negative and sum to 1
 *       within 1e-9. They are not silently renormalised: rescaling them would change how decisive a model is,
 *       which should be the temperature's job alone.</li>
 *   <li><b>Fitted</b> ({@link #clogitV1()}, {@link #sprintClogitV1()}, the defaults): a conditional logit whose
 *       coefficients are fitted by penalised maximum likelihood on the races before the season predicted (rolling
 *       origin, refitted once per season; see {@link Fitting}). {@code weights} then holds each input's
 *       <em>prior</em> coefficient, the centre of the penalty and the answer when there is nothing to learn from;
 *       it may be negative. Inputs must be {@link Feature#fittable() fittable}; a sprint model also learns from
 *       grands prix, so its inputs must apply to both race types. The temperature is 1 for the shipped ones.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ModelSpec {

    /** The seed's softmax temperature. */
    public static final double DEFAULT_TEMPERATURE = 0.3;
    /** Tolerance of the weight-sum check. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    /**
     * How a fitted model learns, season by season (rolling origin): to predict season S it maximises the weighted
     * log-likelihood of the winners of the races of seasons {@code S - windowSeasons .. S - 1}, each race weighted
     * {@code 0.5^((S - 1 - season) / halfLifeSeasons)} (recent eras count most), minus
     * {@code penalty / 2 x sum((spread_k x (b_k - prior_k))^2)}, spread_k being input k's standard deviation over
     * the training rows (a ridge on standardised inputs, towards the prior coefficients).
     *
     * @param penalty         ridge strength, finite and > 0
     * @param halfLifeSeasons seasons after which a race counts half, finite and > 0
     * @param windowSeasons   seasons learned from, 1-100
     */
    public record Fitting(double penalty, double halfLifeSeasons, int windowSeasons) {

        public Fitting {
            if (!(penalty > 0) || !Double.isFinite(penalty)) {
                throw new InvalidInputException("fitting.penalty",
                        "fitting.penalty must be a finite number > 0, was " + penalty);
            }
            if (!(halfLifeSeasons > 0) || !Double.isFinite(halfLifeSeasons)) {
                throw new InvalidInputException("fitting.halfLifeSeasons",
                        "fitting.halfLifeSeasons must be a finite number > 0, was "
                        + halfLifeSeasons);
            }
            if (windowSeasons < 1 || windowSeasons > 100) {
                throw new InvalidInputException("fitting.windowSeasons",
                        "fitting.windowSeasons must be between 1 and 100, was "
                        + windowSeasons);
            }
        }

        /** Penalty 1, half-life 8 seasons, window 20 seasons (chosen on 1994-2003, see docs/model.md). */
        public static Fitting ofDefaults() {
            return new Fitting(1.0, 8.0, 20);
        }

        // Written out, with the generated methods' results: the fit cache keys on the spec, and the generated
        // hashCode's first call links a method-handle tree, some 12 ms of a one-shot command (decision D91).
        @Override
        public boolean equals(Object other) {
            return other instanceof Fitting f && Double.compare(penalty, f.penalty) == 0
                    && Double.compare(halfLifeSeasons, f.halfLifeSeasons) == 0 && windowSeasons == f.windowSeasons;
        }

        @Override
        public int hashCode() {
            return (31 * Double.hashCode(penalty) + Double.hashCode(halfLifeSeasons)) * 31 + windowSeasons;
        }
    }

    /** A weighted model (no fitting). */
    private ModelSpec(String version, RaceType type, double temperature, Map<String, Double> weights) {
        this(version, type, temperature, weights, null);
    }

    private final String version;
    private final RaceType type;
    private final double temperature;
    private final Map<String, Double> weights;
    private final Fitting fitting;

    private ModelSpec(String version, RaceType type, double temperature, Map<String, Double> weights,
                      Fitting fitting) {
        if (version == null || version.isBlank() || !version.matches("[A-Za-z0-9._\\-]{1,40}")) {
            throw new InvalidInputException("model",
                    "model version must be 1-40 letters, digits, '.', '_' or '-', was '"
                    + version + "'");
        }
        if (type == null) {
            throw new InvalidInputException("model", "model type must not be null (GRAND_PRIX or SPRINT)");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new InvalidInputException("model",
                    "model temperature must be a finite number > 0, was " + temperature);
        }
        if (weights == null || weights.isEmpty()) {
            throw new InvalidInputException("model", "model " + version + " must weight at least one feature");
        }
        LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Feature f = Feature.forName(e.getKey());
            if (!f.appliesTo(type)) {
                throw new InvalidInputException("feature", "feature " + f.featureName() + " is not available to a "
                        + type + " model");
            }
            Double w = e.getValue();
            if (fitting != null) {
                checkInput(version, type, f, w);
            } else if (w == null || !Double.isFinite(w) || w < 0) {
                throw new InvalidInputException("weights", "weight of " + f.featureName()
                        + " must be a finite number >= 0, was " + w);
            }
            if (copy.put(f.featureName(), w) != null) {
                throw new InvalidInputException("feature", "feature " + f.featureName() + " is weighted twice");
            }
            sum += w;
        }
        if (fitting == null && Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw new InvalidInputException("weights",
                    "weights of model " + version + " must sum to 1 (within 1e-9), sum was "
                    + sum + "; rescale them or change the temperature instead");
        }
        weights = Collections.unmodifiableMap(copy);
        this.version = version;
        this.type = type;
        this.temperature = temperature;
        this.weights = weights;
        this.fitting = fitting;
    }

    /** Stored with every feature row and prediction, e.g. {@code clogit-v1}. */
    public String version() {
        return version;
    }

    /** The race type the model predicts. */
    public RaceType type() {
        return type;
    }

    /** Softmax temperature, finite and above 0 (the seed uses 0.3). */
    public double temperature() {
        return temperature;
    }

    /** Feature name to weight (weighted) or prior coefficient (fitted), in the model's feature order. */
    public Map<String, Double> weights() {
        return weights;
    }

    /** How a fitted model is fitted; null for a weighted model. */
    public Fitting fitting() {
        return fitting;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelSpec o && Objects.equals(version, o.version)
                && Objects.equals(type, o.type)
                && Double.compare(temperature, o.temperature) == 0
                && Objects.equals(weights, o.weights)
                && Objects.equals(fitting, o.fitting);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, type, temperature, weights, fitting);
    }

    /** {@code ModelSpec[version=..., type=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "ModelSpec[version=" + version + ", "
                + "type=" + type + ", "
                + "temperature=" + temperature + ", "
                + "weights=" + weights + ", "
                + "fitting=" + fitting + "]";
    }

    private static void checkInput(String version, RaceType type, Feature f, Double prior) {
        if (!f.fittable()) {
            throw new InvalidInputException("feature",
                    "feature " + f.featureName() + " cannot be an input of fitted model "
                    + version + ": it reads laps, long runs or a forecast that earlier races do not have");
        }
        if (type == RaceType.SPRINT && !f.appliesTo(RaceType.GRAND_PRIX)) {
            throw new InvalidInputException("feature",
                    "feature " + f.featureName() + " cannot be an input of fitted sprint "
                    + "model " + version + ": a sprint model learns from grands prix too, which do not have it");
        }
        if (prior == null || !Double.isFinite(prior)) {
            throw new InvalidInputException("priorCoefficients", "prior coefficient of " + f.featureName()
                    + " must be a finite number, was " + prior);
        }
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

    /**
     * The default grand-prix model: a conditional logit over the grid with four inputs, {@code grid_log},
     * {@code pole}, {@code driver_elo} and {@code team_elo}, fitted per season ({@link Fitting#ofDefaults()}).
     * Prior coefficients -1.5, -0.5, 0.3 and 0.2. See docs/model.md for the inputs tried and dropped.
     */
    public static ModelSpec clogitV1() {
        return clogit("clogit-v1", RaceType.GRAND_PRIX);
    }

    /**
     * The default sprint model: {@link #clogitV1()}'s inputs and priors over the sprint grid, learning from every
     * earlier grand prix and sprint (sprints alone, 24 by 2025, are too few to fit).
     */
    public static ModelSpec sprintClogitV1() {
        return clogit("sprint-clogit-v1", RaceType.SPRINT);
    }

    private static ModelSpec clogit(String version, RaceType type) {
        return fittedBuilder(version, type)
                .input(Feature.GRID_LOG, -1.5)
                .input(Feature.POLE, -0.5)
                .input(Feature.DRIVER_ELO, 0.3)
                .input(Feature.TEAM_ELO, 0.2)
                .build();
    }

    /** The shipped models: {@code clogit-v1}, {@code sprint-clogit-v1}, {@code weighted-v3}, {@code sprint-v2}. */
    public static List<ModelSpec> shipped() {
        return List.of(clogitV1(), sprintClogitV1(), weightedV3(), sprintV2());
    }

    /**
     * The shipped model with that version.
     *
     * @throws IllegalArgumentException naming the shipped versions when there is none
     */
    public static ModelSpec forVersion(String version) {
        for (ModelSpec spec : shipped()) {
            if (spec.version().equals(version)) {
                return spec;
            }
        }
        StringBuilder known = new StringBuilder();
        shipped().forEach(s -> known.append(known.length() == 0 ? "" : ", ").append(s.version()));
        throw new InvalidInputException("model", "unknown model '" + version + "'; shipped models: " + known);
    }

    /** Whether the coefficients are fitted from earlier races (else the weights are fixed). */
    public boolean isFitted() {
        return fitting != null;
    }

    /** Whether computing the features reads laps of earlier races (a caller can skip loading laps otherwise). */
    public boolean readsLaps() {
        return features().stream().anyMatch(Feature::readsLaps);
    }

    /** A builder for a fitted model with {@link Fitting#ofDefaults()} and temperature 1. */
    public static FittedBuilder fittedBuilder(String version, RaceType type) {
        return new FittedBuilder(version, type);
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
        return new ModelSpec(version, type, newTemperature, weights, fitting);
    }

    /** The same model under another version name. */
    public ModelSpec withVersion(String newVersion) {
        return new ModelSpec(newVersion, type, temperature, weights, fitting);
    }

    /** Collects the inputs of a fitted model in order; {@link #build()} validates them. Not thread-safe. */
    public static final class FittedBuilder {
        private final String version;
        private final RaceType type;
        private final LinkedHashMap<String, Double> priors = new LinkedHashMap<>();
        private Fitting fitting = Fitting.ofDefaults();
        private double temperature = 1.0;

        private FittedBuilder(String version, RaceType type) {
            this.version = version;
            this.type = type;
        }

        /** Adds an input with its prior coefficient (order of calls = input order). */
        public FittedBuilder input(Feature feature, double prior) {
            if (priors.put(feature.featureName(), prior) != null) {
                throw new InvalidInputException("feature", "feature " + feature.featureName() + " is an input twice");
            }
            return this;
        }

        /** Sets how the model is fitted. */
        public FittedBuilder fitting(Fitting value) {
            this.fitting = value;
            return this;
        }

        /** Sets the softmax temperature applied to the fitted utilities (1 leaves them as fitted). */
        public FittedBuilder temperature(double value) {
            this.temperature = value;
            return this;
        }

        /** Validates and builds the spec. */
        public ModelSpec build() {
            if (fitting == null) {
                throw new InvalidInputException("fitting", "fitted model " + version + " needs a fitting");
            }
            return new ModelSpec(version, type, temperature, priors, fitting);
        }
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
                throw new InvalidInputException("feature", "feature " + name + " is weighted twice");
            }
            return this;
        }

        /** Adds every feature of {@code featureWeights} in its iteration order, as {@link #weight(String, double)}. */
        public Builder weights(Map<String, Double> featureWeights) {
            Checks.notNull(featureWeights, "weights").forEach(this::weight);
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
