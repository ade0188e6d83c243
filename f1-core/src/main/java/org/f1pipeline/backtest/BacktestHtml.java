package org.f1pipeline.backtest;

import static org.f1pipeline.backtest.internal.SvgCharts.esc;

import java.util.List;
import java.util.Locale;
import org.f1pipeline.backtest.internal.SvgCharts;
import org.f1pipeline.domain.RaceType;

/**
 * A backtest as one self-contained HTML page: inline CSS and SVG, no scripts, no external files, so it can be
 * mailed, archived or printed as is. Sections: the scores table, the calibration chart (with its table), the
 * log-loss per season chart (with its table), and the probability bars of the last race scored with the winner
 * marked. A print style sheet keeps charts whole on a page and drops the screen colours of tables. Stateless.
 */
public final class BacktestHtml {

    private BacktestHtml() {
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;
              max-width:1080px;margin:24px auto;padding:0 20px}
            h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .4em;border-bottom:1px solid #ccc}
            p.sub{color:#555;margin:.2em 0 1em}
            table{border-collapse:collapse;margin:.6em 0;font-variant-numeric:tabular-nums}
            th,td{padding:3px 10px;text-align:right;border-bottom:1px solid #e3e3e3}
            th:first-child,td:first-child{text-align:left;white-space:nowrap}
            thead th{background:#f2f4f7;border-bottom:2px solid #bbb}
            td.best{font-weight:700}
            .kind{color:#777;font-size:.85em}
            figure{margin:1em 0;break-inside:avoid;page-break-inside:avoid}
            figcaption{color:#555;font-size:.9em;max-width:760px}
            svg{max-width:100%;height:auto;font:12px system-ui,Helvetica,Arial,sans-serif}
            svg .axis{stroke:#333;stroke-width:1}svg .grid{stroke:#e6e6e6;stroke-width:1}
            svg .diag{stroke:#999;stroke-width:1;stroke-dasharray:4 4}svg text.win{font-weight:700}
            .bars{display:flex;flex-wrap:wrap;gap:8px 28px}
            td{white-space:nowrap}
            @page{margin:14mm}
            @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}thead th{background:none}
              h2{break-after:avoid;page-break-after:avoid;margin-top:1em}
              table{font-size:9pt;break-inside:avoid;page-break-inside:avoid}th,td{padding:2px 6px}
              svg{max-height:3.4in;width:auto}figcaption{font-size:8.5pt}
              .bars svg{width:47%}section.latest{break-inside:avoid;page-break-inside:avoid}
              a{color:inherit;text-decoration:none}}
            """;

    /** The page. */
    public static String render(BacktestReport r) {
        StringBuilder b = new StringBuilder(16_384);
        String what = r.type() == RaceType.SPRINT ? "sprints" : "grands prix";
        String title = "Backtest " + r.from() + (r.to() == r.from() ? "" : "-" + r.to()) + ", " + what;
        b.append("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n")
                .append("<meta name='viewport' content='width=device-width, initial-scale=1'>\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n<p class='sub'>").append(r.events()).append(' ')
                .append(what).append(" scored; every model predicted each race point-in-time, from what was known"
                        + " before it.");
        if (!r.excluded().isEmpty()) {
            b.append(' ').append(r.excluded().size()).append(" left out (listed at the end).");
        }
        b.append("</p>\n");
        scores(b, r.models());
        List<ModelScore> models = r.models();
        b.append("<h2>Calibration</h2>\n<figure>\n").append(SvgCharts.calibration(models))
                .append("<figcaption>Each mark is a bin of predictions (one per driver and race): its mean predicted"
                        + " probability against how often those drivers won. On the dashed diagonal a model is"
                        + " calibrated: its 30 % favourites win 30 % of the time.</figcaption>\n</figure>\n");
        calibrationTable(b, models);
        b.append("<h2>Log-loss per season</h2>\n<figure>\n").append(SvgCharts.logLossBySeason(models, r.from(),
                r.to())).append("<figcaption>Mean of -ln(probability given to the winner): 0 would be certainty;"
                + " the uniform baseline scores ln(field size).</figcaption>\n</figure>\n");
        seasonTable(b, models);
        if (r.latest() != null) {
            latest(b, r.latest());
        }
        if (!r.excluded().isEmpty()) {
            b.append("<h2>Races left out</h2>\n<ul>\n");
            r.excluded().forEach(e -> b.append("<li>").append(esc(e)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<p class='sub'>Method: docs/model.md, section Backtest. Baselines: uniform (1/N); pole (the"
                + " pole-sitter gets the share of earlier seasons' races won from pole); grid-softmax (p ~ exp(-a"
                + " (grid - 1)), a fitted on earlier seasons).</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void scores(StringBuilder b, List<ModelScore> models) {
        b.append("<h2>Scores</h2>\n<table>\n<thead><tr><th>Model</th><th>log-loss</th><th>Brier</th><th>top-1</th>"
                + "<th>top-3</th><th>winner's mean rank</th><th>log-loss vs grid-softmax</th><th>races</th></tr></thead>\n"
                + "<tbody>\n");
        double reference = models.stream().filter(m -> m.name().equals("grid-softmax"))
                .mapToDouble(m -> m.overall().logLoss()).findFirst().orElse(Double.NaN);
        double bestLl = models.stream().mapToDouble(m -> m.overall().logLoss()).min().orElse(Double.NaN);
        double bestBrier = models.stream().mapToDouble(m -> m.overall().brier()).min().orElse(Double.NaN);
        double bestTop1 = models.stream().mapToDouble(m -> m.overall().top1()).max().orElse(Double.NaN);
        double bestTop3 = models.stream().mapToDouble(m -> m.overall().top3()).max().orElse(Double.NaN);
        double bestRank = models.stream().mapToDouble(m -> m.overall().winnerMeanRank()).min().orElse(Double.NaN);
        for (int i = 0; i < models.size(); i++) {
            ModelScore m = models.get(i);
            Metrics o = m.overall();
            b.append("<tr><td><span style='color:").append(SvgCharts.colour(i)).append("'>\u25A0</span> ")
                    .append(esc(m.name())).append(" <span class='kind'>").append(m.kind()).append("</span></td>")
                    .append(cell(o.logLoss(), bestLl, "%.3f")).append(cell(o.brier(), bestBrier, "%.3f"))
                    .append(cell(100 * o.top1(), 100 * bestTop1, "%.1f %%"))
                    .append(cell(100 * o.top3(), 100 * bestTop3, "%.1f %%"))
                    .append(cell(o.winnerMeanRank(), bestRank, "%.2f")).append("<td>")
                    .append(Double.isNaN(reference) ? "-" : m.name().equals("grid-softmax") ? "reference"
                            : String.format(Locale.ROOT, "%+.1f %%", 100 * (o.logLoss() / reference - 1)))
                    .append("</td><td>").append(o.events())
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static String cell(double v, double best, String pattern) {
        return "<td" + (v == best ? " class='best'" : "") + ">" + String.format(Locale.ROOT, pattern, v) + "</td>";
    }

    private static void calibrationTable(StringBuilder b, List<ModelScore> models) {
        b.append("<table class='calib'>\n<thead><tr><th>Bin</th>");
        models.forEach(m -> b.append("<th>").append(esc(m.name())).append("<br>n / predicted / observed</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        List<CalibrationBin> first = models.isEmpty() ? List.of() : models.get(0).calibration();
        for (int bin = 0; bin < first.size(); bin++) {
            CalibrationBin edges = first.get(bin);
            b.append(String.format(Locale.ROOT, "<tr><td>%.2f-%.2f</td>", edges.lo(), edges.hi()));
            for (ModelScore m : models) {
                CalibrationBin c = m.calibration().get(bin);
                b.append(c.n() == 0 ? "<td>-</td>" : String.format(Locale.ROOT, "<td>%d / %.3f / %.3f</td>", c.n(),
                        c.predicted(), c.observed()));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void seasonTable(StringBuilder b, List<ModelScore> models) {
        b.append("<p class='sub'>Per season: log-loss &middot; top-1</p>\n<table>\n<thead><tr><th>Season</th>"
                + "<th>races</th>");
        models.forEach(m -> b.append("<th>").append(esc(m.name())).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        List<ModelScore.SeasonScore> seasons = models.isEmpty() ? List.of() : models.get(0).seasons();
        for (int s = 0; s < seasons.size(); s++) {
            b.append("<tr><td>").append(seasons.get(s).season()).append("</td><td>")
                    .append(seasons.get(s).metrics().events()).append("</td>");
            for (ModelScore m : models) {
                Metrics x = m.seasons().get(s).metrics();
                b.append(String.format(Locale.ROOT, "<td>%.3f &middot; %.0f %%</td>", x.logLoss(), 100 * x.top1()));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void latest(StringBuilder b, BacktestReport.LatestRace l) {
        b.append("<section class='latest'>\n<h2>Last race scored: ").append(esc(l.race().toString())).append(' ')
                .append(esc(l.raceName()))
                .append("</h2>\n<p class='sub'>Winner: <b>\u2605 ").append(esc(l.winnerName()))
                .append("</b>. Each model's most likely drivers; the winner's bar is coloured and starred.</p>\n")
                .append("<figure class='bars'>\n");
        for (int i = 0; i < l.forecasts().size(); i++) {
            b.append(SvgCharts.bars(l.forecasts().get(i), l.winner(), i, 8));
        }
        b.append("</figure>\n</section>\n");
    }
}
