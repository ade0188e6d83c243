package org.f1pipeline.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.backtest.BacktestHtml;
import org.f1pipeline.backtest.BacktestOptions;
import org.f1pipeline.backtest.BacktestReport;
import org.f1pipeline.backtest.CalibrationBin;
import org.f1pipeline.backtest.Metrics;
import org.f1pipeline.backtest.ModelScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 backtest --from Y --to Y [--sprint] [--model NAME...] [--json] [--html FILE]}: scores the models and
 * the baselines on every race of the span (see {@link org.f1pipeline.backtest.Backtest}).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score the models against what happened: every grand prix (or sprint) of the seasons, each"
                + " model's pre-race prediction (stored, else computed point-in-time) and the baselines uniform,"
                + " pole and grid-softmax, against the actual winner: log-loss, Brier score, top-1, top-3, the"
                + " winner's mean rank, calibration, per season.",
                "Exit 0 when done, 2 on bad usage, 3 when the database holds no race of the span with a result."})
final class BacktestCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--from", paramLabel = "<year>", required = true, description = "First season scored.")
    int from;

    @Option(names = "--to", paramLabel = "<year>", required = true, description = "Last season scored.")
    int to;

    @Option(names = "--sprint", description = "Score sprints instead of grands prix.")
    boolean sprint;

    @Option(names = "--model", paramLabel = "<name>", arity = "1..*",
            description = "Models to score, by version (default: clogit-v1 and weighted-v3, or with --sprint"
                    + " sprint-clogit-v1 and sprint-v2).")
    List<String> models;

    @Option(names = "--html", paramLabel = "<file>",
            description = "Also write a self-contained HTML report (charts inline, no scripts) to this file.")
    String html;

    @Option(names = "--no-stored", description = "Compute every prediction afresh instead of using stored ones.")
    boolean noStored;

    /** The shared options that apply: it reads the database and never fetches. */
    @Mixin
    OptionMixins.Database database = new OptionMixins.Database();
    @Mixin
    OptionMixins.Config config = new OptionMixins.Config();
    @Mixin
    OptionMixins.Json json = new OptionMixins.Json();
    @Mixin
    OptionMixins.Verbose verbose = new OptionMixins.Verbose();

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            BacktestOptions.Builder b = BacktestOptions.builder(from, to).storedPredictions(!noStored);
            if (sprint) {
                b.sprint();
            }
            if (models != null) {
                b.models(models.toArray(String[]::new));
            }
            BacktestOptions options = b.build();
            CliConfig config = CliSession.config(ctx, g);
            try (CliSession s = CliSession.open(ctx, g, config, "backfill the seasons first (f1 backfill --start "
                    + from + " --end " + to + "), or pass --db with the database to read")) {
                BacktestReport report = s.pipeline().backtest(options);
                if (report.events() == 0) {
                    throw CliException.notAvailable("no " + (sprint ? "sprint" : "grand prix") + " of " + from
                            + "-" + to + " has both a grid and a winner in " + s.storage.describe()
                            + (report.excluded().isEmpty() ? "" : " (" + report.excluded().size() + " left out, e.g. "
                            + report.excluded().get(0) + ")"));
                }
                if (html != null) {
                    write(ctx.resolve(html), BacktestHtml.render(report));
                }
                ctx.out().print(g.json ? Output.json(toMap(report)) + "\n" : text(report, html == null ? null
                        : ctx.resolve(html)));
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "backtest", null, null, e, g.verbose);
        }
    }

    private static void write(Path file, String page) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, page);
        } catch (IOException e) {
            throw new InvalidInputException("html", "cannot write the HTML report to " + file + ": " + e.getMessage());
        }
    }

    /** The JSON object: {@code {"from","to","events","models":[{name, kind, metrics, calibration, seasons}]}}. */
    static Map<String, Object> toMap(BacktestReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("events", r.events());
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelScore s : r.models()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", s.name());
            x.put("kind", s.kind());
            metrics(x, s.overall());
            List<Map<String, Object>> bins = new ArrayList<>();
            for (CalibrationBin c : s.calibration()) {
                Map<String, Object> bin = new LinkedHashMap<>();
                bin.put("lo", c.lo());
                bin.put("hi", c.hi());
                bin.put("n", c.n());
                bin.put("predicted", c.n() == 0 ? null : c.predicted());
                bin.put("observed", c.n() == 0 ? null : c.observed());
                bins.add(bin);
            }
            x.put("calibration", bins);
            List<Map<String, Object>> seasons = new ArrayList<>();
            for (ModelScore.SeasonScore ss : s.seasons()) {
                Map<String, Object> season = new LinkedHashMap<>();
                season.put("season", ss.season());
                season.put("events", ss.metrics().events());
                metrics(season, ss.metrics());
                seasons.add(season);
            }
            x.put("seasons", seasons);
            models.add(x);
        }
        m.put("models", models);
        return m;
    }

    private static void metrics(Map<String, Object> into, Metrics o) {
        into.put("log_loss", o.logLoss());
        into.put("brier", o.brier());
        into.put("top1", o.top1());
        into.put("top3", o.top3());
        into.put("winner_mean_rank", o.winnerMeanRank());
    }

    /** The text report: the scores table, then each model's calibration bins. */
    static String text(BacktestReport r, Path html) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Backtest %d-%d, %s: %d races scored%s%n", r.from(), r.to(),
                r.type() == org.f1pipeline.domain.RaceType.SPRINT ? "sprints" : "grands prix", r.events(),
                r.excluded().isEmpty() ? "" : ", " + r.excluded().size() + " left out"));
        b.append(String.format(Locale.ROOT, "%-18s %-8s %8s %7s %7s %7s %10s%n", "model", "kind", "log-loss",
                "Brier", "top-1", "top-3", "mean rank"));
        for (ModelScore s : r.models()) {
            Metrics o = s.overall();
            b.append(String.format(Locale.ROOT, "%-18s %-8s %8.3f %7.3f %6.1f%% %6.1f%% %10.2f%n", s.name(),
                    s.kind(), o.logLoss(), o.brier(), 100 * o.top1(), 100 * o.top3(), o.winnerMeanRank()));
        }
        b.append("Calibration (bin: predictions, mean predicted -> observed):\n");
        for (ModelScore s : r.models()) {
            if (s.kind().equals(ModelScore.BASELINE)) {
                continue;
            }
            b.append("  ").append(s.name()).append(':');
            for (CalibrationBin c : s.calibration()) {
                if (c.n() > 0) {
                    b.append(String.format(Locale.ROOT, "  %.2f-%.2f: %d, %.3f -> %.3f", c.lo(), c.hi(), c.n(),
                            c.predicted(), c.observed()));
                }
            }
            b.append('\n');
        }
        r.excluded().stream().limit(5).forEach(e -> b.append("left out: ").append(e).append('\n'));
        if (r.excluded().size() > 5) {
            b.append("left out: ... ").append(r.excluded().size() - 5).append(" more\n");
        }
        if (html != null) {
            b.append("HTML report: ").append(html).append('\n');
        }
        return b.toString();
    }
}
