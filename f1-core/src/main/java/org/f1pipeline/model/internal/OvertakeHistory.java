package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.model.ModelMath;

/**
 * How hard passing is at each circuit, learned point-in-time from the earlier grands prix held there: how much the
 * finishing order differed from the grid. Per race, the <em>order change</em> is the share of pairs among the
 * (at most) ten best-placed starters who were classified whose order swapped between grid and finish (0 = the
 * order held, 0.5 = no relation). The front of the field is used because it is what decides the winner, and
 * because counting only classified drivers keeps retirements from looking like passes.
 *
 * <p>Era-aware: each race is compared with the order change of all races at that time (a moving average over about
 * the last 30 grands prix anywhere), so a circuit is judged against its own era. A circuit's difficulty is the
 * sum of its races' differences, the older ones fading once ten are counted, shrunk towards the average circuit by
 * {@value #PRIOR_RACES} pseudo-races; a new circuit reads exactly average. The overtake rate on the seed's scale
 * (0 hard, 1 easy) is {@code clamp(0.5 + 5 x difficulty)}, 3 decimals: 0.5 for an average or new circuit; on the
 * real history, 0.40 for Monaco and 0.71 for Albert Park by 2013. Not thread-safe.
 */
public final class OvertakeHistory {

    /** The value of a new or average circuit. */
    public static final double AVERAGE_RATE = 0.5;
    /** Weight of the prior (the average circuit), in races. */
    static final int PRIOR_RACES = 3;
    /** Races per circuit after which older ones fade. */
    static final int MEMORY_RACES = 10;
    /** Scale from a difference in order change to the overtake rate. */
    static final double SCALE = 5;
    /** Smoothing of the all-circuit average (about 30 races). */
    static final double GLOBAL_ALPHA = 0.03;
    /** Starters compared per race. */
    static final int FRONT = 10;
    /** A race needs this many classified front starters to count. */
    static final int MIN_DRIVERS = 5;

    private final Map<CircuitId, double[]> circuits = new HashMap<>(); // {sum of differences, races counted}
    private double global = Double.NaN;

    /** Records a grand prix at {@code circuit}. */
    void add(CircuitId circuit, List<RaceResult> results) {
        double change = orderChange(results);
        if (Double.isNaN(change)) {
            return;
        }
        double reference = Double.isNaN(global) ? change : global;
        double[] c = circuits.computeIfAbsent(circuit, k -> new double[2]);
        double fade = c[1] >= MEMORY_RACES ? (MEMORY_RACES - 1.0) / MEMORY_RACES : 1.0;
        c[0] = c[0] * fade + (change - reference);
        c[1] = Math.min(MEMORY_RACES, c[1] + 1);
        global = Double.isNaN(global) ? change : (1 - GLOBAL_ALPHA) * global + GLOBAL_ALPHA * change;
    }

    /** The overtake rate (0 hard .. 1 easy) as of now; {@value #AVERAGE_RATE} for a circuit without races. */
    public double rate(CircuitId circuit) {
        double[] c = circuits.get(circuit);
        if (c == null) {
            return AVERAGE_RATE;
        }
        double difficulty = c[0] / (c[1] + PRIOR_RACES);
        return ModelMath.round(ModelMath.clamp(AVERAGE_RATE + SCALE * difficulty), 3);
    }

    /** Races counted at the circuit (at most {@value #MEMORY_RACES}). */
    public int races(CircuitId circuit) {
        double[] c = circuits.get(circuit);
        return c == null ? 0 : (int) c[1];
    }

    /**
     * The share of swapped pairs among the classified drivers of the ten best grid slots, or NaN when fewer than
     * {@value #MIN_DRIVERS} of them were classified. Package-private for tests.
     */
    static double orderChange(List<RaceResult> results) {
        List<RaceResult> front = new ArrayList<>();
        for (RaceResult r : results) {
            if (r.grid() > 0 && r.finishPosition() != null) {
                front.add(r);
            }
        }
        front.sort(Comparator.comparingInt(RaceResult::grid).thenComparing(RaceResult::driver));
        int n = Math.min(FRONT, front.size());
        if (n < MIN_DRIVERS) {
            return Double.NaN;
        }
        int swapped = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (front.get(i).finishPosition() > front.get(j).finishPosition()) {
                    swapped++;
                }
            }
        }
        return swapped / (n * (n - 1) / 2.0);
    }
}
