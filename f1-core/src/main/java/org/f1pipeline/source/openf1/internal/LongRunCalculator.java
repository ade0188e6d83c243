package org.f1pipeline.source.openf1.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.source.openf1.OpenF1Lap;
import org.f1pipeline.source.openf1.OpenF1Stint;

/**
 * FP2 long runs as the seed computes them (seed-engine.md §5.9). Internal API.
 *
 * <p>Per driver: laps on SOFT/MEDIUM/HARD with a lap time; per stint of at least 5 such laps, sorted by lap, drop
 * the first 2 and the last one and require 3 left; shift each lap to a MEDIUM baseline (SOFT +500 ms, HARD -400 ms);
 * the median (the floored mean of the two middle values when even) is the stint's pace. The best (lowest) stint
 * per compound is kept. {@code bestLapMs} is the driver's fastest raw lap among the kept laps.
 */
public final class LongRunCalculator {

    private static final Map<String, Integer> OFFSET_MS = Map.of("SOFT", 500, "MEDIUM", 0, "HARD", -400);
    private static final int MIN_STINT_LAPS = 5;
    private static final int MIN_LAPS_LEFT = 3;

    private LongRunCalculator() {
    }

    /**
     * Computes the long runs of a session.
     *
     * @param race    the weekend
     * @param laps    FP2 lap rows, every driver
     * @param stints  FP2 stint rows, every driver
     * @param drivers stable id per car number; may return null to skip a car on purpose, or throw
     * @return one run per (driver, compound), ordered by car number then compound
     */
    public static List<LongRun> compute(RaceKey race, List<OpenF1Lap> laps, List<OpenF1Stint> stints,
                                        IntFunction<DriverId> drivers) {
        Map<Integer, List<OpenF1Lap>> byDriver = new TreeMap<>();
        laps.forEach(l -> byDriver.computeIfAbsent(l.driverNumber(), k -> new ArrayList<>()).add(l));
        List<LongRun> out = new ArrayList<>();
        byDriver.forEach((number, driverLaps) -> {
            DriverId id = drivers.apply(number);
            if (id != null) {
                out.addAll(forDriver(race, id, number, driverLaps, stints));
            }
        });
        return out;
    }

    private static List<LongRun> forDriver(RaceKey race, DriverId id, int number, List<OpenF1Lap> laps,
                                           List<OpenF1Stint> stints) {
        Set<Integer> pitOut = new HashSet<>();
        laps.stream().filter(OpenF1Lap::pitOutLap).forEach(l -> pitOut.add(l.lapNumber()));
        StintIndex index = new StintIndex(stints.stream().filter(s -> s.driverNumber() == number).toList(), pitOut);
        Map<Integer, TreeMap<Integer, Integer>> lapsByStint = new TreeMap<>();
        Map<Integer, String> compoundOf = new TreeMap<>();
        Integer best = null;
        for (OpenF1Lap lap : laps) {
            OpenF1Stint stint = index.stintOf(lap.lapNumber());
            String compound = StintIndex.compound(stint);
            Integer ms = Units.millis(lap.lapDuration());
            if (ms == null || compound == null || !OFFSET_MS.containsKey(compound)) {
                continue;
            }
            best = best == null ? ms : Math.min(best, ms);
            lapsByStint.computeIfAbsent(stint.stintNumber(), k -> new TreeMap<>()).put(lap.lapNumber(), ms);
            compoundOf.put(stint.stintNumber(), compound);
        }
        Map<String, int[]> bestByCompound = new TreeMap<>();
        lapsByStint.forEach((stint, byLap) -> {
            if (byLap.size() < MIN_STINT_LAPS) {
                return;
            }
            List<Integer> times = new ArrayList<>(byLap.values()).subList(2, byLap.size() - 1);
            if (times.size() < MIN_LAPS_LEFT) {
                return;
            }
            String compound = compoundOf.get(stint);
            int offset = OFFSET_MS.get(compound);
            int median = median(times.stream().map(t -> t + offset).sorted().toList());
            int[] current = bestByCompound.get(compound);
            if (current == null || median < current[0]) {
                bestByCompound.put(compound, new int[] {median, times.size()});
            }
        });
        List<LongRun> out = new ArrayList<>();
        Integer bestLap = best;
        bestByCompound.forEach((c, v) -> out.add(new LongRun(race, id, c, v[0], v[1], bestLap)));
        return out;
    }

    private static int median(List<Integer> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }
}
