package org.f1pipeline;

import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.model.ModelEngine;

/**
 * Immutable pipeline configuration. Start from {@link #ofDefaults()} and change what you need with
 * {@link #toBuilder()}.
 *
 * @param yearsAhead how many seasons past the current one a job may be asked about (1 = next year, as the seed's
 *                   schedule sync for the coming season)
 * @param fetch      HTTP, rate limits, retries, cache and parallelism, with each source's base URL
 * @param models     the grand-prix and sprint model specs (default {@code weighted-v3} and {@code sprint-v2})
 */
public record PipelineConfig(int yearsAhead, FetchConfig fetch, ModelEngine models) {

    public PipelineConfig {
        if (yearsAhead < 0 || yearsAhead > 5) {
            throw new InvalidInputException("yearsAhead", "yearsAhead must be between 0 and 5, was " + yearsAhead);
        }
        Checks.notNull(fetch, "fetch");
        Checks.notNull(models, "models");
    }

    /** The defaults: jobs may target up to next year; default fetching; the shipped models. */
    public static PipelineConfig ofDefaults() {
        return new PipelineConfig(1, FetchConfig.ofDefaults(), ModelEngine.ofDefaults());
    }

    public Builder toBuilder() {
        return new Builder(this);
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
