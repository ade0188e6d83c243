package org.f1pipeline.examples.cli;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.recompute.RecomputeSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 recompute [--from Y] [--to Y] [--model NAME]}: recomputes what is stale, through
 * {@code F1Pipeline.recompute} (the incremental full-history engine, one transaction per season).
 */
@Command(name = "recompute", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Recompute what is stale: the season statistics whose season's results, qualifying, laps or"
                + " conditions changed since they were computed, and the features and a new prediction version of"
                + " every grand prix and sprint whose inputs changed (or that has a grid but was never computed)."
                + " Pre-race predictions are kept; the new versions are marked as recomputed. One transaction per"
                + " season; nothing stale, nothing written. No request is made."})
final class RecomputeCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--from", paramLabel = "<year>", description = "First season (default: 1950).")
    Integer from;

    @Option(names = "--to", paramLabel = "<year>", description = "Last season (default: the current one).")
    Integer to;

    @Option(names = "--model", paramLabel = "<name>", description = "Only the events of this model (e.g."
            + " weighted-v3, sprint-clogit-v1; default: the configured grand-prix and sprint models).")
    String model;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            CliConfig config = CliSession.config(ctx, g);
            int first = from != null ? from : 1950;
            int last = to != null ? to : CliSession.clock(g).instant().atZone(ZoneOffset.UTC).getYear();
            if (first > last) {
                throw new InvalidInputException("from", "--from " + first + " is after --to " + last);
            }
            try (CliSession s = CliSession.open(ctx, g, config, "run the jobs first (f1 backfill), or pass --db"
                    + " with the database to recompute")) {
                F1Pipeline pipeline = s.pipeline();
                RecomputeSummary r = model == null ? pipeline.recompute(first, last)
                        : pipeline.recompute(first, last, model);
                if (g.json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("from", first);
                    out.put("to", last);
                    out.put("seasons", r.seasons());
                    out.put("grand_prix", r.grandPrix());
                    out.put("sprints", r.sprints());
                    out.put("skipped", r.skipped().size());
                    out.put("rows", r.rowsWritten());
                    out.put("ms", r.duration().toMillis());
                    ctx.out().println(Output.json(out));
                } else {
                    ctx.out().println(r.seasons() == 0 && r.events() == 0
                            ? "recompute " + first + "-" + last + ": nothing stale"
                            : "recompute " + first + "-" + last + ": " + r.seasons() + " season(s) written, "
                            + r.grandPrix() + " grand prix, " + r.sprints() + " sprint(s), " + r.totalRows()
                            + " rows in " + r.duration().toMillis() + " ms");
                    r.skipped().forEach(k -> ctx.out().println("  not computed: " + k.race() + " "
                            + k.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + k.reason()));
                }
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "recompute", null, null, e, g.verbose);
        }
    }
}
