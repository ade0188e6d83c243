package org.f1pipeline.model.internal;

import java.util.HashMap;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.model.FinishOutcome;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.model.Weekend;

/**
 * The state behind {@link org.f1pipeline.model.ModelHistory}: per-season statistics accumulators, per-driver and
 * per-circuit memories. Adding a weekend costs O(its rows). Not thread-safe.
 */
public final class HistoryState {

    private RaceKey last;
    private final Map<Integer, SeasonAccumulator> seasons = new HashMap<>();
    private final Map<DriverId, DriverHistory> drivers = new HashMap<>();
    private final CircuitHistory circuits = new CircuitHistory();

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
