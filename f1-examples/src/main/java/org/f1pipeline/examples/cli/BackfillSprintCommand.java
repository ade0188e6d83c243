package org.f1pipeline.examples.cli;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code f1 backfill-sprint --years ...}: the seed's backfill_sprint.py, through {@code F1Pipeline.backfillSprint}. */
@Command(name = "backfill-sprint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-run the sprint jobs (sprint qualifying, sprint prediction, sprint) of every sprint"
                + " weekend of the given seasons, then the season statistics; e.g. after a change to sprint data."})
final class BackfillSprintCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--years", paramLabel = "<year>", arity = "1..*",
            description = "Seasons (default: the current one), e.g. --years 2021 2022 2024.")
    List<Integer> years;

    @Option(names = "--no-openf1", description = "Leave OpenF1 out: sprint qualifying and sprint detail from the"
            + " live-timing archive.")
    boolean noOpenF1;

    @Option(names = "--no-compute", description = "No sprint predictions or statistics.")
    boolean noCompute;

    /** Every shared option: this command runs jobs and fetches. */
    @Mixin
    OptionMixins.All shared = new OptionMixins.All();

    @Override
    public Integer call() {
        TreeSet<Integer> seasons = new TreeSet<>(years == null || years.isEmpty()
                ? List.of(BackfillSupport.currentYear(parent.globals())) : years);
        String title = "backfill-sprint " + seasons.stream().map(String::valueOf).collect(Collectors.joining(","));
        return BackfillSupport.run(parent, "backfill-sprint", title, seasons,
                (session, progress) -> session.pipeline().backfillSprint(seasons,
                        BackfillSupport.options(false, noOpenF1, false, noCompute), progress));
    }
}
