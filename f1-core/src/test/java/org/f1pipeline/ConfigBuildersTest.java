package org.f1pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backtest.BacktestOptions;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.source.jolpica.JolpicaConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Configuration types evolve without breaking callers: built through factories and builders only. */
class ConfigBuildersTest {

    private static final List<Class<?>> CONFIGS = List.of(PipelineConfig.class, FetchConfig.class, ModelSpec.class,
            RateLimitConfig.class, RetryPolicy.class, CacheConfig.class, SourceConfig.class, BackfillOptions.class,
            JolpicaConfig.class, BacktestOptions.class);

    @Test
    @DisplayName("no configuration type has a public constructor or is a record (whose constructor is public)")
    void noPositionalConstructors() {
        for (Class<?> type : CONFIGS) {
            assertThat(type.isRecord()).as(type.getSimpleName()).isFalse();
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
            assertThat(type.getConstructors()).as(type.getSimpleName() + " public constructors").isEmpty();
        }
    }

    @Test
    @DisplayName("ofDefaults(), custom() and from(existing): equal values, changes only where asked")
    void builders() {
        assertThat(FetchConfig.custom().build()).isEqualTo(FetchConfig.ofDefaults())
                .hasSameHashCodeAs(FetchConfig.ofDefaults());
        FetchConfig four = FetchConfig.custom().maxWorkers(4).build();
        FetchConfig copy = FetchConfig.from(four).readTimeout(Duration.ofSeconds(5)).build();
        assertThat(copy.maxWorkers()).isEqualTo(4);
        assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(copy).isNotEqualTo(four);
        assertThat(FetchConfig.from(four).build()).isEqualTo(four);

        assertThat(RetryPolicy.custom().build()).isEqualTo(RetryPolicy.ofDefaults());
        assertThat(RetryPolicy.from(RetryPolicy.ofDefaults()).maxAttempts(2).build().maxAttempts()).isEqualTo(2);
        assertThat(RateLimitConfig.from(RateLimitConfig.jolpica()).build()).isEqualTo(RateLimitConfig.jolpica());
        assertThat(RateLimitConfig.custom().build()).isEqualTo(RateLimitConfig.ofDefaults());

        PipelineConfig now = PipelineConfig.custom().yearsAhead(0).build();
        assertThat(now.yearsAhead()).isZero();
        assertThat(PipelineConfig.from(now).build()).isEqualTo(now).isNotEqualTo(PipelineConfig.ofDefaults());
        assertThat(PipelineConfig.custom().build()).isEqualTo(PipelineConfig.ofDefaults());

        assertThat(SourceConfig.of("mirror", URI.create("https://f1.example.org/ergast")).baseUrl())
                .isEqualTo(URI.create("https://f1.example.org/ergast/"));
        assertThat(CacheConfig.at(Path.of("cache")).withOffline(true).offline()).isTrue();
        assertThat(BackfillOptions.ofDefaults().withOpenF1(false)).isNotEqualTo(BackfillOptions.ofDefaults());
    }

    @Test
    @DisplayName("every configuration prints its settings, with no identity hash or lambda class name")
    void readableToString() {
        String text = PipelineConfig.ofDefaults().toString();
        assertThat(text).startsWith("PipelineConfig[yearsAhead=1, fetch=FetchConfig[parallelEndpoints=true,"
                + " maxWorkers=8,").contains("retry=RetryPolicy[maxAttempts=5, backoff=exponentialWithFullJitter(")
                .contains("models=ModelEngine[grandPrix=clogit-v1, sprint=sprint-clogit-v1,"
                        + " forecast=WeatherForecast.none()]")
                .doesNotContain("@").doesNotContain("$$").doesNotContain("Lambda");
        assertThat(BackfillOptions.ofDefaults()).hasToString(
                "BackfillOptions[jolpicaLaps=true, openF1=true, fp2=true, computeJobs=true]");
        assertThat(JolpicaConfig.ofDefaults()).hasToString(
                "JolpicaConfig[baseUrl=https://api.jolpi.ca/ergast/f1, pageSize=100]");
    }
}
