package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code f1 bootstrap} against the fake Jolpica's dump listing over HTTP (the demo season 2024, 14 days behind). */
class CliBootstrapTest {

    private static FakeF1Api fake;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.builder().asOf(SyntheticHistory.DEMO_TODAY).dumpYears(2024, 2024)
                .build());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    @DisplayName("bootstrap: progress per season and a summary (3 requests on the wire); a rerun writes nothing;"
            + " --json; the rounds after the dump's cut-off stay for the backfill")
    void bootstrap() throws Exception {
        CliHarness f1 = new CliHarness(fake, dir);
        fake.requestLog().clear();
        CliHarness.Result r = f1.run("bootstrap");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2024: ").contains("bootstrap: ").contains(" requests, 1 of 1 seasons written");
        assertThat(fake.requestLog().count(FakeApi.DUMPS) + fake.requestLog().count(FakeApi.OBJECT_STORE))
                .as("listing, download, object store").isEqualTo(3);
        assertThat(fake.requestLog().count(FakeApi.JOLPICA)).isZero();
        try (Storage s = f1.open()) {
            long completed = s.races().races(2024).stream().filter(x -> x.status() == RaceStatus.COMPLETED).count();
            assertThat(completed).isPositive();
            assertThat(s.races().races(2024).stream().filter(x -> x.status() == RaceStatus.SCHEDULED).count())
                    .as("rounds after the delayed dump's cut-off").isPositive();
        }

        CliHarness.Result again = f1.run("bootstrap", "--json");
        assertThat(again.exit()).as(again.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.path("seasons_written").asInt()).isZero();
        assertThat(json.path("cached").asBoolean()).isTrue();
        assertThat(json.path("requests").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("bootstrap names the sprint weekends stored without sprint qualifying and the backfill-sprint"
            + " command that fills them (text and --json); that command fills them; then the hint is gone")
    void sprintQualifyingHint() throws Exception {
        CliHarness f1 = new CliHarness(fake, dir);
        CliHarness.Result r = f1.run("bootstrap");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<RaceKey> gaps = new ArrayList<>();
        try (Storage s = f1.open()) {
            for (Race race : s.races().races(2024)) {
                if (race.format().hasSprintQualifying()
                        && !s.results().raceResults(race.key(), RaceType.SPRINT).isEmpty()) {
                    gaps.add(race.key());
                    assertThat(s.results().sprintQualifying(race.key())).isEmpty();
                }
            }
        }
        assertThat(gaps).as("2024 sprint weekends held before the delayed dump's cut-off").isNotEmpty();
        String command = "f1 backfill-sprint --years 2024 --db " + f1.db + " --config " + f1.config;
        String weekends = gaps.size() + (gaps.size() == 1 ? " sprint weekend" : " sprint weekends");
        assertThat(r.out()).contains(weekends + " without sprint qualifying (not in the dump) in 2024")
                .contains(weekends + (gaps.size() == 1 ? " is" : " are") + " stored without sprint qualifying")
                .contains("\n  " + command + "\n");

        CliHarness.Result json = f1.run("bootstrap", "--json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.path("without_sprint_qualifying").asInt()).isEqualTo(gaps.size());
        assertThat(doc.path("sprint_qualifying_years").toString()).isEqualTo("[2024]");
        assertThat(doc.path("fill_sprint_qualifying").asText()).isEqualTo(command);

        List<String> args = new ArrayList<>(List.of(command.substring("f1 ".length()).split(" ")));
        args.addAll(List.of("--now", f1.now.toString()));
        CliHarness.Result fill = f1.raw(args.toArray(String[]::new));
        assertThat(fill.exit()).as(fill.toString()).isZero();
        try (Storage s = f1.open()) {
            for (RaceKey key : gaps) {
                assertThat(s.results().sprintQualifying(key)).as(key.toString()).isNotEmpty();
                assertThat(s.predictions().latest(key, RaceType.SPRINT)).as(key.toString()).isPresent();
            }
        }
        CliHarness.Result after = f1.run("bootstrap", "--json");
        JsonNode done = new ObjectMapper().readTree(after.out());
        assertThat(done.path("without_sprint_qualifying").asInt()).isZero();
        assertThat(done.path("fill_sprint_qualifying").isNull()).isTrue();
        CliHarness.Result text = f1.run("bootstrap");
        assertThat(text.out()).doesNotContain("sprint qualifying").doesNotContain("backfill-sprint");
    }

    @Test
    @DisplayName("auto after a bootstrap acts only on rounds after the dump's last race")
    void autoContinuesAfterTheDump() throws Exception {
        CliHarness f1 = new CliHarness(fake, dir);
        assertThat(f1.run("bootstrap").exit()).isZero();
        int lastDumped;
        try (Storage s = f1.open()) {
            lastDumped = s.races().races(2024).stream().filter(x -> x.status() == RaceStatus.COMPLETED)
                    .mapToInt(x -> x.key().round()).max().orElseThrow();
        }
        CliHarness.Result dry = f1.run("auto", "--dry-run", "--json");
        assertThat(dry.exit()).as(dry.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(dry.out());
        java.util.List<Integer> rounds = new java.util.ArrayList<>();
        doc.path("events").forEach(e -> {
            if (e.has("race_id")) {
                rounds.add(Integer.parseInt(e.get("race_id").asText().substring(5)));
            }
        });
        assertThat(rounds).as(dry.out()).isNotEmpty().allSatisfy(r -> assertThat(r).isGreaterThan(lastDumped));
    }

    @Test
    @DisplayName("bad input exits 2 naming it: a missing dump file, a year out of range; a broken zip exits 1")
    void badInput() throws Exception {
        CliHarness f1 = new CliHarness(fake, dir);
        CliHarness.Result missing = f1.run("bootstrap", "--dump", dir.resolve("nope.zip").toString());
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err()).contains("dump file").contains("nope.zip").contains("does not exist");
        assertThat(f1.fingerprint()).as("refused before the database is created").isEqualTo("absent");
        CliHarness.Result year = f1.run("bootstrap", "--until", "1800");
        assertThat(year.exit()).as(year.toString()).isEqualTo(2);
        assertThat(year.err()).contains("until");
        Path broken = dir.resolve("broken.zip");
        java.nio.file.Files.writeString(broken, "not a zip");
        CliHarness.Result bad = f1.run("bootstrap", "--dump", broken.toString());
        assertThat(bad.exit()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.zip").contains("zip");
    }
}
