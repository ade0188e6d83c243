package org.f1pipeline.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
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

    private static final Set<String> DRY_COMPOUNDS = Set.of("SOFT", "MEDIUM", "HARD");

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

    private static PastRace digest(Weekend w) {
        Map<DriverId, LapBuffer> buffers = new HashMap<>();
        LapBuffer current = null;
        for (LapTime lap : w.laps()) {
            if (lap.pitIn() || lap.pitOut() || lap.lapTimeMs() == null) {
                continue;
            }
            // Storage returns laps by driver then lap, so the previous buffer is almost always the right one.
            if (current == null || !current.driver.equals(lap.driver())) {
                current = buffers.computeIfAbsent(lap.driver(), LapBuffer::new);
            }
            current.add(lap);
        }
        Map<DriverId, int[]> pace = new HashMap<>();
        Map<DriverId, double[][]> tyres = new HashMap<>();
        for (LapBuffer b : buffers.values()) {
            if (b.paceCount > 0) {
                int[] sorted = Arrays.copyOf(b.pace, b.paceCount);
                Arrays.sort(sorted);
                pace.put(b.driver, sorted);
            }
            if (b.tyreCount > 0) {
                tyres.put(b.driver, new double[][] {Arrays.copyOf(b.life, b.tyreCount),
                        Arrays.copyOf(b.time, b.tyreCount)});
            }
        }
        return new PastRace(w.key(), Map.copyOf(pace), Map.copyOf(tyres));
    }

    /** One driver's clean laps of one race while digesting. */
    private static final class LapBuffer {
        final DriverId driver;
        int[] pace = new int[64];
        int paceCount;
        double[] life = new double[64];
        double[] time = new double[64];
        int tyreCount;

        LapBuffer(DriverId driver) {
            this.driver = driver;
        }

        void add(LapTime lap) {
            if (lap.lap() > 1) {
                if (paceCount == pace.length) {
                    pace = Arrays.copyOf(pace, paceCount * 2);
                }
                pace[paceCount++] = lap.lapTimeMs();
            }
            if (lap.tyreLife() != null && lap.tyreLife() >= 3 && lap.compound() != null
                    && DRY_COMPOUNDS.contains(lap.compound())) {
                if (tyreCount == life.length) {
                    life = Arrays.copyOf(life, tyreCount * 2);
                    time = Arrays.copyOf(time, tyreCount * 2);
                }
                life[tyreCount] = lap.tyreLife();
                time[tyreCount++] = lap.lapTimeMs();
            }
        }
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
