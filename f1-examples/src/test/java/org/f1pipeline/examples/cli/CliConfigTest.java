package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.f1pipeline.examples.cli.AutoPlanner.Step;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML config file: the guide's keys, per-source settings, the rest, and errors that name file and line. */
class CliConfigTest {

    @TempDir
    Path dir;

    private CliConfig load(String yaml) {
        return load(yaml, Map.of());
    }

    private CliConfig load(String yaml, Map<String, String> env) {
        Path file = dir.resolve("f1.yaml");
        CliHarness.write(file, yaml);
        return CliConfig.load(file, env);
    }

    private String error(String yaml) {
        try {
            load(yaml);
        } catch (CliException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            return e.getMessage();
        }
        throw new AssertionError("expected a config error for:\n" + yaml);
    }

    @Test
    @DisplayName("the parallel-processing guide's keys map onto the fetch config")
    void guideKeys() {
        CliConfig c = load("""
                api:
                  parallel_endpoints: false
                  max_workers: 3
                  rate_limit_delay: 2
                  retry_attempts: 10
                """);
        assertThat(c.fetch().parallelEndpoints()).isFalse();
        assertThat(c.fetch().maxWorkers()).isEqualTo(3);
        assertThat(c.fetch().rateLimitDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.fetch().retry().maxAttempts()).isEqualTo(10);
    }

    @Test
    @DisplayName("per-source base URLs and limits, cache, database with ${VAR}, auto settings, progress interval")
    void everythingElse() {
        CliConfig c = load("""
                api:
                  sources:
                    jolpica: {base_url: "http://mirror.local/ergast/f1", limits: [4/s, 200/h]}
                    openf1:
                      limits: 30/10s
                    livetiming: {limits: unlimited}
                cache: {dir: /var/cache/f1, offline: true, ttl: 30m}
                database:
                  url: jdbc:postgresql://db/f1
                  user: f1
                  password: ${F1_DB_PASSWORD}
                  schema: prod
                pipeline: {years_ahead: 2}
                auto:
                  max_attempts: 5
                  schedule_max_age: 6h
                  max_actions: 3
                  state_file: /var/lib/f1/auto.json
                  delays: {race: 90m, sprint_qualifying: 0.5h}
                  durations: {race: 2h30m}
                progress: {interval: 30s}
                """, Map.of("F1_DB_PASSWORD", "s3cret"));
        SourceConfig jolpica = c.fetch().source(SourceConfig.JOLPICA).orElseThrow();
        assertThat(jolpica.baseUrl()).isEqualTo(URI.create("http://mirror.local/ergast/f1/"));
        assertThat(jolpica.rateLimit().windows()).containsExactly(
                new RateLimitConfig.Window(4, Duration.ofSeconds(1)), new RateLimitConfig.Window(200,
                        Duration.ofHours(1)));
        assertThat(c.fetch().source(SourceConfig.OPENF1).orElseThrow().rateLimit().windows())
                .containsExactly(new RateLimitConfig.Window(30, Duration.ofSeconds(10)));
        assertThat(c.fetch().source(SourceConfig.OPENF1).orElseThrow().baseUrl())
                .isEqualTo(SourceConfig.openF1().baseUrl());
        assertThat(c.fetch().source(SourceConfig.LIVETIMING).orElseThrow().rateLimit().isUnlimited()).isTrue();
        assertThat(c.cacheDir()).isEqualTo("/var/cache/f1");
        assertThat(c.offline()).isTrue();
        assertThat(c.cacheTtl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://db/f1");
        assertThat(c.dbOptions()).containsEntry("user", "f1").containsEntry("password", "s3cret")
                .containsEntry("schema", "prod");
        assertThat(c.yearsAhead()).isEqualTo(2);
        assertThat(c.auto().maxAttempts()).isEqualTo(5);
        assertThat(c.auto().scheduleMaxAge()).isEqualTo(Duration.ofHours(6));
        assertThat(c.auto().maxActions()).isEqualTo(3);
        assertThat(c.auto().stateFile()).isEqualTo("/var/lib/f1/auto.json");
        assertThat(c.auto().delays()).containsEntry(Step.RACE, Duration.ofMinutes(90))
                .containsEntry(Step.SPRINT_QUALIFYING, Duration.ofMinutes(30))
                .containsEntry(Step.QUALIFYING, Duration.ofHours(1));
        assertThat(c.auto().readyAfterStart(Step.RACE)).isEqualTo(Duration.ofMinutes(240));
        assertThat(c.progressInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("an empty file, and no file at all, give the defaults")
    void defaults() {
        CliConfig c = load("");
        assertThat(c.fetch().sources()).isEqualTo(CliConfig.ofDefaults().fetch().sources());
        assertThat(c.fetch().maxWorkers()).isEqualTo(CliConfig.ofDefaults().fetch().maxWorkers());
        assertThat(c.auto()).isEqualTo(AutoSettings.ofDefaults());
        assertThat(c.dbUrl()).isNull();
        assertThat(c.cacheDir()).isNull();
    }

    @Test
    @DisplayName("unknown keys, bad values and syntax errors name the file, the line and the key")
    void errors() {
        assertThat(error("api:\n  max_workers: 3\n  retry_attemps: 5\n"))
                .contains("f1.yaml, line 3: api.retry_attemps: unknown setting (did you mean api.retry_attempts?)")
                .contains("known settings: ");
        assertThat(error("car_data_filters:\n  sample_drivers: true\n"))
                .contains("line 2: car_data_filters.sample_drivers: unknown setting");
        assertThat(error("api:\n  max_workers: 100\n")).contains("line 2: api.max_workers")
                .contains("between 1 and 64");
        assertThat(error("api:\n  rate_limit_delay: soon\n")).contains("line 2: api.rate_limit_delay");
        assertThat(error("api:\n  sources:\n    jolpica:\n      limits: [4 per second]\n"))
                .contains("line 4: api.sources.jolpica.limits").contains("N/period");
        assertThat(error("api:\n  sources:\n    jolpica:\n      base_url: not a url\n"))
                .contains("line 4: api.sources.jolpica.base_url");
        assertThat(error("api:\n  sources:\n    ergast:\n      base_url: http://x/\n"))
                .contains("api.sources.ergast.base_url: unknown setting");
        assertThat(error("auto:\n  delays:\n    race: -5m\n")).contains("line 3: auto.delays.race");
        assertThat(error("database:\n  password: ${NOT_SET}\n")).contains("NOT_SET is not set");
        assertThat(error("api: [1, 2\n")).contains("f1.yaml, line ").contains("not valid YAML");
        assertThat(error("- just\n- a list\n")).contains("must be a mapping");
    }

    @Test
    @DisplayName("durations: 45m, 1.5h, 1h30m, 250ms, PT45M, a bare number of seconds; garbage refused")
    void durations() {
        assertThat(DurationConverter.parse("45m")).isEqualTo(Duration.ofMinutes(45));
        assertThat(DurationConverter.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("90 min")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationConverter.parse("PT45M")).isEqualTo(Duration.ofMinutes(45));
        assertThat(DurationConverter.parse("2")).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> DurationConverter.parse("soon")).hasMessageContaining("45m");
        assertThatThrownBy(() -> DurationConverter.parse("5x")).isInstanceOf(IllegalArgumentException.class);
    }
}
