package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.backtest.BacktestHtml;
import org.f1pipeline.backtest.BacktestOptions;
import org.f1pipeline.backtest.BacktestReport;
import org.f1pipeline.backtest.CalibrationBin;
import org.f1pipeline.backtest.Metrics;
import org.f1pipeline.backtest.ModelScore;
import org.f1pipeline.model.FittedCoefficients;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelHistory;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.memory.InMemoryStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.history.HistoryRecords;

/**
 * The model benchmark of issue 12: the backtest of every model and baseline on the real grands prix of 2004-2013
 * (each race predicted from the races before it; the fitted model learns season by season from 1950 on), checked
 * against the targets, and the cost of fitting: 26 rolling-origin refits on the real history (the first chain in
 * a fresh JVM, then the best of five), and the full recompute of the synthetic 2000-2025 history at real scale
 * with the fitted and the seed models.
 *
 * <p>The real history is loaded straight into SQLite with {@link HistoryRecords} (the fake Jolpica's replay of it
 * is the ingest test's business); it needs {@code ../shared/realdata} (or {@code F1_REALDATA_DIR}). The HTML
 * report is written to {@code target/backtest-2004-2013.html} (or the first argument).
 */
public final class ModelBacktestBenchmark {

    static final int FROM = 2004;
    static final int TO = 2013;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ModelBacktestBenchmark() {
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args optional: where to write the HTML report
     */
    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "Model benchmark (issue 12). JVM %s, %d CPUs, max heap %d MB.%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Optional<Path> dir = ErgastHistory.locate();
        if (dir.isEmpty()) {
            System.out.println("../shared/realdata/history not found (set F1_REALDATA_DIR): nothing to measure.");
            return;
        }
        long t0 = System.nanoTime();
        ErgastHistory history = ErgastHistory.load(dir.get());
        HistoryRecords records = HistoryRecords.of(history, 1950, TO);
        fits(records.weekends());
        Path db = Files.createTempDirectory("f1-backtest-bench").resolve("history.db");
        try (Storage storage = SqliteStorage.open(db);
             F1Pipeline pipeline = F1Pipeline.builder().storage(storage).build()) {
            records.load(storage);
            System.out.printf(Locale.ROOT, "Real history 1950-%d loaded into SQLite in %.1f s: %s%n%n", TO,
                    (System.nanoTime() - t0) / 1e9, records.counts());
            long b0 = System.nanoTime();
            BacktestReport report = pipeline.backtest(BacktestOptions.builder(FROM, TO).build());
            double seconds = (System.nanoTime() - b0) / 1e9;
            print(report, seconds);
            Path html = Path.of(args.length > 0 ? args[0] : "target/backtest-" + FROM + "-" + TO + ".html");
            Files.createDirectories(html.toAbsolutePath().getParent());
            Files.writeString(html, BacktestHtml.render(report));
            System.out.println("HTML report: " + html.toAbsolutePath());
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling("history.db-wal"));
            Files.deleteIfExists(db.resolveSibling("history.db-shm"));
            Files.deleteIfExists(db.getParent());
        }
        recompute();
    }

    private static void print(BacktestReport r, double seconds) {
        System.out.printf(Locale.ROOT, "Backtest %d-%d: %d grands prix scored, %d left out, %.1f s (SQLite, every"
                + " prediction computed point-in-time)%n", r.from(), r.to(), r.events(), r.excluded().size(), seconds);
        System.out.printf(Locale.ROOT, "  %-14s %-8s %8s %7s %7s %7s %10s%n", "model", "kind", "log-loss", "Brier",
                "top-1", "top-3", "mean rank");
        for (ModelScore s : r.models()) {
            Metrics o = s.overall();
            System.out.printf(Locale.ROOT, "  %-14s %-8s %8.4f %7.4f %6.1f%% %6.1f%% %10.2f%n", s.name(), s.kind(),
                    o.logLoss(), o.brier(), 100 * o.top1(), 100 * o.top3(), o.winnerMeanRank());
        }
        for (ModelScore s : r.models()) {
            StringBuilder b = new StringBuilder();
            for (CalibrationBin c : s.calibration()) {
                if (c.n() > 0) {
                    b.append(String.format(Locale.ROOT, " [%.2f,%.2f) %d: %.3f/%.3f", c.lo(), c.hi(), c.n(),
                            c.predicted(), c.observed()));
                }
            }
            System.out.println("  calibration " + s.name() + ":" + b);
        }
        System.out.print("  log-loss per season:");
        r.models().forEach(m -> System.out.printf(Locale.ROOT, " %s", m.name()));
        System.out.println();
        for (int i = 0; i < r.models().get(0).seasons().size(); i++) {
            System.out.printf(Locale.ROOT, "    %d", r.models().get(0).seasons().get(i).season());
            for (ModelScore m : r.models()) {
                System.out.printf(Locale.ROOT, " %.3f", m.seasons().get(i).metrics().logLoss());
            }
            System.out.println();
        }
        Metrics model = r.model("clogit-v1").orElseThrow().overall();
        Metrics grid = r.model("grid-softmax").orElseThrow().overall();
        Metrics pole = r.model("pole").orElseThrow().overall();
        double gain = 1 - model.logLoss() / grid.logLoss();
        System.out.printf(Locale.ROOT, "  target log-loss >= 5%% below grid-softmax: %.1f%% below: %s%n", 100 * gain,
                gain >= 0.05 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  target top-1 >= pole-sitter's: %.1f%% vs %.1f%%: %s%n", 100 * model.top1(),
                100 * pole.top1(), model.top1() >= pole.top1() ? "met" : "MISSED");
        double worst = 0;
        for (CalibrationBin c : r.model("clogit-v1").orElseThrow().calibration()) {
            if (c.n() >= 30) {
                worst = Math.max(worst, Math.abs(c.predicted() - c.observed()));
            }
        }
        System.out.printf(Locale.ROOT, "  target calibration bins of 30+ within 5 points: worst %.1f points: %s%n%n",
                100 * worst, worst <= 0.05 ? "met" : "MISSED");
    }

    /** 26 rolling-origin refits (1988-2013) of clogit-v1 on the real history: a fresh chain, then best of five. */
    private static void fits(List<Weekend> weekends) {
        long h0 = THREADS.getCurrentThreadCpuTime();
        ModelHistory full = new ModelHistory();
        weekends.forEach(full::add);
        long h1 = THREADS.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "History 1950-%d (%d weekends) built in %.0f ms CPU, the training rows of"
                + " every race recorded on the way (first pass in this JVM)%n", TO, weekends.size(), (h1 - h0) / 1e6);
        double first = 0;
        double best = Double.MAX_VALUE;
        int steps = 0;
        FittedCoefficients last = null;
        for (int run = 0; run < 6; run++) {
            ModelSpec spec = ModelSpec.clogitV1().withVersion("bench-" + run); // a new cache key: fit afresh
            long c0 = THREADS.getCurrentThreadCpuTime();
            steps = 0;
            for (int season = TO - 25; season <= TO; season++) {
                last = full.coefficients(spec, season);
                steps += last.newtonSteps();
            }
            double ms = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            if (run == 0) {
                first = ms;
            } else {
                best = Math.min(best, ms);
            }
        }
        System.out.printf(Locale.ROOT, "26 rolling refits %d-%d (warm-started): %.1f ms CPU the first time in this"
                + " JVM, %.1f ms best of 5 after; %d Newton steps; %d races in the %d fit; coefficients %s%n%n",
                TO - 25, TO, first, best, steps, last.races(), TO, last.coefficients());
    }

    /** The full recompute of the synthetic 2000-2025 history in memory: fitted models against the seed's. */
    private static void recompute() {
        Storage storage = new InMemoryStorage();
        new ModelBenchmarkData().load(storage, ModelBenchmark.FROM, ModelBenchmark.TO);
        Clock clock = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
        System.out.printf(Locale.ROOT, "Full recompute %d-%d of the synthetic history at real scale, in memory"
                + " (best of 3 after a warm-up; wall time):%n", ModelBenchmark.FROM, ModelBenchmark.TO);
        for (ModelEngine engine : List.of(ModelEngine.ofDefaults(), ModelEngine.seed())) {
            double best = Double.MAX_VALUE;
            int events = 0;
            for (int run = 0; run < 4; run++) {
                long t = System.nanoTime();
                events = ModelRecompute.recompute(storage, engine, ModelBenchmark.FROM, ModelBenchmark.TO, clock)
                        .events();
                if (run > 0) {
                    best = Math.min(best, (System.nanoTime() - t) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "  %s + %s: %d events in %.0f ms%n", engine.grandPrixModel().version(),
                    engine.sprintModel().version(), events, best);
        }
        storage.close();
    }
}
