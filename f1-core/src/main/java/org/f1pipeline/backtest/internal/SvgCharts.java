package org.f1pipeline.backtest.internal;

import java.util.List;
import java.util.Locale;
import org.f1pipeline.backtest.BacktestReport;
import org.f1pipeline.backtest.CalibrationBin;
import org.f1pipeline.backtest.ModelScore;

/**
 * The inline SVG charts of the backtest page: a reliability diagram, log-loss per season, and probability bars.
 * Plain SVG 1.1 with a {@code viewBox}, so the charts scale with the page and print as vectors; colours from the
 * Okabe-Ito palette (distinguishable with colour-vision deficiencies), and every line also has its own marker
 * shape or dash so the charts read in black and white. Stateless.
 */
public final class SvgCharts {

    /** Okabe-Ito colours, one per model in report order. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};
    static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"};

    private SvgCharts() {
    }

    /** The colour of the i-th model. */
    public static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    /** Reliability diagram: mean predicted against observed frequency per bin, one line per model. */
    public static String calibration(List<ModelScore> models) {
        int w = 600;
        int h = 420;
        int left = 56;
        int top = 20;
        int size = 340;
        StringBuilder s = open(w, h, "Calibration: observed win frequency against predicted probability");
        axes(s, left, top, size, size, "predicted probability", "observed frequency");
        for (int t = 0; t <= 10; t += 2) {
            double v = t / 10.0;
            int x = left + (int) Math.round(v * size);
            int y = top + size - (int) Math.round(v * size);
            s.append(text(x, top + size + 16, "middle", fmt(v, 1)));
            s.append(text(left - 6, y + 4, "end", fmt(v, 1)));
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' class='grid'/>%n", left, y,
                    left + size, y));
        }
        s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' class='diag'/>%n", left,
                top + size, left + size, top));
        for (int m = 0; m < models.size(); m++) {
            StringBuilder path = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (CalibrationBin b : models.get(m).calibration()) {
                if (b.n() == 0) {
                    continue;
                }
                double x = left + b.predicted() * size;
                double y = top + size - b.observed() * size;
                path.append(path.length() == 0 ? "M" : " L").append(fmt(x, 1)).append(' ').append(fmt(y, 1));
                marks.append(marker(m, x, y, b.n() >= 30 ? 4.5 : 2.5)).append("<title>")
                        .append(esc(models.get(m).name())).append(": ").append(fmt(b.lo(), 2)).append('-')
                        .append(fmt(b.hi(), 2)).append(", ").append(b.n()).append(" predictions, predicted ")
                        .append(fmt(b.predicted(), 3)).append(", observed ").append(fmt(b.observed(), 3))
                        .append("</title></g>\n");
            }
            s.append(String.format(Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='1.6'"
                    + " stroke-dasharray='%s'/>%n", path, colour(m), DASHES[m % DASHES.length])).append(marks);
        }
        legend(s, models.stream().map(ModelScore::name).toList(), left + size + 16, top + 6);
        s.append(text(left + size + 16, top + size - 20, "start", "large marks: bins of"));
        s.append(text(left + size + 16, top + size - 4, "start", "30 or more predictions"));
        return s.append("</svg>\n").toString();
    }

    /** Mean log-loss of the winner per season, one line per model (lower is better). */
    public static String logLossBySeason(List<ModelScore> models, int from, int to) {
        int w = 720;
        int h = 320;
        int left = 56;
        int top = 20;
        int width = 480;
        int height = 240;
        double max = 0;
        for (ModelScore m : models) {
            for (ModelScore.SeasonScore s : m.seasons()) {
                max = Math.max(max, s.metrics().logLoss());
            }
        }
        max = Math.max(0.5, Math.ceil(max * 2) / 2);
        StringBuilder s = open(w, h, "Mean log-loss of the actual winner per season (lower is better)");
        axes(s, left, top, width, height, "season", "log-loss");
        int span = Math.max(1, to - from);
        for (double v = 0; v <= max + 1e-9; v += max > 3 ? 1.0 : 0.5) {
            int y = top + height - (int) Math.round(v / max * height);
            s.append(text(left - 6, y + 4, "end", fmt(v, 1)));
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' class='grid'/>%n", left, y,
                    left + width, y));
        }
        int step = Math.max(1, (int) Math.ceil(span / 12.0)); // at most 13 labels, whatever the span
        for (int season = from; season <= to; season += step) {
            int x = left + (int) Math.round((double) (season - from) / span * width);
            s.append(text(x, top + height + 16, "middle", String.valueOf(season)));
        }
        for (int m = 0; m < models.size(); m++) {
            StringBuilder path = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (ModelScore.SeasonScore ss : models.get(m).seasons()) {
                double x = left + (double) (ss.season() - from) / span * width;
                double y = top + height - ss.metrics().logLoss() / max * height;
                path.append(path.length() == 0 ? "M" : " L").append(fmt(x, 1)).append(' ').append(fmt(y, 1));
                marks.append(marker(m, x, y, 3)).append("<title>").append(esc(models.get(m).name())).append(' ')
                        .append(ss.season()).append(": ").append(fmt(ss.metrics().logLoss(), 3)).append(" over ")
                        .append(ss.metrics().events()).append(" races</title></g>\n");
            }
            s.append(String.format(Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='1.6'"
                    + " stroke-dasharray='%s'/>%n", path, colour(m), DASHES[m % DASHES.length])).append(marks);
        }
        legend(s, models.stream().map(ModelScore::name).toList(), left + width + 16, top + 6);
        return s.append("</svg>\n").toString();
    }

    /**
     * One model's forecast of a race as horizontal bars (the {@code rows} most likely drivers, plus the winner
     * when he is further down), the winner's bar drawn in the model's colour and marked with a star.
     */
    public static String bars(BacktestReport.Forecast f, String winner, int colourIndex, int rows) {
        List<BacktestReport.Line> lines = new java.util.ArrayList<>(f.lines().subList(0, Math.min(rows,
                f.lines().size())));
        for (int i = rows; i < f.lines().size(); i++) {
            if (f.lines().get(i).driver().equals(winner)) {
                lines.add(f.lines().get(i));
            }
        }
        int row = 18;
        int labels = 150;
        int width = 200;
        int h = 24 + row * lines.size();
        StringBuilder s = open(labels + width + 60, h, f.model() + ": win probabilities");
        s.append(text(0, 13, "start", f.model())).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            BacktestReport.Line l = lines.get(i);
            boolean won = l.driver().equals(winner);
            int y = 20 + i * row;
            double len = Math.max(1, l.probability() * width);
            s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end' class='%s'>%s%s</text>%n",
                    labels - 6, y + 12, won ? "win" : "", won ? "\u2605 " : "", esc(l.name())));
            s.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%s' height='%d' fill='%s'%s/>%n",
                    labels, y + 2, fmt(len, 1), row - 5, won ? colour(colourIndex) : "#c8c8c8",
                    won ? " stroke='#000' stroke-width='1'" : ""));
            s.append(text(labels + (int) len + 4, y + 12, "start", fmt(100 * l.probability(), 1) + " %"));
        }
        return s.append("</svg>\n").toString();
    }

    private static StringBuilder open(int w, int h, String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d"
                + " %d' width='%d' height='%d' role='img'><title>%s</title>%n", w, h, w, h, esc(title)));
    }

    private static void axes(StringBuilder s, int left, int top, int width, int height, String x, String y) {
        s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' class='axis'/>%n", left, top,
                left, top + height));
        s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' class='axis'/>%n", left,
                top + height, left + width, top + height));
        s.append(text(left + width / 2, top + height + 34, "middle", x));
        s.append(String.format(Locale.ROOT, "<text x='14' y='%d' text-anchor='middle' transform='rotate(-90 14 %d)'>"
                + "%s</text>%n", top + height / 2, top + height / 2, esc(y)));
    }

    private static void legend(StringBuilder s, List<String> names, int x, int y) {
        for (int i = 0; i < names.size(); i++) {
            int yy = y + i * 18;
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='2'"
                    + " stroke-dasharray='%s'/>%n", x, yy, x + 24, yy, colour(i), DASHES[i % DASHES.length]));
            s.append(marker(i, x + 12, yy, 3.5)).append("</g>\n");
            s.append(text(x + 30, yy + 4, "start", names.get(i)));
        }
    }

    /** An open {@code <g>} with the i-th model's marker shape; the caller closes it (after a title). */
    private static String marker(int i, double x, double y, double r) {
        String c = colour(i);
        String shape = switch (i % 4) {
            case 0 -> String.format(Locale.ROOT, "<circle cx='%s' cy='%s' r='%s' fill='%s'/>", fmt(x, 1), fmt(y, 1),
                    fmt(r, 1), c);
            case 1 -> String.format(Locale.ROOT, "<rect x='%s' y='%s' width='%s' height='%s' fill='%s'/>",
                    fmt(x - r, 1), fmt(y - r, 1), fmt(2 * r, 1), fmt(2 * r, 1), c);
            case 2 -> String.format(Locale.ROOT, "<path d='M%s %s L%s %s L%s %s Z' fill='%s'/>", fmt(x, 1),
                    fmt(y - r * 1.2, 1), fmt(x + r * 1.1, 1), fmt(y + r * 0.8, 1), fmt(x - r * 1.1, 1),
                    fmt(y + r * 0.8, 1), c);
            default -> String.format(Locale.ROOT, "<path d='M%s %s L%s %s L%s %s L%s %s Z' fill='%s'/>",
                    fmt(x, 1), fmt(y - r * 1.3, 1), fmt(x + r * 1.3, 1), fmt(y, 1), fmt(x, 1), fmt(y + r * 1.3, 1),
                    fmt(x - r * 1.3, 1), fmt(y, 1), c);
        };
        return "<g>" + shape;
    }

    private static String text(int x, int y, String anchor, String t) {
        return String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='%s'>%s</text>%n", x, y, anchor, esc(t));
    }

    static String fmt(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    /** HTML/XML escaping of text and attribute values. */
    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
