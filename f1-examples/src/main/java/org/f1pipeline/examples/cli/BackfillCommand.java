package org.f1pipeline.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.f1pipeline.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code f1 backfill --start --end}: the seed's backfill_full.py, through {@code F1Pipeline.backfillFull}. */
@Command(name = "backfill", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the whole job chain (schedule, roster, every session, statistics, predictions) for"
                + " every round of a range of seasons. A failing step prints a [SKIP] line and the backfill goes"
                + " on; re-running resumes (completed rounds cost no request)."})
final class BackfillCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--start", paramLabel = "<year>", description = "First season (default: 2000, as the seed).")
    Integer start;

    @Option(names = "--end", paramLabel = "<year>", description = "Last season (default: the current one).")
    Integer end;

    @Option(names = "--no-laps", description = "Skip Jolpica lap times before 2023 (10-15 requests per race).")
    boolean noLaps;

    @Option(names = "--no-openf1", description = "Leave OpenF1 out: 2023+ detail (sectors, tyres, weather, sprint"
            + " qualifying) from the live-timing archive.")
    boolean noOpenF1;

    @Option(names = "--no-fp2", description = "Skip FP2 long runs.")
    boolean noFp2;

    @Option(names = "--no-compute", description = "Ingest only: no statistics, features or predictions.")
    boolean noCompute;

    /** Every shared option: this command runs jobs and fetches. */
    @Mixin
    OptionMixins.All shared = new OptionMixins.All();

    @Override
    public Integer call() {
        int from = start != null ? start : 2000;
        int to = end != null ? end : BackfillSupport.currentYear(parent.globals());
        if (from > to) {
            return Failures.report(parent.context().err(), "backfill", null, null, new InvalidInputException(
                    "start", "--start " + from + " is after --end " + to), false);
        }
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return BackfillSupport.run(parent, "backfill", "backfill " + from + "-" + to, years,
                (session, progress) -> session.pipeline().backfillFull(from, to,
                        BackfillSupport.options(noLaps, noOpenF1, noFp2, noCompute), progress));
    }
}
