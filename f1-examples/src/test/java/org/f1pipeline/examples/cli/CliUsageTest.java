package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad usage: one clear {@code f1: ...} line naming the problem and the fix, exit 2, and the database untouched
 * (byte for byte) or not created at all.
 */
class CliUsageTest {

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
        f1 = new CliHarness(fake, dir);
    }

    /** Runs {@code args}, expects exit 2 with exactly one stderr line, and returns that line. */
    private String usage(String... args) {
        return check(f1.run(args));
    }

    /** As {@link #usage} with the given config file instead of the harness's. */
    private String usageWithConfig(Path config, String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--db", f1.db.toString(), "--now", f1.now.toString()));
        return check(f1.raw(all.toArray(String[]::new)));
    }

    private String check(Result r) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).as(r.toString()).hasSize(1);
        assertThat(r.out()).isEmpty();
        return r.errLines().get(0);
    }

    private void withSchedule() {
        Result r = f1.run("--job", "sync_schedule", "--year", "2024");
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    @DisplayName("unknown job: lists every known job; no database is created")
    void unknownJob() {
        String line = usage("--job", "ingest_everything", "--year", "2024");
        assertThat(line).startsWith("f1: unknown job 'ingest_everything'; known jobs: sync_schedule, sync_season,")
                .contains("ingest_race_legacy").contains("compute_sprint_predictions");
        assertThat(f1.fingerprint()).isEqualTo("absent");
    }

    @Test
    @DisplayName("missing --year names the job that needs it; a compute job without a race says how to give one")
    void missingArguments() {
        withSchedule();
        String before = f1.fingerprint();
        assertThat(usage("--job", "sync_schedule")).isEqualTo("f1: sync_schedule needs a year (--year)");
        assertThat(usage("--job", "compute_season_stats")).contains("compute_season_stats needs a year");
        assertThat(usage("--job", "compute_features", "--year", "2024"))
                .contains("compute_features needs a race").contains("--race_id like 2024-05");
        assertThat(usage("--round", "3")).contains("need --job");
        assertThat(f1.fingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("round out of range: beyond 30, beyond the stored season, year beyond next year; nothing written")
    void outOfRange() {
        withSchedule();
        String before = f1.fingerprint();
        assertThat(usage("--job", "ingest_race", "--year", "2024", "--round", "31"))
                .isEqualTo("f1: round must be between 1 and 30, was 31");
        assertThat(usage("--job", "ingest_race", "--year", "2024", "--round", "25"))
                .contains("round 25 does not exist in season 2024, which has 24 rounds");
        assertThat(usage("--job", "compute_features", "--race_id", "2024-25"))
                .contains("round 25 does not exist in season 2024");
        assertThat(usage("--job", "sync_schedule", "--year", "2031")).contains("year must be between 1950 and 2025");
        assertThat(usage("--job", "sync_schedule", "--year", "1949")).contains("year must be between 1950");
        assertThat(usage("--job", "compute_features", "--race_id", "42")).contains("2024-05");
        assertThat(usage("--job", "sync_schedule", "--year", "twenty")).contains("'twenty' is not an int");
        assertThat(f1.fingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("unreadable config: missing file, YAML syntax error and unknown key name the file and line")
    void unreadableConfig() {
        withSchedule();
        String before = f1.fingerprint();
        Path missing = dir.resolve("nope.yaml");
        List<String> lines = List.of(
                usageWithConfig(missing, "--job", "sync_schedule", "--year", "2024"),
                badConfig("api:\n  max_workers: [3\n"),
                badConfig("api:\n  max_worker: 3\n"),
                badConfig("api:\n  parallel_endpoints: maybe\n"));
        assertThat(lines.get(0)).contains(missing.toString()).contains("does not exist");
        assertThat(lines.get(1)).contains("bad.yaml, line ").contains("not valid YAML");
        assertThat(lines.get(2)).contains("bad.yaml, line 2: api.max_worker: unknown setting")
                .contains("did you mean api.max_workers?");
        assertThat(lines.get(3)).contains("line 2: api.parallel_endpoints").contains("true or false");
        assertThat(f1.fingerprint()).isEqualTo(before);
    }

    private String badConfig(String yaml) {
        Path bad = dir.resolve("bad.yaml");
        CliHarness.write(bad, yaml);
        return usageWithConfig(bad, "--job", "sync_schedule", "--year", "2024");
    }

    @Test
    @DisplayName("unreachable database: names the URL without the password and suggests the fix")
    void unreachableDatabase() {
        Result pg = f1.raw("--job", "sync_schedule", "--year", "2024", "--config", f1.config.toString(),
                "--db", "jdbc:postgresql://127.0.0.1:1/f1?user=f1&password=hunter2");
        assertThat(pg.exit()).as(pg.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(pg.errLines()).singleElement().asString()
                .contains("cannot open database jdbc:postgresql://127.0.0.1:1/f1").doesNotContain("hunter2")
                .contains("check that the server is running");
        Path notAFolder = dir.resolve("plain-file");
        CliHarness.write(notAFolder, "x");
        Result sqlite = f1.raw("--job", "sync_schedule", "--year", "2024", "--config", f1.config.toString(),
                "--db", notAFolder.resolve("f1.db").toString());
        assertThat(sqlite.exit()).as(sqlite.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(sqlite.errLines()).singleElement().asString().contains("cannot open database")
                .contains("or pass another --db");
    }

    @Test
    @DisplayName("unknown options, no arguments at all, --offline without a cache")
    void parseErrors() {
        assertThat(usage("--job", "sync_schedule", "--year", "2024", "--verbos"))
                .isEqualTo("f1: unknown option '--verbos' for f1; did you mean '--verbose'? (see f1 --help)");
        assertThat(usage("backfill", "--begin", "2024")).startsWith("f1: unknown option '--begin' for f1 backfill;"
                + " its options: --cache-dir, --config, --db, --end,").contains("--start").endsWith("(see f1"
                + " backfill --help)");
        assertThat(usage("--job", "sync_schedule", "--year", "2024", "--offline", "--no-cache"))
                .contains("--offline").contains("no cache");
        Result none = f1.raw();
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Usage: f1");
        assertThat(f1.fingerprint()).isEqualTo("absent");
    }

    @Test
    @DisplayName("--version and --help on every command exit 0 without touching anything")
    void helpAndVersion() {
        Result version = f1.raw("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("f1pipeline ");
        for (String command : List.of("backfill", "backfill-sprint", "auto", "predict", "cache", "demo")) {
            Result help = f1.raw(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).contains("Usage: f1 " + command);
        }
        Result top = f1.raw("--help");
        assertThat(top.out()).contains("Exit codes: 0 success, 1 job failed").contains("compute_sprint_predictions");
        assertThat(f1.fingerprint()).isEqualTo("absent");
    }
}
