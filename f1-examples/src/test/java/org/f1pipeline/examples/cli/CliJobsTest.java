package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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
 * Every job through the seed-compatible interface ({@code f1 --job <name> ...}), in-process, against the fake
 * servers and a temporary SQLite file: exit codes, output and what the database holds afterwards.
 */
class CliJobsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeF1Api fake;

    @TempDir
    Path dir;
    private CliHarness f1;

    @BeforeAll
    static void startFake() {
        fake = FakeF1Api.start(FakeF1Options.demo());
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void harness() {
        fake.faults().reset();
        f1 = new CliHarness(fake, dir);
    }

    private Result ok(String... args) {
        Result r = f1.run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private RaceStatus status(int round) {
        try (Storage s = f1.open()) {
            return s.races().race(RaceKey.of(2024, round)).orElseThrow().status();
        }
    }

    @Test
    @DisplayName("sync_schedule and sync_season (with --round, as the seed) fill races, drivers and the entry list")
    void syncJobs() {
        Result r = ok("--job", "sync_schedule", "--year", "2024");
        assertThat(r.out()).startsWith("sync_schedule 2024: ").contains("races 24");
        ok("--job", "sync_season", "--year", "2024", "--round", "1");
        try (Storage s = f1.open()) {
            assertThat(s.races().races(2024)).hasSize(24);
        }
        try (Storage s = f1.open()) {
            assertThat(s.catalog().seasonEntries(2024)).hasSizeGreaterThanOrEqualTo(20);
        }
    }

    @Test
    @DisplayName("ingest_qualifying, ingest_fp2 and ingest_race move a conventional weekend to completed")
    void conventionalWeekend() {
        ok("--job", "sync_schedule", "--year", "2024");
        ok("--job", "sync_season", "--year", "2024");
        ok("--job", "ingest_qualifying", "--year", "2024", "--round", "12");
        assertThat(status(12)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        ok("--job", "ingest_fp2", "--race_id", "2024-12");
        ok("--job", "ingest_race", "--year", "2024", "--round", "12");
        assertThat(status(12)).isEqualTo(RaceStatus.COMPLETED);
        RaceKey key = RaceKey.of(2024, 12);
        try (Storage s = f1.open()) {
            assertThat(s.results().qualifying(key)).hasSize(20);
        }
        try (Storage s = f1.open()) {
            assertThat(s.results().raceResults(key, RaceType.GRAND_PRIX)).hasSize(20);
        }
        try (Storage s = f1.open()) {
            assertThat(s.laps().longRuns(key)).isNotEmpty();
        }
        try (Storage s = f1.open()) {
            assertThat(s.laps().lapCount(key, RaceType.GRAND_PRIX)).isGreaterThan(500);
        }
    }

    @Test
    @DisplayName("without --year/--round ingest jobs find their race; ingest_race finds qualifying_done (seed F1)")
    void autoDetection() {
        ok("--job", "sync_schedule", "--year", "2024");
        ok("--job", "sync_season", "--year", "2024");
        Result quali = ok("--job", "ingest_qualifying");
        assertThat(quali.out()).contains("auto-detected race 2024-12 (British Grand Prix, status scheduled)");
        assertThat(status(12)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        Result race = ok("--job", "ingest_race");
        assertThat(race.out()).contains("auto-detected race 2024-12 (British Grand Prix, status qualifying_done)");
        assertThat(status(12)).isEqualTo(RaceStatus.COMPLETED);
    }

    @Test
    @DisplayName("auto-detection: no database is bad usage (exit 2, no file created); nothing started yet is exit 3")
    void autoDetectionFailures() {
        Result empty = f1.run("--job", "ingest_race");
        assertThat(empty.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.errLines()).singleElement().asString().contains("does not exist")
                .contains("sync_schedule --year");
        assertThat(f1.fingerprint()).isEqualTo("absent");
        ok("--job", "sync_schedule", "--year", "2024");
        f1.now = java.time.Instant.parse("2024-04-01T00:00:00Z");
        String before = f1.fingerprint();
        Result none = f1.run("--job", "ingest_sprint_qualifying", "--year", "2024");
        assertThat(none.exit()).as(none.toString()).isEqualTo(ExitCodes.NOT_AVAILABLE);
        assertThat(none.err()).contains("nothing for ingest_sprint_qualifying to ingest for 2024 yet");
        assertThat(f1.fingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("sprint weekend: ingest_sprint_qualifying, then ingest_sprint; the status follows")
    void sprintWeekend() {
        ok("--job", "sync_schedule", "--year", "2024");
        ok("--job", "sync_season", "--year", "2024");
        ok("--job", "ingest_sprint_qualifying", "--year", "2024", "--round", "11");
        assertThat(status(11)).isEqualTo(RaceStatus.SPRINT_QUALIFYING_DONE);
        ok("--job", "ingest_sprint", "--year", "2024", "--round", "11");
        assertThat(status(11)).isEqualTo(RaceStatus.SPRINT_DONE);
        try (Storage s = f1.open()) {
            assertThat(s.results().raceResults(RaceKey.of(2024, 11), RaceType.SPRINT)).hasSize(20);
        }
    }

    @Test
    @DisplayName("the two legacy jobs (missing from the seed's CLI) ingest a season before 2018")
    void legacyJobs() {
        ok("--job", "sync_schedule", "--year", "2010");
        ok("--job", "sync_season", "--year", "2010");
        ok("--job", "ingest_qualifying_legacy", "--year", "2010", "--round", "1");
        ok("--job", "ingest_race_legacy", "--year", "2010", "--round", "1");
        RaceKey key = RaceKey.of(2010, 1);
        try (Storage s = f1.open()) {
            assertThat(s.results().qualifying(key)).isNotEmpty();
        }
        try (Storage s = f1.open()) {
            assertThat(s.results().raceResults(key, RaceType.GRAND_PRIX)).isNotEmpty();
        }
        try (Storage s = f1.open()) {
            assertThat(s.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        }
    }

    @Test
    @DisplayName("compute jobs: season stats, GP and sprint features and predictions; --json prints a report")
    void computeJobs() {
        ok("--job", "sync_schedule", "--year", "2024");
        ok("--job", "sync_season", "--year", "2024");
        for (int round = 1; round <= 4; round++) {
            ok("--job", "ingest_qualifying", "--year", "2024", "--round", String.valueOf(round));
            ok("--job", "ingest_race", "--year", "2024", "--round", String.valueOf(round));
        }
        ok("--job", "compute_season_stats", "--year", "2024");
        try (Storage s = f1.open()) {
            assertThat(s.stats().driverStats(2024)).hasSize(20);
        }
        ok("--job", "ingest_qualifying", "--year", "2024", "--round", "5");
        ok("--job", "compute_features", "--race_id", "2024-05");
        Result json = ok("--job", "compute_predictions", "--race_id", "2024-05", "--json");
        JsonNode report = parse(json.out());
        assertThat(report.get("job").asText()).isEqualTo("compute_predictions");
        assertThat(report.get("race_id").asText()).isEqualTo("2024-05");
        assertThat(report.get("rows_written").get("predictions").asInt()).isEqualTo(1);
        ok("--job", "ingest_sprint_qualifying", "--race_id", "2024-05");
        ok("--job", "compute_sprint_features", "--race_id", "2024-05");
        ok("--job", "compute_sprint_predictions", "--race_id", "2024-05");
        RaceKey key = RaceKey.of(2024, 5);
        try (Storage s = f1.open()) {
            assertThat(s.predictions().latest(key, RaceType.GRAND_PRIX)).isPresent();
        }
        try (Storage s = f1.open()) {
            assertThat(s.predictions().latest(key, RaceType.SPRINT)).isPresent();
        }
    }

    @Test
    @DisplayName("exit 3: a round whose qualifying is in the future; status unchanged, not_available line on stderr")
    void notAvailableYet() {
        ok("--job", "sync_schedule", "--year", "2024");
        ok("--job", "sync_season", "--year", "2024");
        String before = f1.fingerprint();
        Result r = f1.run("--job", "ingest_qualifying", "--year", "2024", "--round", "13");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.NOT_AVAILABLE);
        JsonNode line = parse(r.errLines().get(0));
        assertThat(line.get("job").asText()).isEqualTo("ingest_qualifying");
        assertThat(line.get("status").asText()).isEqualTo("not_available");
        assertThat(line.get("race_id").asText()).isEqualTo("2024-13");
        assertThat(f1.fingerprint()).isEqualTo(before);
        assertThat(status(13)).isEqualTo(RaceStatus.SCHEDULED);
    }

    @Test
    @DisplayName("exit 1: a failed job prints the seed's JSON failure line on stderr and writes nothing")
    void failedJob() {
        ok("--job", "sync_schedule", "--year", "2024");
        ok("--job", "sync_season", "--year", "2024");
        fake.faults().inject(FakeApi.JOLPICA, "qualifying", 10, FaultKind.SERVER_ERROR, 503);
        String before = f1.fingerprint();
        Result r = f1.run("--job", "ingest_qualifying", "--year", "2024", "--round", "12", "--no-cache");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.errLines()).hasSize(1);
        JsonNode line = parse(r.errLines().get(0));
        assertThat(line.get("job").asText()).isEqualTo("ingest_qualifying");
        assertThat(line.get("status").asText()).isEqualTo("failed");
        assertThat(line.get("year").asInt()).isEqualTo(2024);
        assertThat(line.get("round").asInt()).isEqualTo(12);
        assertThat(line.get("error").asText()).isNotBlank();
        assertThat(f1.fingerprint()).isEqualTo(before);
        assertThat(status(12)).isEqualTo(RaceStatus.SCHEDULED);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
