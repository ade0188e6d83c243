package org.f1pipeline;

import java.time.Duration;
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
 * @param publicationGrace how long after a session's scheduled start its data may still be "not published yet"
 *                   (default 72 h): within it, missing or partial data is exit 3 / {@link DataNotAvailableException}
 *                   (retry later); after it, what the source has is stored as published, with a
 *                   {@link org.f1pipeline.domain.DataNote} per irregularity, and a source with nothing at all is a
 *                   failure naming the cause (1 minute to 365 days)
 */
public record PipelineConfig(int yearsAhead, FetchConfig fetch, ModelEngine models, Duration publicationGrace) {

    /** Default {@link #publicationGrace()}: 72 hours after the scheduled start. */
    public static final Duration DEFAULT_PUBLICATION_GRACE = Duration.ofHours(72);

    public PipelineConfig {
        if (yearsAhead < 0 || yearsAhead > 5) {
            throw new IllegalArgumentException("yearsAhead must be between 0 and 5, was " + yearsAhead);
        }
        Checks.notNull(fetch, "fetch");
        Checks.notNull(models, "models");
        Checks.notNull(publicationGrace, "publicationGrace");
        if (publicationGrace.compareTo(Duration.ofMinutes(1)) < 0
                || publicationGrace.compareTo(Duration.ofDays(365)) > 0) {
            throw new IllegalArgumentException("publicationGrace must be between 1 minute and 365 days, was "
                    + publicationGrace);
        }
    }

    /** The configuration before {@link #publicationGrace()} existed: the default grace of 72 hours. */
    public PipelineConfig(int yearsAhead, FetchConfig fetch, ModelEngine models) {
        this(yearsAhead, fetch, models, DEFAULT_PUBLICATION_GRACE);
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
        private Duration publicationGrace;

        private Builder(PipelineConfig from) {
            this.yearsAhead = from.yearsAhead;
            this.fetch = from.fetch;
            this.models = from.models;
            this.publicationGrace = from.publicationGrace;
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

        /** How long after a session's scheduled start its data may still be "not published yet" (72 h). */
        public Builder publicationGrace(Duration grace) {
            this.publicationGrace = grace;
            return this;
        }

        public PipelineConfig build() {
            return new PipelineConfig(yearsAhead, fetch, models, publicationGrace);
        }
    }
}
