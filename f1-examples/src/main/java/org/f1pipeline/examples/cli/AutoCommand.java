package org.f1pipeline.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 auto}: decide the next action from race status, schedule and the clock, and run it (the seed's
 * auto_runner, fixed; see {@link AutoPlanner} and {@link AutoRunner}). Meant for cron every 15 minutes.
 */
@Command(name = "auto", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run whatever is due: sync the schedule and roster when stale, then the job chain of the"
                + " next ready session of the earliest open race (repeated while steps are ready).",
                "Exit 0 when done or nothing is due yet, 1 when a job failed or a step was given up,"
                        + " 3 when the data is not published yet."})
final class AutoCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--dry-run", description = "Only print the decision; run nothing, write nothing.")
    boolean dryRun;

    /** Every shared option: this command runs jobs and fetches. */
    @Mixin
    OptionMixins.All shared = new OptionMixins.All();

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            CliConfig config = CliSession.config(ctx, g);
            AutoState state = AutoState.load(ctx.resolve(config.auto().stateFile()));
            String hint = dryRun ? "a dry run only reads; run f1 auto without --dry-run to create it" : null;
            try (CliSession session = CliSession.open(ctx, g, config, hint)) {
                return new AutoRunner(session, state, ctx, g.json, dryRun).run();
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "auto", null, null, e, g.verbose);
        }
    }
}
