package org.f1pipeline.examples.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.job.Job;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * The {@code f1} command-line program: every job of the pipeline under the seed's interface
 * ({@code f1 --job sync_schedule --year 2026}), plus {@code backfill}, {@code backfill-sprint}, {@code auto},
 * {@code predict}, {@code backtest}, {@code standings}, {@code pitstops}, {@code cache}, {@code demo} and {@code help}. Each command
 * declares the shared options that apply to it ({@link OptionMixins}); unknown commands and options get a
 * "did you mean". Exit codes: {@link ExitCodes}. Reference: docs/cli.md, or {@code f1 help cli} from the jar.
 *
 * <pre>{@code
 * java -jar f1-examples/target/f1.jar demo
 * java -jar f1-examples/target/f1.jar --job ingest_race --year 2025 --round 6
 * }</pre>
 *
 * <p>Tests and embedding programs run it in-process with {@link #run(CliContext, String...)}.
 */
@Command(name = "f1", mixinStandardHelpOptions = true, versionProvider = F1Cli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Keeps a Formula 1 database up to date from public APIs and predicts grand-prix and sprint"
                + " winners.", "", "Run one job: f1 --job <name> [--year Y] [--round R | --race_id Y-RR]"},
        footer = {"", "Exit codes: 0 success, 1 job failed (JSON failure line on stderr), 2 bad usage,"
                + " 3 data not available yet.", "Help: f1 help <command> (e.g. f1 help predict), or a chapter of the manual bundled in f1.jar:"
                + " f1 help <chapter> (" + HelpCommand.CHAPTERS + "); f1 help cli is the full CLI reference."})
public final class F1Cli implements Callable<Integer> {

    /** The subcommands, in the order of the help, each made when the command line is built. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    /** Every shared option: the top level runs jobs ({@code --job}), which use them all. */
    @Mixin
    OptionMixins.All options = new OptionMixins.All();

    /** The values of the shared options, whichever command they were given to (see {@link GlobalOptions}). */
    final GlobalOptions globals = new GlobalOptions();

    @Option(names = "--job", paramLabel = "<name>", completionCandidates = JobNames.class,
            description = "Job to run, by its seed name: ${COMPLETION-CANDIDATES}.")
    String job;

    @Option(names = "--year", paramLabel = "<year>", description = "Season (1950 to next year).")
    Integer year;

    @Option(names = "--round", paramLabel = "<round>", description = "Round within the season.")
    Integer round;

    @Option(names = {"--race_id", "--race-id"}, paramLabel = "<season-round>",
            description = "The race, as season-round, e.g. 2024-05 (compute jobs; alias of --year + --round).")
    String raceId;

    @Option(names = "--no-openf1", description = "Leave OpenF1 out: 2023+ detail from the live-timing archive.")
    boolean noOpenF1;

    /** The program over {@code ctx}; build the command line with {@link #commandLine(CliContext)}. */
    F1Cli(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (job == null) {
            if (year != null || round != null || raceId != null) {
                ctx.err().println("f1: --year, --round and --race_id need --job <name> (or a subcommand such as"
                        + " predict); see f1 --help");
                ctx.err().flush();
                return ExitCodes.USAGE;
            }
            spec.commandLine().usage(ctx.err());
            ctx.err().flush();
            return ExitCodes.USAGE;
        }
        return new JobRunner(ctx, globals).run(job, year, round, raceId, !noOpenF1);
    }

    /** The global options (for subcommands). */
    GlobalOptions globals() {
        return globals;
    }

    /** The context (for subcommands). */
    CliContext context() {
        return ctx;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("bootstrap", BootstrapCommand::new);
        all.put("backfill", BackfillCommand::new);
        all.put("backfill-sprint", BackfillSprintCommand::new);
        all.put("auto", AutoCommand::new);
        all.put("predict", PredictCommand::new);
        all.put("backtest", BacktestCommand::new);
        all.put("standings", StandingsCommand::new);
        all.put("pitstops", PitStopsCommand::new);
        all.put("recompute", RecomputeCommand::new);
        all.put("cache", CacheCommand::new);
        all.put("demo", DemoCommand::new);
        all.put("help", HelpCommand::new);
        return all;
    }

    /** The whole command line over {@code ctx}: subcommands, exit-code mapping, one-line usage errors. */
    public static CommandLine commandLine(CliContext ctx) {
        return commandLine(ctx, null);
    }

    /**
     * The command line with every subcommand modelled, or, when {@code only} names one, with that one modelled and
     * the others as bare names (no options, nothing to run): see {@link #forNamedSubcommand}.
     */
    private static CommandLine commandLine(CliContext ctx, String only) {
        F1Cli top = new F1Cli(ctx);
        CommandLine cmd = new CommandLine(top);
        SUBCOMMANDS.forEach((name, make) -> cmd.addSubcommand(name, only == null || only.equals(name) ? make.get()
                : CommandSpec.create()));
        giveUndeclaredCommandsAllOptions(cmd);
        cmd.setOut(ctx.out());
        cmd.setErr(ctx.err());
        cmd.setExecutionStrategy(parsed -> {
            rejectUnmatched(parsed);
            Set<String> misplaced = GlobalOptions.misplaced(parsed);
            if (!misplaced.isEmpty()) {
                CommandLine leaf = leaf(parsed).commandSpec().commandLine();
                throw new CommandLine.ParameterException(leaf, "option" + (misplaced.size() > 1 ? "s " : " ")
                        + misplaced.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", "))
                        + (misplaced.size() > 1 ? " do" : " does") + " not apply to "
                        + leaf.getCommandSpec().qualifiedName() + "; its options: "
                        + String.join(", ", Suggestions.optionNames(leaf.getCommandSpec())));
            }
            top.globals.collect(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine where = ex.getCommandLine();
            String message = ex instanceof CommandLine.UnmatchedArgumentException u ? Suggestions.unmatched(u)
                    : ex.getMessage();
            ctx.err().println("f1: " + message + " (see " + where.getCommandSpec().qualifiedName() + " --help)");
            ctx.err().flush();
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, where, parseResult) -> Failures.report(ctx.err(),
                where.getCommandName(), null, null, ex, top.globals.verbose));
        return cmd;
    }

    /**
     * Unknown words are refused even when {@code --help} was given too, so {@code f1 predcit --help} says what was
     * not understood (exit 2) instead of printing the top-level help as if all was well.
     */
    private static void rejectUnmatched(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
    }

    private static ParseResult leaf(ParseResult parsed) {
        ParseResult p = parsed;
        while (p.subcommand() != null) {
            p = p.subcommand();
        }
        return p;
    }

    /**
     * A subcommand that declares none of the shared options ({@link OptionMixins}) gets them all, as every command
     * did before the options were scoped; commands with subcommands of their own ({@code cache}) take none.
     */
    static void giveUndeclaredCommandsAllOptions(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.userObject() == null) {
                continue; // a bare name (forNamedSubcommand): it takes no options and never runs
            }
            boolean declared = spec.userObject() instanceof OptionMixins.Scoped
                    || spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof OptionMixins.Shared);
            if (!sub.getSubcommands().isEmpty()) {
                giveUndeclaredCommandsAllOptions(sub);
            } else if (!declared) {
                spec.addMixin("shared", CommandSpec.forAnnotatedObject(new OptionMixins.All()));
            }
        }
    }

    /**
     * The command line for {@code args} with only the subcommand they name modelled, when they parse with it into
     * that subcommand and ask for no help; otherwise null, and the whole command line parses them (its help, its
     * errors and their suggestions know every subcommand). Why (decision D106): picocli reflects over a subcommand's
     * options, mixins and converters when it is added, and did so for the eleven that a command does not run: a
     * quick {@code f1 recompute} (nothing stale) took 22 ms less this way (16 rounds, faster in 12). The parse made
     * here is repeated by {@code execute}, which resets the options first.
     */
    static CommandLine forNamedSubcommand(CliContext ctx, String[] args) {
        String name = null;
        for (String arg : args) {
            if (SUBCOMMANDS.containsKey(arg)) {
                name = arg;
                break;
            }
        }
        if (name == null || name.equals("help")) {
            return null; // help describes the other subcommands
        }
        CommandLine cmd = commandLine(ctx, name);
        try {
            ParseResult parsed = cmd.parseArgs(args);
            if (parsed.subcommand() == null
                    || parsed.subcommand().commandSpec() != cmd.getSubcommands().get(name).getCommandSpec()) {
                return null; // the name was an option's value, and another word the subcommand
            }
            for (ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (p.isUsageHelpRequested() || p.isVersionHelpRequested() || !p.unmatched().isEmpty()) {
                    return null;
                }
            }
            return cmd;
        } catch (CommandLine.PicocliException e) {
            return null; // the whole command line reports it, with its suggestions
        }
    }

    /**
     * Runs the program in-process and returns its exit code. An {@link Error} that escapes a command (jobs already
     * turn theirs into failures) still ends as a failure line and exit 1, never as a bare stack trace.
     */
    public static int run(CliContext ctx, String... args) {
        try {
            CommandLine named = forNamedSubcommand(ctx, args);
            return (named != null ? named : commandLine(ctx)).execute(args);
        } catch (Error e) {
            return Failures.report(ctx.err(), "f1", null, null, e, Arrays.asList(args).contains("--verbose")
                    || Arrays.asList(args).contains("-v"));
        }
    }

    /** Entry point of {@code java -jar f1.jar}. */
    public static void main(String[] args) {
        configureLogging(Arrays.asList(args));
        int status = run(CliContext.system(), args);
        ArchivePreload.runIfAsked(); // only in the run that writes the launcher's archive (D105)
        System.exit(status);
    }

    /**
     * The log binding reads its settings once, when the first logger is made, so they are set before anything logs:
     * WARN on stderr by default, INFO with {@code --verbose}. The library's own copies of the {@code [SKIP]} lines
     * the CLI prints itself are silenced unless verbose, so each appears once (the JSON failure line of a job is
     * logged at DEBUG only).
     */
    static void configureLogging(List<String> args) {
        boolean verbose = args.contains("-v") || args.contains("--verbose");
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.f1pipeline.backfill", "info");
        }
    }

    /** The version line. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"f1pipeline " + F1Pipeline.VERSION + " (Java " + Runtime.version() + ")"};
        }
    }

    /** The job names, for the help text. */
    static final class JobNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(Job.values()).map(Job::jobName).iterator();
        }
    }
}
