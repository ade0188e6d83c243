package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fake.FaultKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backfill}, {@code backfill-sprint} and {@code auto} in-process against the fake servers. The 2024 season up
 * to the demo's "today" (rounds 1-12) is backfilled once through the CLI; auto-mode tests start from a copy.
 */
class CliBackfillAutoTest {

    /** Saturday of the Hungarian GP, 17:30 UTC: qualifying (14:00-15:00) is over and its data due since 16:00. */
    static final Instant AFTER_QUALIFYING = Instant.parse("2024-07-20T17:30:00Z");

    private static FakeF1Api fake;
    private static Path template;
    private static Result templateRun;

    @TempDir
    Path dir;
    private CliHarness f1;

    @BeforeAll
    static void backfillTemplate(@TempDir Path shared) {
        fake = FakeF1Api.start(FakeF1Options.demo());
        CliHarness h = new CliHarness(fake, shared);
        templateRun = h.run("backfill", "--start", "2024", "--end", "2024");
        template = h.db;
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void harness() {
        fake.faults().reset();
        fake.setAsOf(CliHarness.TODAY);
        f1 = new CliHarness(fake, dir);
    }

    private RaceStatus status(int round) {
        try (Storage s = f1.open()) {
            return s.races().race(RaceKey.of(2024, round)).orElseThrow().status();
        }
    }

    @Test
    @DisplayName("backfill: rounds 1-12 completed with predictions, 12 pending, plain progress lines on stderr")
    void backfill() {
        assertThat(templateRun.exit()).as(templateRun.toString()).isZero();
        assertThat(templateRun.out()).contains("backfill 2024-2024 done in").contains("12 of 24 rounds completed"
                + " by this run, 0 already complete, 12 pending");
        assertThat(templateRun.err()).contains("backfill 2024-2024: 0/24 rounds (0%)")
                .contains("backfill 2024-2024: 12/24 rounds (50%)").doesNotContain("\r");
        f1.useDatabase(template);
        try (Storage s = f1.open()) {
            assertThat(s.races().races(2024).stream().filter(r -> r.status() == RaceStatus.COMPLETED)).hasSize(12);
            assertThat(s.predictions().latest(RaceKey.of(2024, 12), RaceType.GRAND_PRIX)).isPresent();
            assertThat(s.predictions().latest(RaceKey.of(2024, 11), RaceType.SPRINT)).isPresent();
        }
        Result again = f1.run("backfill", "--start", "2024", "--end", "2024", "--json");
        assertThat(again.exit()).as(again.toString()).isZero();
        JsonNode summary = CliJobsTest.parse(again.out());
        assertThat(summary.get("rounds_resumed").asInt()).isEqualTo(12);
        assertThat(summary.get("rounds_completed").asInt()).isZero();
        assertThat(summary.get("skips").size()).isZero();
    }

    @Test
    @DisplayName("auto killed after ingest_qualifying committed: the next run computes the prediction first")
    void autoCompletesWhatAKillLeft() {
        f1.useDatabase(template);
        f1.now = AFTER_QUALIFYING;
        fake.setAsOf(AFTER_QUALIFYING);
        // The chain's first job committed, then the process died: qualifying_done, no features, no prediction.
        Result quali = f1.run("--job", "ingest_qualifying", "--year", "2024", "--round", "13");
        assertThat(quali.exit()).as(quali.toString()).isZero();
        assertThat(status(13)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        try (Storage s = f1.open()) {
            assertThat(s.predictions().latest(RaceKey.of(2024, 13), RaceType.GRAND_PRIX)).isEmpty();
        }
        Result r = f1.run("auto");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2024-13 Hungarian Grand Prix: grand-prix grid stored but no up-to-date"
                + " prediction: computing it").contains("compute_predictions 2024-13")
                .contains("(qualifying_done, conventional): wait race");
        try (Storage s = f1.open()) {
            var p = s.predictions().latest(RaceKey.of(2024, 13), RaceType.GRAND_PRIX).orElseThrow();
            assertThat(p.computedAt()).isBefore(p.asOf());
            assertThat(s.inputs().derivedVersions(2024, 2024)).filteredOn(d -> d.round() == 13
                    && d.kind() == org.f1pipeline.storage.DerivedKind.PREDICTION).singleElement()
                    .satisfies(d -> assertThat(d.recomputed()).isFalse());
        }
        Result again = f1.run("auto");
        assertThat(again.out()).doesNotContain("computing it").doesNotContain("recompute of what was stale");
    }

    @Test
    @DisplayName("recompute: nothing stale after a backfill; a changed qualifying recomputes its season, marked")
    void recompute() {
        f1.useDatabase(template);
        Result none = f1.run("recompute", "--from", "2024", "--to", "2024");
        assertThat(none.exit()).as(none.toString()).isZero();
        assertThat(none.out()).contains("recompute 2024-2024: nothing stale");
        RaceKey r10 = RaceKey.of(2024, 10);
        int versions;
        try (Storage s = f1.open()) {
            versions = s.predictions().history(RaceKey.of(2024, 12), RaceType.GRAND_PRIX).size();
            var quali = new java.util.ArrayList<>(s.results().qualifying(r10));
            quali.remove(quali.size() - 1);
            s.results().replaceQualifying(r10, quali);
        }
        f1.now = CliHarness.TODAY.plusSeconds(3600);
        Result r = f1.run("recompute", "--from", "2024", "--to", "2024", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = CliJobsTest.parse(r.out());
        assertThat(json.get("seasons").asInt()).isEqualTo(1);
        assertThat(json.get("grand_prix").asInt()).isEqualTo(3); // rounds 10, 11, 12
        assertThat(json.get("sprints").asInt()).isEqualTo(1); // round 11
        try (Storage s = f1.open()) {
            assertThat(s.predictions().history(RaceKey.of(2024, 12), RaceType.GRAND_PRIX)).hasSize(versions + 1);
            assertThat(s.predictions().history(RaceKey.of(2024, 9), RaceType.GRAND_PRIX)).hasSize(versions);
        }
        assertThat(f1.run("recompute", "--from", "2024", "--to", "2024").out()).contains("nothing stale");
        Result bad = f1.run("recompute", "--model", "nope", "--from", "2024", "--to", "2024");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown model 'nope'");
    }

    @Test
    @DisplayName("backfill: a failing step is a [SKIP] line, the rest goes on, exit 1; bad years exit 2")
    void backfillSkipsAndBadYears() {
        f1.now = Instant.parse("2024-03-10T12:00:00Z");
        fake.faults().inject(FakeApi.JOLPICA, "/2024/2/results", 100, FaultKind.SERVER_ERROR, 503);
        Result r = f1.run("backfill", "--start", "2024", "--end", "2024", "--no-cache");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("[SKIP] ingest_race 2024-02: ").contains("1 of 24 rounds completed");
        assertThat(CliJobsTest.parse(r.errLines().get(r.errLines().size() - 1)).get("job").asText())
                .isEqualTo("backfill");
        assertThat(status(1)).isEqualTo(RaceStatus.COMPLETED);
        assertThat(status(2)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        Path other = dir.resolve("other");
        CliHarness fresh = new CliHarness(fake, mkdir(other));
        assertThat(fresh.run("backfill", "--start", "2030", "--end", "2031").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(fresh.run("backfill", "--start", "2024", "--end", "2023").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(fresh.fingerprint()).isEqualTo("absent");
    }

    @Test
    @DisplayName("backfill-sprint --years 2024: the sprint weekends held so far get their sprint data")
    void backfillSprint() {
        Result r = f1.run("backfill-sprint", "--years", "2024");
        assertThat(r.exit()).as(r.toString()).isZero();
        try (Storage s = f1.open()) {
            for (int round : new int[] {5, 6, 11}) {
                assertThat(s.results().raceResults(RaceKey.of(2024, round), RaceType.SPRINT)).hasSize(20);
            }
            assertThat(s.results().raceResults(RaceKey.of(2024, 19), RaceType.SPRINT)).isEmpty();
        }
    }

    @Test
    @DisplayName("auto after qualifying: syncs the schedule, runs the qualifying chain, then waits for the race")
    void autoRunsTheQualifyingChain() {
        f1.useDatabase(template);
        f1.now = AFTER_QUALIFYING;
        fake.setAsOf(AFTER_QUALIFYING);
        Result r = f1.run("auto");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("sync_schedule 2024").contains("sync_season 2024")
                .contains("2024-13 Hungarian Grand Prix (scheduled, conventional): run qualifying")
                .contains("compute_predictions 2024-13")
                .contains("2024-13 Hungarian Grand Prix (qualifying_done, conventional): wait race");
        assertThat(status(13)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        try (Storage s = f1.open()) {
            assertThat(s.predictions().latest(RaceKey.of(2024, 13), RaceType.GRAND_PRIX)).isPresent();
        }
        assertThat(dir.resolve("f1-auto-state.json")).content().contains("\"2024\" : \"" + AFTER_QUALIFYING);
        Result dry = f1.run("auto", "--dry-run");
        assertThat(dry.out()).contains("dry run").contains("wait race - race data is expected from "
                + "2024-07-21T16:00:00Z");
    }

    @Test
    @DisplayName("auto --dry-run prints the decision and writes nothing")
    void dryRun() {
        f1.useDatabase(template);
        f1.now = AFTER_QUALIFYING;
        String before = f1.fingerprint();
        Result r = f1.run("auto", "--dry-run", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode doc = CliJobsTest.parse(r.out());
        assertThat(doc.get("events").get(0).get("event").asText()).isEqualTo("run");
        assertThat(doc.get("events").get(0).get("step").asText()).isEqualTo("qualifying");
        assertThat(f1.fingerprint()).isEqualTo(before);
        assertThat(dir.resolve("f1-auto-state.json")).doesNotExist();
    }

    @Test
    @DisplayName("auto exits 3 while the data is not published, counts the attempt, and gives up at the limit")
    void notPublishedThenGiveUp() {
        f1.useDatabase(template);
        f1.now = AFTER_QUALIFYING;
        Result r = f1.run("auto");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.NOT_AVAILABLE);
        assertThat(r.err()).contains("\"status\":\"not_available\"").contains("\"job\":\"ingest_qualifying\"");
        assertThat(status(13)).isEqualTo(RaceStatus.SCHEDULED);
        Path state = dir.resolve("f1-auto-state.json");
        assertThat(state).content().contains("\"qualifying\" : 1");
        CliHarness.write(state, "{\"schedule_synced\":{\"2024\":\"" + AFTER_QUALIFYING + "\"},"
                + "\"races\":{\"2024-13\":{\"attempts\":{\"qualifying\":12}}}}");
        Result gaveUp = f1.run("auto");
        assertThat(gaveUp.exit()).as(gaveUp.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(gaveUp.out()).contains("give_up qualifying").contains("wait race");
        JsonNode line = CliJobsTest.parse(gaveUp.errLines().get(0));
        assertThat(line.get("status").asText()).isEqualTo("gave_up");
        assertThat(line.get("race_id").asText()).isEqualTo("2024-13");
        assertThat(state).content().contains("\"given_up\" : [ \"qualifying\" ]");
        Result next = f1.run("auto");
        assertThat(next.exit()).as("given up once, the runner moves on: " + next).isZero();
    }

    private static Path mkdir(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
