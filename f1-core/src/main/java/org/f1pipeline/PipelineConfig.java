package org.f1pipeline;

import java.util.Objects;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.model.ModelEngine;

/**
 * Immutable pipeline configuration: {@link #ofDefaults()}, or a builder from {@link #custom()} (the defaults) or
 * {@link #from(PipelineConfig)} (another configuration). There is no public constructor, so a setting added later
 * breaks no caller.
 */
public final class PipelineConfig {

    private final int yearsAhead;
    private final FetchConfig fetch;
    private final ModelEngine models;

    private PipelineConfig(int yearsAhead, FetchConfig fetch, ModelEngine models) {
        if (yearsAhead < 0 || yearsAhead > 5) {
            throw new InvalidInputException("yearsAhead", "yearsAhead must be between 0 and 5, was " + yearsAhead);
        }
        Checks.notNull(fetch, "fetch");
        Checks.notNull(models, "models");
        this.yearsAhead = yearsAhead;
        this.fetch = fetch;
        this.models = models;
    }

    /** The defaults: jobs may target up to next year; default fetching; the shipped models. */
    public static PipelineConfig ofDefaults() {
        return new PipelineConfig(1, FetchConfig.ofDefaults(), ModelEngine.ofDefaults());
    }

    /** A builder starting from the defaults: {@code PipelineConfig.custom().yearsAhead(0).build()}. */
    public static Builder custom() {
        return new Builder(ofDefaults());
    }

    /** A builder starting from {@code existing}. */
    public static Builder from(PipelineConfig existing) {
        return new Builder(Checks.notNull(existing, "existing"));
    }

    /** A builder pre-filled from this configuration (as {@link #from(PipelineConfig)}). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * How many seasons past the current one a job may be asked about (1 = next year, as the seed's schedule sync for
     * the coming season).
     */
    public int yearsAhead() {
        return yearsAhead;
    }

    /** HTTP, rate limits, retries, cache and parallelism, with each source's base URL. */
    public FetchConfig fetch() {
        return fetch;
    }

    /** The grand-prix and sprint model specs (default {@code clogit-v1} and {@code sprint-clogit-v1}). */
    public ModelEngine models() {
        return models;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PipelineConfig o && yearsAhead == o.yearsAhead
                && Objects.equals(fetch, o.fetch)
                && Objects.equals(models, o.models);
    }

    @Override
    public int hashCode() {
        return Objects.hash(yearsAhead, fetch, models);
    }

    /** {@code PipelineConfig[yearsAhead=..., fetch=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "PipelineConfig[yearsAhead=" + yearsAhead + ", "
                + "fetch=" + fetch + ", "
                + "models=" + models + "]";
    }

    /** Builder for {@link PipelineConfig}. */
    public static final class Builder {
        private int yearsAhead;
        private FetchConfig fetch;
        private ModelEngine models;

        private Builder(PipelineConfig from) {
            this.yearsAhead = from.yearsAhead;
            this.fetch = from.fetch;
            this.models = from.models;
        }

        public Builder yearsAhead(int years) {
            this.yearsAhead = years;
            return this;
        }

        public Builder fetch(FetchConfig fetchConfig) {
            this.fetch = fetchConfig;
            return this;
        }

        public Builder models(ModelEngine engine) {
            this.models = engine;
            return this;
        }

        public PipelineConfig build() {
            return new PipelineConfig(yearsAhead, fetch, models);
        }
    }
}
