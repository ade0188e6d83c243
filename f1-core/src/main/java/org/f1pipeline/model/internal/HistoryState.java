package org.f1pipeline.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.model.FinishOutcome;
import org.f1pipeline.model.FittedCoefficients;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.model.Weekend;

/**
 * The state behind {@link org.f1pipeline.model.ModelHistory}: per-season statistics accumulators, per-driver and
 * per-circuit memories, driver and team ratings, learned overtake rates, and the training rows and fits of the
 * fitted models. Adding a weekend costs O(its rows). Not thread-safe.
 */
public final class HistoryState {

    private RaceKey last;
    private final Map<Integer, SeasonAccumulator> seasons = new HashMap<>();
    private final Map<DriverId, DriverHistory> drivers = new HashMap<>();
    private final CircuitHistory circuits = new CircuitHistory();
    private final Ratings ratings = new Ratings();
    private final OvertakeHistory overtake = new OvertakeHistory();
    private final TrainingData training = new TrainingData();
    private final FitCache fits = new FitCache();

    /**
     * Adds a weekend after every weekend added so far.
     *
     * @throws IllegalArgumentException when the weekend is not later than the last one added
     */
    public void add(Weekend w) {
        if (last != null && w.key().compareTo(last) <= 0) {
            throw new IllegalArgumentException("weekends must be added in race order: " + w.key()
                    + " comes after " + last + ", which was already added");
        }
        // The training rows are the race's inputs from the state before it, so they are recorded first.
        recordTraining(w);
        last = w.key();
        seasons.computeIfAbsent(w.key().season(), SeasonAccumulator::new).add(w);
        boolean wet = isWet(w.conditions());
        int field = w.raceResults().size();
        for (RaceResult r : w.raceResults()) {
            if (FinishOutcome.of(r) != FinishOutcome.CLASSIFIED) {
                continue;
            }
            DriverHistory h = driver(r.driver());
            h.addFinish(new DriverHistory.Finish(StatsRules.effectiveGrid(r.grid(), field), r.finishPosition()));
            if (wet) {
                h.addWetFinish(r.finishPosition());
            }
        }
        for (QualifyingResult q : w.qualifying()) {
            if (q.bestTimeMs() != null) {
                driver(q.driver()).addQualifying(new TeammateDelta.Session(w.key(), q.constructor(), q.bestTimeMs()));
            }
        }
        for (QualifyingResult q : w.sprintQualifying()) {
            if (q.bestTimeMs() != null) {
                driver(q.driver()).addSprintQualifying(
                        new TeammateDelta.Session(w.key(), q.constructor(), q.bestTimeMs()));
            }
        }
        circuits.add(w);
        ratings.startSeason(w.key().season());
        ratings.addRace(w.raceResults());
        overtake.add(w.race().circuit(), w.raceResults());
    }

    /**
     * Records the grand prix (and the sprint) of {@code w} as training rows of the fitted models: every fittable
     * input of its pool, computed exactly as the features of that race are, and the winner. A race without a grid,
     * without a winner or whose winner is not in the pool teaches nothing and is left out.
     */
    private void recordTraining(Weekend w) {
        if (!w.qualifying().isEmpty()) {
            record(w, RaceType.GRAND_PRIX, Pools.grandPrix(w), w.raceResults());
        }
        if (w.race().isSprintWeekend() && Pools.hasSprintGrid(w)) {
            record(w, RaceType.SPRINT, Pools.sprint(w), w.sprintResults());
        }
    }

    private void record(Weekend w, RaceType type, List<RaceContext.GridSlot> pool, List<RaceResult> results) {
        DriverId winner = null;
        for (RaceResult r : results) {
            if (r.finishPosition() != null && r.finishPosition() == 1
                    && (winner == null || r.driver().compareTo(winner) < 0)) {
                winner = r.driver();
            }
        }
        if (winner == null) {
            return;
        }
        RaceContext c = new RaceContext(w, type, this, pool);
        int index = -1;
        for (int i = 0; i < c.size(); i++) {
            if (c.pool().get(i).driver().equals(winner)) {
                index = i;
            }
        }
        if (index >= 0) {
            training.add(type, w.key().season(), FeatureEngine.columns(TrainingData.catalogue(type), c), index);
        }
    }

    /** The driver and team ratings. */
    public Ratings ratings() {
        return ratings;
    }

    /** The learned circuit overtake rates. */
    public OvertakeHistory overtake() {
        return overtake;
    }

    /** The training rows recorded so far. */
    public TrainingData training() {
        return training;
    }

    /** The coefficients of a fitted model for a season, from the races before it (fitted on first use). */
    public FittedCoefficients coefficients(ModelSpec spec, int season) {
        return fits.coefficients(spec, season, training);
    }

    private static boolean isWet(RaceConditions c) {
        return c != null && (c.weather() == WeatherLabel.WET || c.weather() == WeatherLabel.MIXED);
    }

    private DriverHistory driver(DriverId id) {
        return drivers.computeIfAbsent(id, k -> new DriverHistory());
    }

    /** The last weekend added, or null. */
    public RaceKey last() {
        return last;
    }

    /** The season's statistics after every weekend added so far (empty before its first weekend). */
    public SeasonStats seasonStats(int season) {
        SeasonAccumulator acc = seasons.get(season);
        return acc == null ? SeasonStats.empty(season) : acc.snapshot();
    }

    /** The driver's memory, or an empty one for a driver never seen (not stored). */
    public DriverHistory driverHistory(DriverId id) {
        DriverHistory h = drivers.get(id);
        return h == null ? EMPTY : h;
    }

    private static final DriverHistory EMPTY = new DriverHistory();

    /** Per-circuit history. */
    public CircuitHistory circuits() {
        return circuits;
    }
}
