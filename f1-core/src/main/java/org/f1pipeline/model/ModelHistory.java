package org.f1pipeline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.model.internal.HistoryState;

/**
 * What the model knows at one point in time: every weekend added so far, in race order. This is the incremental
 * as-of builder. Feed weekends chronologically; before adding weekend X, the history is exactly "as of just before
 * X", and {@link GrandPrixFeatures}/{@link SprintFeatures} for X read only it (plus X's own pre-session data).
 *
 * <p>It holds, across seasons and keyed by stable driver ids: each season's statistics accumulators (as-of
 * {@link #seasonStats(int)} is O(drivers + teams), not a recomputation), each driver's last five classified
 * finishes, wet-race record and last five timed (sprint) qualifying sessions, and each circuit's last six races
 * (lap digests only) and safety-car record. Adding a weekend costs O(its rows); memory is bounded by drivers,
 * circuits and seasons, not by laps. Not thread-safe: use one history per thread.
 */
public final class ModelHistory {

    private final HistoryState state = new HistoryState();

    /** An empty history (nothing known). */
    public ModelHistory() {
    }

    /**
     * A history of every given weekend strictly before {@code target} (in race order; the input may be
     * unordered). The usual start of a one-race job: load the bulk reads, assemble the weekends, then call this.
     */
    public static ModelHistory before(Collection<Weekend> weekends, RaceKey target) {
        ModelHistory h = new ModelHistory();
        List<Weekend> sorted = new ArrayList<>(weekends);
        sorted.sort(Comparator.comparing(Weekend::key));
        for (Weekend w : sorted) {
            if (w.key().compareTo(target) >= 0) {
                break;
            }
            h.add(w);
        }
        return h;
    }

    /**
     * Adds a weekend, which becomes history for every later race.
     *
     * @throws IllegalArgumentException when it is not later than the last weekend added
     */
    public void add(Weekend weekend) {
        state.add(weekend);
    }

    /** The last weekend added, if any. */
    public Optional<RaceKey> lastAdded() {
        return Optional.ofNullable(state.last());
    }

    /**
     * The season's driver and team statistics over the weekends added so far: before round N's weekend is added,
     * these are the point-in-time statistics for round N. Empty before the season's first weekend.
     */
    public SeasonStats seasonStats(int season) {
        return state.seasonStats(season);
    }

    /**
     * The coefficients of a fitted model for {@code season}, learned from the races of this history before that
     * season (rolling origin). Fitted on first use and kept; the features of a fitted model call this.
     *
     * @throws IllegalArgumentException when {@code spec} is a weighted model
     */
    public FittedCoefficients coefficients(ModelSpec spec, int season) {
        return state.coefficients(spec, season);
    }

    /**
     * The overtake rate (0 hard .. 1 easy) learned from the grands prix at {@code circuit} in this history, 0.5
     * for a circuit without any (see docs/model.md, "Circuit parameters").
     */
    public double overtakeRate(CircuitId circuit) {
        return state.overtake().rate(circuit);
    }

    /** The driver's rating before the next race (input scale: (rating - 1500) / 100). */
    public double driverRating(DriverId driver) {
        return state.ratings().driver(driver);
    }

    /** The team's rating before the next race of {@code season} (input scale). */
    public double teamRating(ConstructorId team, int season) {
        return state.ratings().team(team, season);
    }

    /**
     * Guards against look-ahead: the features of {@code target} may only read a history that ends before it.
     *
     * @throws IllegalStateException when a weekend at or after {@code target} was already added
     */
    public void requireBefore(RaceKey target) {
        RaceKey last = state.last();
        if (last != null && last.compareTo(target) >= 0) {
            throw new IllegalStateException("the history already contains race " + last + ", which is not before "
                    + target + ": features of " + target + " would see the future; build the history with "
                    + "ModelHistory.before(weekends, " + target + ")");
        }
    }

    HistoryState state() {
        return state;
    }
}
