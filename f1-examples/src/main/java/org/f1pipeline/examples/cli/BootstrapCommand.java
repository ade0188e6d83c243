package org.f1pipeline.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.bootstrap.BootstrapListener;
import org.f1pipeline.bootstrap.BootstrapOptions;
import org.f1pipeline.bootstrap.BootstrapReport;
import org.f1pipeline.bootstrap.BootstrapSeason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 bootstrap [--dump FILE|URL] [--until YEAR]}: the whole history from Jolpica's CSV database dump, through
 * {@code F1Pipeline.bootstrap}. Prints a line per season and a summary (requests, seasons, races, results, laps, pit
 * stops, seconds; the sprint weekends stored without sprint qualifying and the {@code f1 backfill-sprint} command that
 * fills them, D80), or one JSON object with {@code --json}. Exit 0 when done (also when nothing was left to write),
 * 1 when the dump is broken or its hash is wrong, 2 for bad input (a missing file, a bad URL or year).
 */
@Command(name = "bootstrap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fill the database from Jolpica's CSV database dump: every season in about a minute (at most"
                + " 3 requests) instead of hours of rate-limited API requests. By default the free dump (14 days"
                + " behind) is downloaded from the Jolpica host, checked against its published SHA-256 and kept in the"
                + " cache folder. Written season by season (Ctrl-C is safe, re-running completes it; seasons already"
                + " stored are left alone), by the same rules as the API path, so backfill and auto carry on from"
                + " the dump's last race through the API. The dump has no sprint qualifying: the summary counts the"
                + " 2023+ sprint weekends stored without it and prints the backfill-sprint command that fills them."})
final class BootstrapCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--dump", paramLabel = "<file|url>", description = "A local dump zip, or an http(s) URL to"
            + " download it from (default: the dump listed at <jolpica host>/data/dumps/download/).")
    String dump;

    @Option(names = "--until", paramLabel = "<year>", description = "Last season to write (default: every season"
            + " of the dump).")
    Integer until;

    /** Every shared option: this command fetches and writes. */
    @Mixin
    OptionMixins.All shared = new OptionMixins.All();

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            BootstrapOptions.Builder b = BootstrapOptions.builder();
            if (dump != null) {
                b.dump(dump);
            }
            if (until != null) {
                b.until(until);
            }
            BootstrapOptions options = b.build();
            CliConfig config = CliSession.config(ctx, g);
            try (CliSession session = CliSession.open(ctx, g, config, null)) {
                if (!g.json) {
                    ctx.out().println("bootstrap into " + session.storage.describe() + " from "
                            + (dump != null ? dump : "the listed Jolpica dump")
                            + " (one transaction per season: Ctrl-C is safe, re-running completes it)");
                    ctx.out().flush();
                }
                BootstrapReport r = session.pipeline().bootstrap(options, g.json ? BootstrapListener.NONE
                        : new BootstrapListener() {
                            @Override
                            public void onDump(String source, boolean cached, int seasons) {
                                ctx.out().println("dump " + source + (cached ? " (cached copy)" : "") + ": "
                                        + seasons + " seasons");
                                ctx.out().flush();
                            }

                            @Override
                            public void onSeason(BootstrapSeason s) {
                                ctx.out().println("  " + s.line());
                                s.skipped().forEach(line -> ctx.out().println("    [SKIP] " + line));
                                ctx.out().flush();
                            }
                        });
                if (g.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("job", "bootstrap");
                    m.put("status", "ok");
                    m.put("source", r.source());
                    m.put("sha256", r.sha256());
                    m.put("cached", r.cached());
                    m.put("requests", r.requests());
                    m.put("seasons", r.seasons().size());
                    m.put("seasons_written", r.seasonsWritten());
                    m.put("races", r.races());
                    m.put("results", r.results());
                    m.put("qualifying", r.qualifying());
                    m.put("laps", r.laps());
                    m.put("pit_stops", r.pitStops());
                    m.put("skipped", r.skipped());
                    m.put("without_sprint_qualifying", r.withoutSprintQualifying());
                    m.put("sprint_qualifying_years", r.sprintQualifyingYears());
                    m.put("fill_sprint_qualifying", r.withoutSprintQualifying() == 0 ? null
                            : fillCommand(g, r.sprintQualifyingYears()));
                    m.put("duration_ms", r.duration().toMillis());
                    ctx.out().println(Output.json(m));
                } else {
                    ctx.out().println(r.nothingWritten() ? r.summary() + " (already bootstrapped: nothing to write)"
                            : r.summary());
                    if (r.withoutSprintQualifying() > 0) {
                        int n = r.withoutSprintQualifying();
                        ctx.out().println(n + (n == 1 ? " sprint weekend is" : " sprint weekends are") + " stored"
                                + " without sprint qualifying, which the dump does not have (the API path takes it"
                                + " from OpenF1 or the live-timing archive): sprint predictions there use the"
                                + " sprint's starting grid, without the sprint-qualifying times. To fill them and"
                                + " recompute those predictions, run:");
                        ctx.out().println("  " + fillCommand(g, r.sprintQualifyingYears()));
                    }
                }
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "bootstrap", null, null, e, g.verbose);
        }
    }

    /**
     * {@code f1 backfill-sprint --years 2023 2024}, with the {@code --db}, {@code --config} and {@code --fake} this
     * run was given, so that it fills the database just bootstrapped (D80).
     */
    static String fillCommand(GlobalOptions g, List<Integer> years) {
        StringBuilder b = new StringBuilder("f1 backfill-sprint --years");
        years.forEach(y -> b.append(' ').append(y));
        if (g.db != null) {
            b.append(" --db ").append(Output.shellWord(g.db));
        }
        if (g.config != null) {
            b.append(" --config ").append(Output.shellWord(g.config));
        }
        if (g.fake) {
            b.append(" --fake");
        }
        return b.toString();
    }
}
