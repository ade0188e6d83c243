package org.f1pipeline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;

/**
 * {@code ingest_fp2}'s long-run computation (seed section 5.9): from FP2 laps, each driver's best normalised stint
 * median per dry compound. Per (driver, stint) with at least 5 laps: sort by lap number, drop the first 2 laps and
 * the last one, require 3 left; the compound is that of the first remaining lap; each lap is shifted to a MEDIUM
 * baseline (SOFT +500 ms, MEDIUM 0, HARD -400 ms); the stint's value is the floored median. Per (driver,
 * compound) the lowest median wins; {@code bestLapMs} is the driver's fastest raw dry-compound lap. No fuel or
 * traffic correction, as the seed. Stateless and thread-safe.
 */
public final class LongRunCalculator {

    /** Compound offsets to the MEDIUM baseline, in ms. */
    static final Map<String, Integer> OFFSETS = Map.of("SOFT", 500, "MEDIUM", 0, "HARD", -400);
    static final int MIN_STINT_LAPS = 5;
    static final int MIN_KEPT_LAPS = 3;
    private static final Set<String> DRY = OFFSETS.keySet();

    private LongRunCalculator() {
    }

    /** The long runs of one race, by driver then compound; empty when no stint qualifies. */
    public static List<LongRun> compute(RaceKey race, List<PracticeLap> laps) {
        Map<DriverId, Integer> bestLap = new HashMap<>();
        Map<DriverId, Map<Integer, List<PracticeLap>>> stints = new TreeMap<>();
        for (PracticeLap lap : laps) {
            if (lap.lapTimeMs() == null || lap.stint() == null || lap.compound() == null
                    || !DRY.contains(lap.compound())) {
                continue;
            }
            if (lap.lapTimeMs() > 0) {
                bestLap.merge(lap.driver(), lap.lapTimeMs(), Math::min);
            }
            stints.computeIfAbsent(lap.driver(), k -> new TreeMap<>())
                    .computeIfAbsent(lap.stint(), k -> new ArrayList<>()).add(lap);
        }
        List<LongRun> out = new ArrayList<>();
        stints.forEach((driver, byStint) -> {
            Map<String, int[]> bestByCompound = new TreeMap<>(); // compound -> {median, length}
            for (List<PracticeLap> stint : byStint.values()) {
                if (stint.size() < MIN_STINT_LAPS) {
                    continue;
                }
                stint.sort(Comparator.comparingInt(PracticeLap::lap));
                List<PracticeLap> kept = stint.subList(2, stint.size() - 1);
                if (kept.size() < MIN_KEPT_LAPS) {
                    continue;
                }
                int[] shifted = new int[kept.size()];
                for (int i = 0; i < shifted.length; i++) {
                    shifted[i] = kept.get(i).lapTimeMs() + OFFSETS.get(kept.get(i).compound());
                }
                int median = ModelMath.medianFloor(shifted);
                String compound = kept.get(0).compound();
                int[] best = bestByCompound.get(compound);
                if (best == null || median < best[0]) {
                    bestByCompound.put(compound, new int[] {median, kept.size()});
                }
            }
            bestByCompound.forEach((compound, best) ->
                    out.add(new LongRun(race, driver, compound, best[0], best[1], bestLap.get(driver))));
        });
        return out;
    }
}
