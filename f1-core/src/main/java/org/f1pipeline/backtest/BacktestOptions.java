package org.f1pipeline.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelSpec;

/**
 * What a backtest covers: the seasons {@code from..to}, grands prix or sprints, and the models to score (by default
 * the shipped models of the race type: {@code clogit-v1} and {@code weighted-v3}, or {@code sprint-clogit-v1} and
 * {@code sprint-v2}). The baselines {@code uniform}, {@code pole} and {@code grid-softmax} are always scored.
 * Immutable; build with {@link #builder(int, int)}.
 */
public final class BacktestOptions {

    private final int from;
    private final int to;
    private final RaceType type;
    private final List<ModelSpec> models;
    private final boolean storedPredictions;

    private BacktestOptions(int from, int to, RaceType type, List<ModelSpec> models, boolean storedPredictions) {
        season("from", from);
        season("to", to);
        if (from > to) {
            throw new InvalidInputException("to", "backtest season 'to' " + to + " is before 'from' " + from);
        }
        if (type == null) {
            throw new InvalidInputException("type", "backtest race type must be GRAND_PRIX or SPRINT");
        }
        if (models == null) {
            throw new InvalidInputException("models", "backtest models must not be null (an empty list scores the "
                    + "baselines only)");
        }
        List<String> seen = new ArrayList<>();
        for (ModelSpec m : models) {
            if (m == null || m.type() != type) {
                throw new InvalidInputException("models", "model " + (m == null ? null : m.version()) + " is not a "
                        + type + " model");
            }
            if (seen.contains(m.version())) {
                throw new InvalidInputException("models", "model " + m.version() + " is listed twice");
            }
            seen.add(m.version());
        }
        models = List.copyOf(models);
        this.from = from;
        this.to = to;
        this.type = type;
        this.models = models;
        this.storedPredictions = storedPredictions;
    }

    private static void season(String field, int year) {
        if (year < RaceKey.FIRST_SEASON || year > RaceKey.LAST_SEASON) {
            throw new InvalidInputException(field, "backtest season '" + field + "' must be between "
                    + RaceKey.FIRST_SEASON + " and " + RaceKey.LAST_SEASON + ", was " + year);
        }
    }

    /**
     * A builder for seasons {@code from..to}: grands prix, the shipped models of the type, stored predictions used.
     */
    public static Builder builder(int from, int to) {
        return new Builder(from, to);
    }

    /** First season scored. */
    public int from() {
        return from;
    }

    /** Last season scored. */
    public int to() {
        return to;
    }

    /** Grands prix or sprints. */
    public RaceType type() {
        return type;
    }

    /** The models scored, in report order. */
    public List<ModelSpec> models() {
        return models;
    }

    /**
     * Whether a stored prediction of a model is used when there is one (the pre-race one the pipeline made); when
     * false, or when none is stored, the prediction is computed point-in-time from the history before the race .
     */
    public boolean storedPredictions() {
        return storedPredictions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BacktestOptions o && from == o.from
                && to == o.to
                && Objects.equals(type, o.type)
                && Objects.equals(models, o.models)
                && storedPredictions == o.storedPredictions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, type, models, storedPredictions);
    }

    /** {@code BacktestOptions[from=..., to=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "BacktestOptions[from=" + from + ", "
                + "to=" + to + ", "
                + "type=" + type + ", "
                + "models=" + models + ", "
                + "storedPredictions=" + storedPredictions + "]";
    }

    /** Collects options; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final int from;
        private final int to;
        private RaceType type = RaceType.GRAND_PRIX;
        private List<ModelSpec> models;
        private boolean stored = true;

        private Builder(int from, int to) {
            this.from = from;
            this.to = to;
        }

        /** Scores sprints instead of grands prix. */
        public Builder sprint() {
            this.type = RaceType.SPRINT;
            return this;
        }

        /** The race type scored. */
        public Builder type(RaceType value) {
            this.type = value;
            return this;
        }

        /** The models scored (replacing the default). */
        public Builder models(List<ModelSpec> value) {
            this.models = value == null ? null : List.copyOf(value);
            return this;
        }

        /** Shipped models by version, e.g. {@code "clogit-v1", "weighted-v3"}. */
        public Builder models(String... versions) {
            List<ModelSpec> out = new ArrayList<>();
            for (String v : versions) {
                try {
                    out.add(ModelSpec.forVersion(v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("models", e.getMessage());
                }
            }
            this.models = out;
            return this;
        }

        /** Whether stored predictions are used (default true); false computes every prediction afresh. */
        public Builder storedPredictions(boolean value) {
            this.stored = value;
            return this;
        }

        /** Validates and builds. */
        public BacktestOptions build() {
            List<ModelSpec> chosen = models;
            if (chosen == null) {
                chosen = ModelSpec.shipped().stream().filter(m -> m.type() == type).toList();
            }
            return new BacktestOptions(from, to, type, chosen, stored);
        }
    }
}
