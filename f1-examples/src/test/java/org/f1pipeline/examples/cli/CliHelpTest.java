package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line as a newcomer meets it: "did you mean" for typos (exit 2, even with {@code --help}), each
 * command's help listing only the options that apply to it, and {@code f1 help} reading the manual bundled in the
 * jar.
 */
class CliHelpTest {

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

    /** Runs exactly {@code args}; expects exit 2, nothing on stdout, one stderr line, and returns it. */
    private String refused(String... args) {
        Result r = f1.raw(args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.errLines()).as(r.toString()).hasSize(1);
        return r.errLines().get(0);
    }

    private String help(String... command) {
        Result r = f1.raw(command);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r.out();
    }

    @Test
    @DisplayName("a mistyped command suggests the closest one, also with --help (exit 2, not the top-level help)")
    void commandSuggestions() {
        assertThat(refused("predcit")).isEqualTo("f1: unknown command 'predcit'; did you mean 'predict'? (see f1"
                + " --help)");
        assertThat(refused("predcit", "--help")).isEqualTo(refused("predcit"));
        assertThat(refused("backfil", "--start", "2024")).contains("did you mean 'backfill'?");
        assertThat(refused("stnadings", "--year", "2024")).contains("did you mean 'standings'?");
        assertThat(refused("cache", "inof")).isEqualTo("f1: unknown command 'inof' for f1 cache; did you mean"
                + " 'info'? (see f1 cache --help)");
        assertThat(refused("xyzzy")).isEqualTo("f1: unknown command 'xyzzy'; commands: bootstrap, backfill,"
                + " backfill-sprint, auto, predict, backtest, standings, pitstops, recompute, cache, demo, help (see f1 --help)");
        assertThat(refused("predict", "2024")).contains("unexpected argument '2024' for f1 predict");
        assertThat(dir.resolve("f1.db")).doesNotExist();
    }

    @Test
    @DisplayName("a mistyped option suggests the closest option of that command")
    void optionSuggestions() {
        assertThat(refused("predict", "--yaer", "2024", "--round", "5")).isEqualTo("f1: unknown option '--yaer' for"
                + " f1 predict; did you mean '--year'? (see f1 predict --help)");
        assertThat(refused("standings", "--constructor", "--year", "2024")).contains("did you mean"
                + " '--constructors'?");
        assertThat(refused("backtest", "--from", "2013", "--to", "2013", "--no-store")).contains("did you mean"
                + " '--no-stored'?");
        assertThat(refused("--job", "sync_schedule", "--year=2024", "--db=x.db", "--offlne")).contains("did you"
                + " mean '--offline'?");
        assertThat(refused("predict", "--year", "2024", "--explian")).contains("did you mean '--explain'?");
        assertThat(refused("--job", "ingest_rase", "--year", "2024", "--round", "3")).startsWith("f1: unknown job"
                + " 'ingest_rase'; did you mean 'ingest_race'? (known jobs: sync_schedule, sync_season,");
        assertThat(dir.resolve("f1.db")).doesNotExist();
    }

    @Test
    @DisplayName("each command's help lists only the shared options that apply to it")
    void scopedHelp() {
        String cacheInfo = help("cache", "info", "--help");
        assertThat(cacheInfo).contains("--cache-dir", "--config", "--json", "--verbose")
                .doesNotContain("--db", "--offline", "--no-cache", "--now");
        String demo = help("demo", "--help");
        assertThat(demo).contains("--db=<file>", "default:", "f1-demo.db", "--top", "default: 10", "--json")
                .doesNotContain("--offline", "--config", "--cache-dir", "--now", "jdbc:sqlite:f1.db");
        String predict = help("predict", "--help");
        assertThat(predict).contains("--db=<url>", "--config", "--json", "--top")
                .doesNotContain("--offline", "--cache-dir", "--no-cache", "--now");
        assertThat(help("backtest", "--help")).contains("--db=<url>").doesNotContain("--offline", "--now");
        assertThat(help("standings", "--help")).contains("--db=<url>", "--now").doesNotContain("--offline");
        for (String runsJobs : List.of("backfill", "backfill-sprint", "auto")) {
            assertThat(help(runsJobs, "--help")).as(runsJobs)
                    .contains("--db", "--config", "--offline", "--cache-dir", "--no-cache", "--now", "--json");
        }
        assertThat(help("--help")).contains("--job", "--db", "--offline", "--now");
        assertThat(help("help", "--help")).doesNotContain("--db", "--json");
    }

    @Test
    @DisplayName("a shared option given where it does not apply is refused before anything is opened")
    void misplacedOptions() {
        assertThat(refused("cache", "info", "--db", "x.db")).isEqualTo("f1: option '--db' does not apply to f1"
                + " cache info; its options: --cache-dir, --config, --help, --json, --verbose, --version (see f1"
                + " cache info --help)");
        assertThat(refused("cache", "--db", "x.db", "info")).isEqualTo("f1: option '--db' does not apply to f1"
                + " cache or its subcommands (see f1 cache --help)");
        assertThat(refused("cache", "--cache-dir", "c", "info")).isEqualTo("f1: option '--cache-dir' goes after the"
                + " subcommand: f1 cache info --cache-dir, f1 cache clear --cache-dir (see f1 cache --help)");
        assertThat(refused("--offline", "demo")).startsWith("f1: option '--offline' does not apply to f1 demo;");
        assertThat(refused("demo", "--now", "2024-07-01T00:00:00Z")).contains("'--now' does not apply to f1"
                + " demo");
        assertThat(refused("predict", "--year", "2024", "--round", "5", "--offline"))
                .contains("'--offline' does not apply to f1 predict");
        assertThat(dir.resolve("f1-demo.db")).doesNotExist();
        // Before the subcommand name, an option the subcommand declares still reaches it.
        Result before = f1.raw("--db", dir.resolve("absent.db").toString(), "predict", "--year", "2024", "--round",
                "5");
        assertThat(before.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(before.err()).contains("database " + dir.resolve("absent.db") + " does not exist");
    }

    @Test
    @DisplayName("f1 help: commands and chapters; a chapter prints the manual bundled in the jar")
    void helpTopics() throws IOException {
        String index = help("help");
        assertThat(index).contains("Usage: f1 ").contains("Chapters of the manual (f1 help <chapter>):");
        for (String topic : HelpCommand.TOPICS.keySet()) {
            assertThat(index).contains("  " + topic + " ");
            String text = help("help", topic);
            assertThat(text).as(topic).isEqualTo(Files.readString(Path.of("..", "docs", HelpCommand.file(topic)),
                    StandardCharsets.UTF_8));
        }
        assertThat(help("help", "cli")).startsWith("# The `f1` command line").contains("Exit codes");
        assertThat(help("help", "championship")).startsWith("# Championship standings");
        assertThat(help("help", "standings")).startsWith("Usage: f1 standings");
        assertThat(String.join(", ", HelpCommand.TOPICS.keySet())).isEqualTo(HelpCommand.CHAPTERS);
        assertThat(help("help", "cache", "info")).startsWith("Usage: f1 cache info");
        assertThat(help("help", "predict")).isEqualTo(help("predict", "--help"));
        assertThat(refused("help", "modle")).startsWith("f1: no help on 'modle'; did you mean 'model'?");
        assertThat(refused("help", "cache", "inof")).contains("did you mean 'info'?");
        String top = help("--help");
        assertThat(top).contains("f1 help <command>").contains("f1 help cli is the full CLI reference")
                .doesNotContain("docs/cli.md");
    }

    @Test
    @DisplayName("a command that declares no shared option (added later, elsewhere) still gets them all")
    void undeclaredCommandsGetAll() {
        CommandLine cmd = F1Cli.commandLine(CliContext.of(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), Map.of(), dir));
        CommandLine extra = new CommandLine(new Undeclared());
        cmd.addSubcommand("extra", extra);
        F1Cli.giveUndeclaredCommandsAllOptions(cmd);
        assertThat(Suggestions.optionNames(extra.getCommandSpec())).contains("--db", "--config", "--offline",
                "--now", "--json", "--verbose", "--limit");
        assertThat(Suggestions.optionNames(cmd.getSubcommands().get("demo").getCommandSpec()))
                .doesNotContain("--offline");
    }

    @Test
    @DisplayName("edit distance counts a swap of neighbours as one; nothing is suggested for far-off words")
    void distance() {
        assertThat(Suggestions.distance("predcit", "predict")).isEqualTo(1);
        assertThat(Suggestions.distance("--yaer", "--year")).isEqualTo(1);
        assertThat(Suggestions.distance("standing", "standings")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.closest("bakfill", List.of("backfill", "backfill-sprint", "backtest")))
                .containsExactly("backfill");
        assertThat(Suggestions.closest("back", List.of("backfill", "backfill-sprint", "backtest")))
                .containsExactly("backfill", "backfill-sprint", "backtest");
        assertThat(Suggestions.closest("zzz", List.of("predict", "demo"))).isEmpty();
        assertThat(Suggestions.didYouMean(List.of("a", "b"))).isEqualTo("did you mean 'a' or 'b'?");
    }

    /** A subcommand written without the option groups. */
    @Command(name = "extra")
    static final class Undeclared implements Callable<Integer> {
        @Option(names = "--limit")
        int limit;

        @Override
        public Integer call() {
            return 0;
        }
    }
}
