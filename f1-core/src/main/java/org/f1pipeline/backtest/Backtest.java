package org.f1pipeline.backtest;

import org.f1pipeline.backtest.internal.BacktestRunner;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.Storage;

/**
 * Scores models against what happened: for every grand prix (or sprint) of a span, each model's pre-race
 * prediction and three baselines, against the actual winner.
 *
 * <pre>{@code
 * BacktestReport r = Backtest.run(storage, BacktestOptions.builder(2004, 2013).build());
 * r.model("clogit-v1").ifPresent(m -> System.out.println(m.overall().logLoss()));
 * Files.writeString(Path.of("backtest.html"), BacktestHtml.render(r));
 * }</pre>
 *
 * <p>Each model's prediction of a race is the stored one when there is one (the pipeline's own, made before the
 * race or by a recompute: both see only the history before the race), else it is computed on the fly exactly as
 * the compute jobs would, from the history before the race (point-in-time; fitted models refit once per season on
 * the seasons before). The baselines: {@code uniform} (1/N), {@code pole} (the pole-sitter gets the share of races
 * of earlier seasons won from pole, the rest share the remainder) and {@code grid-softmax}
 * ({@code p ~ exp(-a (grid - 1))}, {@code a} fitted on earlier seasons). A race is scored only when it has a grid, a
 * winner on that grid and a prediction of every model; the others are listed in {@link BacktestReport#excluded()}.
 * Metrics and method: docs/model.md, "Backtest".
 *
 * <p>One read transaction: the history is read once (laps only when a model to compute reads them, one season at
 * a time). Thread-safe (stateless).
 */
public final class Backtest {

    private Backtest() {
    }

    /**
     * Runs a backtest on the storage's data.
     *
     * @throws org.f1pipeline.InvalidInputException when the options are invalid (raised by the options)
     */
    public static BacktestReport run(Storage storage, BacktestOptions options) {
        Checks.notNull(storage, "storage");
        Checks.notNull(options, "options");
        return storage.inTransaction(tx -> BacktestRunner.run(tx, options));
    }
}
