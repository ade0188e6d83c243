package org.f1pipeline.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.LapArrays;
import org.f1pipeline.model.ModelMath;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;

/**
 * Per circuit: digests of the last {@value Weekends#CIRCUIT_HISTORY_RACES} completed grands prix held there (only
 * what the race-pace and tyre-degradation features need, never the raw laps), and the safety-car record. Because
 * races are added in date order, "the last N races before the target" is simply the newest N held (the seed had
 * no date bound here, seed defect A3). Not thread-safe.
 */
public final class CircuitHistory {

    /** One past race at a circuit: per driver, sorted clean lap times and tyre-life/lap-time points. */
    public record PastRace(RaceKey race, Map<DriverId, int[]> paceLaps, Map<DriverId, double[][]> tyrePoints) {
    }

    private final Map<CircuitId, ArrayDeque<PastRace>> races = new HashMap<>();
    private final Map<CircuitId, int[]> safetyCar = new HashMap<>(); // {races with known SC laps, races with SC}

    /** Records a weekend; only weekends with grand-prix results count as races held. */
    void add(Weekend w) {
        RaceConditions c = w.conditions();
        if (c != null && c.safetyCarLaps() != null) {
            // Unknown (legacy) safety-car laps are not "no safety car" (seed weakness C9).
            int[] sc = safetyCar.computeIfAbsent(w.race().circuit(), k -> new int[2]);
            sc[0]++;
            sc[1] += c.safetyCarLaps() > 0 ? 1 : 0;
        }
        if (w.raceResults().isEmpty()) {
            return;
        }
        ArrayDeque<PastRace> held = races.computeIfAbsent(w.race().circuit(), k -> new ArrayDeque<>());
        held.addLast(digest(w));
        if (held.size() > Weekends.CIRCUIT_HISTORY_RACES) {
            held.removeFirst();
        }
    }

    /** The race's clean lap times and tyre points per driver, from its lap summaries. */
    private static PastRace digest(Weekend w) {
        Map<DriverId, int[]> pace = new HashMap<>();
        Map<DriverId, double[][]> tyres = new HashMap<>();
        for (LapSummary s : w.lapSummaries()) {
            int[] laps = LapArrays.raceLapsMs(s); // the summary's own, read only (D97): kept as it is
            if (laps.length > 0) {
                pace.put(s.driver(), laps);
            }
            int[] life = LapArrays.tyreLife(s);
            if (life.length > 0) {
                int[] time = LapArrays.tyreLapMs(s);
                double[] x = new double[life.length];
                double[] y = new double[life.length];
                for (int i = 0; i < life.length; i++) {
                    x[i] = life[i];
                    y[i] = time[i];
                }
                tyres.put(s.driver(), new double[][] {x, y});
            }
        }
        return new PastRace(w.key(), Map.copyOf(pace), Map.copyOf(tyres));
    }

    /** The newest {@code n} races held at the circuit, newest first. */
    public List<PastRace> recent(CircuitId circuit, int n) {
        ArrayDeque<PastRace> held = races.get(circuit);
        List<PastRace> out = new ArrayList<>(n);
        if (held != null) {
            Iterator<PastRace> it = held.descendingIterator();
            while (it.hasNext() && out.size() < n) {
                out.add(it.next());
            }
        }
        return out;
    }

    /**
     * Share of past races here with at least one safety-car lap, rounded to 3 decimals as the seed stores it, over
     * races whose safety-car laps are known; empty when there are none.
     */
    public OptionalDouble safetyCarProbability(CircuitId circuit) {
        int[] sc = safetyCar.get(circuit);
        return sc == null || sc[0] == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(ModelMath.round((double) sc[1] / sc[0], 3));
    }
}
