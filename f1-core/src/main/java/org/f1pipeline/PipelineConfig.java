package org.f1pipeline;

/**
 * Immutable pipeline configuration. Start from {@link #ofDefaults()} and change what you need with
 * {@link #toBuilder()}.
 *
 * @param yearsAhead how many seasons past the current one a job may be asked about (1 = next year, as the seed's
 *                   schedule sync for the coming season)
 */
public record PipelineConfig(int yearsAhead) {

    public PipelineConfig {
        if (yearsAhead < 0 || yearsAhead > 5) {
            throw new IllegalArgumentException("yearsAhead must be between 0 and 5, was " + yearsAhead);
        }
    }

    /** The defaults: jobs may target up to next year. */
    public static PipelineConfig ofDefaults() {
        return new PipelineConfig(1);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builder for {@link PipelineConfig}. */
    public static final class Builder {
        private int yearsAhead;

        private Builder(PipelineConfig from) {
            this.yearsAhead = from.yearsAhead;
        }

        public Builder yearsAhead(int years) {
            this.yearsAhead = years;
            return this;
        }

        public PipelineConfig build() {
            return new PipelineConfig(yearsAhead);
        }
    }
}
