package org.f1pipeline.backtest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.backtest.BacktestOptions;
import org.f1pipeline.backtest.BacktestReport;
import org.f1pipeline.backtest.ModelScore;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.Feature;
import org.f1pipeline.model.GrandPrixFeatures;
import org.f1pipeline.model.ModelHistory;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.model.Predictor;
import org.f1pipeline.model.SprintFeatures;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.internal.Pools;
import org.f1pipeline.model.internal.RaceContext;
import org.f1pipeline.storage.Stores;

/**
 * One backtest: a single pass over the history in race order. For every race of the span with a grid and a
 * winner on it, each model's prediction (the stored one, or computed from the history before the race exactly as
 * the compute jobs would) and the baselines are scored; then the race joins the history and the baselines'
 * memory. Every model sees the same races: a race one model cannot predict is left out for all, with the reason.
 */
public final class BacktestRunner {

    private static final Instant EPOCH = Instant.EPOCH;

    private final BacktestOptions options;
    private final Map<String, Scorer> scorers = new LinkedHashMap<>();
    private final Baselines baselines = new Baselines();
    private final List<String> excluded = new ArrayList<>();
    private int events;
    private BacktestReport.LatestRace latest;

    private BacktestRunner(BacktestOptions options) {
        this.options = options;
        options.models().forEach(m -> scorers.put(m.version(), new Scorer(m.version(), ModelScore.MODEL)));
        for (String b : List.of("uniform", "pole", "grid-softmax")) {
            scorers.put(b, new Scorer(b, ModelScore.BASELINE));
        }
    }

    /** Runs the backtest on the storage's data (inside the caller's transaction). */
    public static BacktestReport run(Stores tx, BacktestOptions options) {
        return new BacktestRunner(options).execute(tx);
    }

    private BacktestReport execute(Stores tx) {
        List<ModelSpec> models = options.models();
        Map<String, Map<RaceKey, Prediction>> stored = options.storedPredictions() ? stored(tx) : Map.of();
        boolean computeAny = models.stream()
                .anyMatch(m -> stored.getOrDefault(m.version(), Map.of()).size() < relevantRaces(tx));
        boolean laps = computeAny && models.stream().anyMatch(ModelSpec::readsLaps);
        boolean longRuns = computeAny && models.stream().anyMatch(m -> m.features().contains(Feature.LONG_RUN_PACE));
        BacktestData data = new BacktestData(tx, options.from(), options.to(), laps, longRuns);
        ModelHistory history = new ModelHistory();
        for (int season : data.seasons()) {
            for (Weekend w : data.weekends(season)) {
                if (season >= options.from() && season <= options.to()) {
                    score(w, history, stored, data);
                }
                remember(w);
                history.add(w);
            }
        }
        List<ModelScore> scores = new ArrayList<>();
        scorers.values().forEach(s -> scores.add(s.score()));
        return new BacktestReport(options.from(), options.to(), options.type(), events, scores, excluded, latest);
    }

    /** Races of the span of the backtest's type (a stored prediction of each means nothing to compute). */
    private int relevantRaces(Stores tx) {
        return (int) tx.races().races(options.from(), options.to()).stream()
                .filter(r -> options.type() == RaceType.GRAND_PRIX || r.isSprintWeekend()).count();
    }

    /** The stored predictions of the span, per model version (the latest of each race). */
    private Map<String, Map<RaceKey, Prediction>> stored(Stores tx) {
        Map<String, Map<RaceKey, Prediction>> out = new HashMap<>();
        for (var race : tx.races().races(options.from(), options.to())) {
            if (options.type() == RaceType.SPRINT && !race.isSprintWeekend()) {
                continue;
            }
            for (ModelSpec m : options.models()) {
                tx.predictions().latest(race.key(), options.type(), m.version())
                        .ifPresent(p -> out.computeIfAbsent(m.version(), k -> new HashMap<>()).put(race.key(), p));
            }
        }
        return out;
    }

    private void score(Weekend w, ModelHistory history, Map<String, Map<RaceKey, Prediction>> stored,
                       BacktestData data) {
        RaceType type = options.type();
        RaceKey key = w.key();
        if (w.race().status() == RaceStatus.CANCELLED || (type == RaceType.SPRINT && !w.race().isSprintWeekend())) {
            return;
        }
        List<RaceResult> results = type == RaceType.SPRINT ? w.sprintResults() : w.raceResults();
        DriverId winner = winner(results);
        List<RaceContext.GridSlot> pool;
        try {
            pool = type == RaceType.SPRINT ? Pools.sprint(w) : Pools.grandPrix(w);
        } catch (ModelInputException e) {
            pool = List.of();
        }
        if (pool.isEmpty()) {
            excluded.add(key + ": no " + (type == RaceType.SPRINT ? "sprint grid" : "qualifying grid"));
            return;
        }
        if (winner == null) {
            excluded.add(key + ": no winner in the results yet");
            return;
        }
        pool = new ArrayList<>(pool);
        pool.sort(Comparator.comparing(RaceContext.GridSlot::driver));
        int winnerIndex = indexOf(pool, winner);
        if (winnerIndex < 0) {
            excluded.add(key + ": the winner " + winner + " is not on the grid");
            return;
        }
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        Map<String, Boolean> computed = new HashMap<>();
        for (ModelSpec m : options.models()) {
            Prediction p = stored.getOrDefault(m.version(), Map.of()).get(key);
            computed.put(m.version(), p == null);
            if (p == null) {
                try {
                    List<FeatureRow> rows = type == RaceType.SPRINT ? SprintFeatures.compute(m, history, w)
                            : GrandPrixFeatures.compute(m, history, w);
                    p = Predictor.predict(m, key, rows, EPOCH, w.race().startOf(type));
                } catch (ModelInputException e) {
                    excluded.add(key + ": model " + m.version() + " cannot predict it: " + e.getMessage());
                    return;
                }
            }
            if (p.drivers().stream().noneMatch(d -> d.driver().equals(winner))) {
                excluded.add(key + ": the stored prediction of " + m.version() + " does not list the winner "
                        + winner);
                return;
            }
            predictions.put(m.version(), p);
        }
        int season = key.season();
        events++;
        List<BacktestReport.Forecast> forecasts = new ArrayList<>();
        for (Map.Entry<String, Prediction> e : predictions.entrySet()) {
            List<DriverPrediction> lines = e.getValue().drivers();
            double[] p = new double[lines.size()];
            int win = -1;
            for (int i = 0; i < p.length; i++) {
                p[i] = lines.get(i).probability();
                win = lines.get(i).driver().equals(winner) ? i : win;
            }
            scorers.get(e.getKey()).add(season, p, win, computed.get(e.getKey()));
            forecasts.add(forecast(e.getKey(), lines.stream().map(DriverPrediction::driver).toList(), p, data));
        }
        int[] grid = new int[pool.size()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = pool.get(i).grid();
        }
        List<DriverId> drivers = pool.stream().map(RaceContext.GridSlot::driver).toList();
        Map<String, double[]> base = new LinkedHashMap<>();
        base.put("uniform", Baselines.uniform(grid.length));
        base.put("pole", baselines.pole(season, grid));
        base.put("grid-softmax", baselines.gridSoftmax(season, grid));
        base.forEach((name, p) -> {
            scorers.get(name).add(season, p, winnerIndex, true);
            forecasts.add(forecast(name, drivers, p, data));
        });
        latest = new BacktestReport.LatestRace(key, data.raceName(key), winner.value(), data.name(winner), forecasts);
    }

    /** Feeds a race to the baselines' memory (its grid pool and winner), whatever the span. */
    private void remember(Weekend w) {
        RaceType type = options.type();
        if (type == RaceType.SPRINT && !Pools.hasSprintGrid(w)) {
            return;
        }
        List<RaceResult> results = type == RaceType.SPRINT ? w.sprintResults() : w.raceResults();
        DriverId winner = winner(results);
        List<RaceContext.GridSlot> pool = type == RaceType.SPRINT ? Pools.sprint(w) : Pools.grandPrix(w);
        int index = winner == null ? -1 : indexOf(pool, winner);
        if (index < 0) {
            return;
        }
        int[] grid = new int[pool.size()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = pool.get(i).grid();
        }
        baselines.add(w.key().season(), grid, index);
    }

    private static BacktestReport.Forecast forecast(String model, List<DriverId> drivers, double[] p,
                                                    BacktestData data) {
        List<BacktestReport.Line> lines = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            lines.add(new BacktestReport.Line(drivers.get(i).value(), data.name(drivers.get(i)), p[i]));
        }
        lines.sort(Comparator.comparingDouble(BacktestReport.Line::probability).reversed()
                .thenComparing(BacktestReport.Line::driver));
        return new BacktestReport.Forecast(model, lines);
    }

    private static int indexOf(List<RaceContext.GridSlot> pool, DriverId driver) {
        for (int i = 0; i < pool.size(); i++) {
            if (pool.get(i).driver().equals(driver)) {
                return i;
            }
        }
        return -1;
    }

    /** The classified winner (the first by id if a shared drive lists two). */
    static DriverId winner(List<RaceResult> results) {
        DriverId winner = null;
        for (RaceResult r : results) {
            if (r.finishPosition() != null && r.finishPosition() == 1
                    && (winner == null || r.driver().compareTo(winner) < 0)) {
                winner = r.driver();
            }
        }
        return winner;
    }
}
