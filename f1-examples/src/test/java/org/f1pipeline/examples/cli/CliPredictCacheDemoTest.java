package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.Demo;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predict}, {@code cache info|clear}, {@code demo} and the hidden {@code --fake}, in-process. */
class CliPredictCacheDemoTest {

    private static FakeF1Api fake;
    private static Path template;

    @TempDir
    Path dir;
    private CliHarness f1;

    @BeforeAll
    static void backfill(@TempDir Path shared) {
        fake = FakeF1Api.start(FakeF1Options.demo());
        CliHarness h = new CliHarness(fake, shared);
        Result r = h.run("backfill", "--start", "2024", "--end", "2024", "--no-laps");
        assertThat(r.exit()).as(r.toString()).isZero();
        template = h.db;
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void harness() {
        f1 = new CliHarness(fake, dir);
    }

    @Test
    @DisplayName("predict: ranked table with names, teams, probabilities, contributions and the actual winner")
    void predictTable() {
        f1.useDatabase(template);
        Result r = f1.run("predict", "--year", "2024", "--round", "12", "--top", "5");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("2024-12 British Grand Prix - grand prix, model clogit-v1")
                .contains("Rank  Driver").contains("Win %").contains("team_elo")
                .contains("Actual winner: ").doesNotContain("-0.000");
        assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+.*%.*"))).hasSize(5);
        Result sprint = f1.run("predict", "--race_id", "2024-11", "--sprint");
        assertThat(sprint.out()).contains("2024-11 Austrian Grand Prix - sprint, model sprint-clogit-v1");
    }

    @Test
    @DisplayName("predict --top N: N rows in the table and in --json, the most likely first; below 1 refused")
    void predictTop() {
        f1.useDatabase(template);
        JsonNode all = CliJobsTest.parse(f1.run("predict", "--year", "2024", "--round", "12", "--json").out());
        Result r = f1.run("predict", "--year", "2024", "--round", "12", "--top", "3", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode top = CliJobsTest.parse(r.out()).get("drivers");
        assertThat(top).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(top.get(i).get("rank").asInt()).isEqualTo(i + 1);
            assertThat(top.get(i).get("driver_id")).isEqualTo(all.get("drivers").get(i).get("driver_id"));
        }
        JsonNode explained = CliJobsTest.parse(f1.run("predict", "--year", "2024", "--round", "12", "--explain",
                "--top", "2", "--json").out());
        assertThat(explained.get("drivers")).hasSize(2);
        assertThat(CliJobsTest.parse(f1.run("predict", "--year", "2024", "--round", "12", "--top", "40", "--json")
                .out()).get("drivers")).hasSize(20);
        String before = f1.fingerprint();
        for (String bad : new String[] {"-1", "0"}) {
            Result refused = f1.run("predict", "--year", "2024", "--round", "12", "--top", bad, "--json");
            assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.errLines()).containsExactly("f1: Invalid value for option '--top': must be 1 or"
                    + " more, was " + bad + " (see f1 predict --help)");
        }
        assertThat(f1.run("predict", "--year", "2024", "--round", "12", "--top", "three").err())
                .contains("'three' is not a whole number; give 1 or more");
        assertThat(f1.fingerprint()).isEqualTo(before);
        Result demo = f1.raw("demo", "--db", dir.resolve("d.db").toString(), "--top", "-1");
        assertThat(demo.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(demo.err()).contains("'--top': must be 0 or more (0 for all), was -1");
        assertThat(dir.resolve("d.db")).doesNotExist();
    }

    @Test
    @DisplayName("predict --explain shows the fitted model's inputs, coefficients and contributions; --json all of it")
    void explainAndJson() {
        f1.useDatabase(template);
        Result json = f1.run("predict", "--year", "2024", "--round", "12", "--json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode doc = CliJobsTest.parse(json.out());
        assertThat(doc.get("model_version").asText()).isEqualTo("clogit-v1");
        assertThat(doc.get("drivers")).hasSize(20);
        JsonNode first = doc.get("drivers").get(0);
        String favourite = first.get("driver_id").asText();
        assertThat(first.get("contributions").size()).isEqualTo(4);
        double coefficient = doc.get("coefficients").get("grid_log").asDouble();
        assertThat(coefficient).isEqualTo(-1.5);
        assertThat(doc.get("fitted_on_races").asInt()).isZero();
        assertThat(first.get("contributions").get("grid_log").asDouble())
                .isCloseTo(coefficient * first.get("inputs").get("grid_log").asDouble(), within(1e-9));
        Result explain = f1.run("predict", "--year", "2024", "--round", "12", "--explain", favourite);
        assertThat(explain.exit()).as(explain.toString()).isZero();
        assertThat(explain.out()).contains("(" + favourite + ")").contains("rank 1").contains("input")
                .contains("coefficient").contains("grid_log").contains(String.format(Locale.ROOT, "%.4f", coefficient))
                .contains("conditional logit over 20 drivers")
                // The database holds 2024 only: nothing before it to learn from, so the prior coefficients.
                .contains("prior coefficients: no race before 2024");
        Result all = f1.run("predict", "--year", "2024", "--round", "12", "--explain");
        assertThat(all.exit()).as(all.toString()).isZero();
        assertThat(all.out()).contains("prior coefficients").contains("utility").contains("team_elo");
        assertThat(all.out().lines().filter(l -> l.matches("\\s+\\d+\\s+.*%"))).hasSize(20);
        Result three = f1.run("predict", "--year", "2024", "--round", "12", "--explain", "--top", "3");
        assertThat(three.out().lines().filter(l -> l.matches("\\s+\\d+\\s+.*%")).map(l -> l.trim().split("\\s+")[0]))
                .as("--top cuts the text explanation like the table and the JSON").containsExactly("1", "2", "3");
    }

    @Test
    @DisplayName("predict --model weighted-v3 --explain shows the seed model's scores, weights and softmax")
    void explainSeedModel() {
        f1.useDatabase(template);
        RaceKey race = RaceKey.of(2024, 12);
        try (Storage storage = f1.open();
             F1Pipeline seed = F1Pipeline.builder().storage(storage).clock(Clock.fixed(CliHarness.TODAY,
                     ZoneOffset.UTC)).config(PipelineConfig.ofDefaults().toBuilder().models(ModelEngine.seed())
                     .build()).build()) {
            seed.runJob(Job.COMPUTE_FEATURES, JobParams.race(race));
            seed.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(race));
        }
        Result json = f1.run("predict", "--race_id", "2024-12", "--model", "weighted-v3", "--json");
        JsonNode doc = CliJobsTest.parse(json.out());
        assertThat(doc.get("model_version").asText()).isEqualTo("weighted-v3");
        assertThat(doc.get("drivers").get(0).get("contributions").size()).isEqualTo(12);
        assertThat(doc.has("coefficients")).isFalse();
        String favourite = doc.get("drivers").get(0).get("driver_id").asText();
        Result explain = f1.run("predict", "--race_id", "2024-12", "--model", "weighted-v3", "--explain", favourite);
        assertThat(explain.out()).contains("(" + favourite + ")").contains("rank 1").contains("car_performance")
                .contains("0.20").contains("raw score").contains("softmax (T = 0.30) over 20 drivers");
        assertThat(f1.run("predict", "--race_id", "2024-12", "--model", "weighted-v9").exit())
                .isEqualTo(ExitCodes.NOT_AVAILABLE);
    }

    @Test
    @DisplayName("predict errors: no prediction yet exit 3; bad round, sprint on a GP weekend, unknown driver exit 2")
    void predictErrors() {
        assertThat(f1.run("predict", "--year", "2024", "--round", "12").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(f1.fingerprint()).isEqualTo("absent");
        f1.useDatabase(template);
        Result future = f1.run("predict", "--year", "2024", "--round", "13");
        assertThat(future.exit()).isEqualTo(ExitCodes.NOT_AVAILABLE);
        assertThat(future.err()).contains("compute_predictions --race_id 2024-13");
        assertThat(f1.run("predict", "--year", "2024", "--round", "25").err()).contains("round 25 does not exist");
        assertThat(f1.run("predict", "--year", "2024", "--round", "12", "--sprint").exit())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(f1.run("predict", "--year", "2024", "--round", "12", "--explain", "nobody").err())
                .contains("driver 'nobody' is not in the prediction");
        assertThat(f1.run("predict", "--year", "2024").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName("cache info and clear report and empty the response cache; without a cache they are bad usage")
    void cache() {
        assertThat(f1.run("--job", "sync_schedule", "--year", "2024").exit()).isZero();
        Result info = f1.run("cache", "info");
        assertThat(info.exit()).as(info.toString()).isZero();
        assertThat(info.out()).startsWith("cache " + dir.resolve("cache")).doesNotContain(": 0 entries");
        Result clear = f1.run("cache", "clear");
        assertThat(clear.out()).contains("deleted");
        JsonNode after = CliJobsTest.parse(f1.run("cache", "info", "--json").out());
        assertThat(after.get("entries").asLong()).isZero();
        assertThat(f1.run("cache", "info", "--no-cache").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(f1.run("cache").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName("--offline serves a job from the cache; a request the cache lacks fails and is named (exit 1)")
    void offline() {
        assertThat(f1.run("--job", "sync_schedule", "--year", "2024").exit()).isZero();
        fake.requestLog().clear();
        Result cached = f1.run("--job", "sync_schedule", "--year", "2024", "--offline");
        assertThat(cached.exit()).as(cached.toString()).isZero();
        assertThat(fake.requestLog().count()).isZero();
        Result miss = f1.run("--job", "sync_schedule", "--year", "2023", "--offline");
        assertThat(miss.exit()).as(miss.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(CliJobsTest.parse(miss.errLines().get(0)).get("error_type").asText())
                .isEqualTo("OfflineCacheMissException");
        assertThat(miss.err()).contains("/2023");
    }

    @Test
    @DisplayName("demo: offline, a fresh SQLite file, GP and sprint tables under the synthetic-data banner")
    void demo() {
        Path db = dir.resolve("demo.db");
        Result r = f1.raw("demo", "--db", db.toString(), "--top", "3");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains(Demo.BANNER).contains("2024-13 Hungarian Grand Prix - grand prix")
                .contains("2024-19 United States Grand Prix - sprint").contains("Explore: f1 predict")
                .contains(": 66 jobs, 207 requests to the in-process fake sources.");
        assertThat(r.out().split(Demo.BANNER, -1)).hasSize(3);
        try (Storage s = SqliteStorage.open(db)) {
            assertThat(s.predictions().latest(RaceKey.of(2024, 13), RaceType.GRAND_PRIX)).isPresent();
            assertThat(s.predictions().latest(RaceKey.of(2024, 19), RaceType.SPRINT)).isPresent();
        }
        f1.useDatabase(template);
        String before = f1.fingerprint();
        Result refused = f1.raw("demo", "--db", f1.db.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--force");
        assertThat(f1.fingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("the hidden --fake runs any command against in-process fake servers (synthetic data)")
    void fakeFlag() {
        Result r = f1.raw("--fake", "--job", "sync_schedule", "--year", "2024", "--db", f1.db.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(dir.resolve("f1-cache")).doesNotExist();
    }
}
