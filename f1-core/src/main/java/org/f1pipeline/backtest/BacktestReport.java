package org.f1pipeline.backtest;

import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * The result of {@link Backtest#run}: per model and baseline the scores over the span, the calibration table and
 * the scores per season; the races left out and why; and the last race scored, for a chart.
 *
 * @param events   races scored (the same races for every model)
 * @param models   the models in the order asked, then the baselines {@code uniform}, {@code pole},
 *                 {@code grid-softmax}
 * @param excluded races of the span not scored, each with the reason (no grid, no result yet, winner not on the
 *                 grid, no prediction)
 * @param latest   the last race scored, if any
 */
public record BacktestReport(int from, int to, RaceType type, int events, List<ModelScore> models,
                             List<String> excluded, LatestRace latest) {

    public BacktestReport {
        models = List.copyOf(models);
        excluded = List.copyOf(excluded);
    }

    /** The score of a model or baseline by name. */
    public Optional<ModelScore> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The last race of the span scored: its winner and every model's forecast.
     *
     * @param forecasts per model and baseline (report order), the drivers by falling probability
     */
    public record LatestRace(RaceKey race, String raceName, String winner, String winnerName,
                             List<Forecast> forecasts) {

        public LatestRace {
            forecasts = List.copyOf(forecasts);
        }
    }

    /** One model's forecast of a race: drivers by falling probability. */
    public record Forecast(String model, List<Line> lines) {

        public Forecast {
            lines = List.copyOf(lines);
        }
    }

    /** A driver's probability. */
    public record Line(String driver, String name, double probability) {
    }
}
