package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.model.Weekend;

/**
 * The shared inputs of one race's features (the seed's {@code build_feature_context}): the driver pool with grid
 * slots and teams, the as-of season statistics of each pool driver and team, and the circuit factors. Arrays are
 * aligned with {@link #pool}, which is sorted by driver id. Not thread-safe; lives for one computation.
 */
public final class RaceContext {

    /** Overtake rate of a circuit without earlier races (the seed's default, and the average circuit's). */
    public static final double DEFAULT_OVERTAKE_RATE = OvertakeHistory.AVERAGE_RATE;
    /** Safety-car probability used when no past race here has known safety-car laps (seed default). */
    public static final double DEFAULT_SC_PROBABILITY = 0.3;

    /** A pool entry: driver, the team of this entry, and the grid slot (pit-lane start = back of the grid). */
    public record GridSlot(DriverId driver, ConstructorId team, int grid) {
    }

    final Weekend weekend;
    final RaceType type;
    final HistoryState history;
    final List<GridSlot> pool;
    final double overtakeRate;
    final double scProbability;
    // The as-of season statistics, read on first use (loadStats): the ratings-only inputs of the fitted models,
    // recorded for every earlier race, do not pay for a statistics snapshot.
    DriverSeasonStats[] driverStats;
    TeamSeasonStats[] teamStats;
    /** Team car-performance score; 0.5 only when the team has no score yet (0.0 is kept, seed defect C1). */
    double[] carPerf;

    public RaceContext(Weekend weekend, RaceType type, HistoryState history, List<GridSlot> slots) {
        this.weekend = weekend;
        this.type = type;
        this.history = history;
        List<GridSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(GridSlot::driver));
        this.pool = List.copyOf(sorted);
        // A rate set on the circuit wins (a user's own figure); otherwise the rate learned from earlier races here.
        Double rate = weekend.circuit().overtakeRate();
        this.overtakeRate = rate == null ? history.overtake().rate(weekend.race().circuit()) : rate;
        this.scProbability = history.circuits().safetyCarProbability(weekend.race().circuit())
                .orElse(DEFAULT_SC_PROBABILITY);
    }

    /** Reads the pool's as-of season statistics (once); the statistics-based columns call this first. */
    void loadStats() {
        if (driverStats != null) {
            return;
        }
        SeasonStats stats = history.seasonStats(weekend.key().season());
        int n = pool.size();
        driverStats = new DriverSeasonStats[n];
        teamStats = new TeamSeasonStats[n];
        carPerf = new double[n];
        for (int i = 0; i < n; i++) {
            GridSlot slot = pool.get(i);
            driverStats[i] = stats.driver(slot.driver()).orElse(null);
            teamStats[i] = stats.team(slot.team()).orElse(null);
            Double score = teamStats[i] == null ? null : teamStats[i].carPerformanceScore();
            carPerf[i] = score == null ? 0.5 : score;
        }
    }

    /** Pool size. */
    public int size() {
        return pool.size();
    }

    /** The pool, by driver id. */
    public List<GridSlot> pool() {
        return pool;
    }

    /** The circuit's overtake rate used: the circuit's own, else learned from earlier races (0.5 without any). */
    public double overtakeRate() {
        return overtakeRate;
    }

    /** The as-of safety-car probability used (0.3 when unknown). */
    public double scProbability() {
        return scProbability;
    }
}
