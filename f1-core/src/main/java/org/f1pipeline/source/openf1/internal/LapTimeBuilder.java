package org.f1pipeline.source.openf1.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.source.openf1.OpenF1Lap;
import org.f1pipeline.source.openf1.OpenF1Pit;
import org.f1pipeline.source.openf1.OpenF1Stint;

/** Builds one driver's {@link LapTime} rows from OpenF1 laps, stints and pit visits. Internal API. */
public final class LapTimeBuilder {

    /** Highest lap number {@link LapTime} accepts. */
    private static final int MAX_LAP = 200;

    private LapTimeBuilder() {
    }

    /**
     * The driver's laps as domain rows, by lap number. Rows of other drivers in the inputs are ignored; a lap sent
     * twice keeps its last version (OpenF1 re-ingests laps).
     *
     * @param race         the race
     * @param type         grand prix or sprint
     * @param driverNumber the car whose rows to use
     * @param driver       the stable id to write
     * @param laps         lap rows (may include other drivers)
     * @param stints       stint rows (may include other drivers)
     * @param pits         pit rows (may include other drivers); may be empty
     * @return one row per lap; a row with no timing that no stint covers is left out
     */
    public static List<LapTime> build(RaceKey race, RaceType type, int driverNumber, DriverId driver,
                                      List<OpenF1Lap> laps, List<OpenF1Stint> stints, List<OpenF1Pit> pits) {
        Map<Integer, OpenF1Lap> byLap = new TreeMap<>();
        for (OpenF1Lap lap : laps) {
            if (lap.driverNumber() == driverNumber && lap.lapNumber() >= 1 && lap.lapNumber() <= MAX_LAP) {
                byLap.put(lap.lapNumber(), lap);
            }
        }
        Set<Integer> pitOut = new HashSet<>();
        byLap.values().stream().filter(OpenF1Lap::pitOutLap).forEach(l -> pitOut.add(l.lapNumber()));
        Set<Integer> pitIn = new HashSet<>();
        for (OpenF1Pit pit : pits) {
            if (pit.driverNumber() == driverNumber && pit.lapNumber() != null) {
                pitIn.add(pit.lapNumber());
            }
        }
        StintIndex index = new StintIndex(stints.stream().filter(s -> s.driverNumber() == driverNumber).toList(),
                pitOut);
        List<LapTime> out = new ArrayList<>(byLap.size());
        for (OpenF1Lap lap : byLap.values()) {
            int n = lap.lapNumber();
            OpenF1Stint stint = index.stintOf(n);
            if (stint == null && empty(lap)) {
                // A row past the flag with no timing and no tyre (Miami 2023 lap 58): not a lap of the race.
                continue;
            }
            // The lap before a pit-out lap ended in the pit lane, even when the pit row is missing.
            boolean in = pitIn.contains(n) || pitOut.contains(n + 1);
            out.add(new LapTime(race, type, driver, n, Units.millis(lap.lapDuration()), Units.millis(lap.sector1()),
                    Units.millis(lap.sector2()), Units.millis(lap.sector3()),
                    lap.stSpeed() == null ? null : lap.stSpeed().doubleValue(), StintIndex.compound(stint),
                    index.tyreLife(n), stint == null || stint.tyreAgeAtStart() == null ? null
                    : stint.tyreAgeAtStart() == 0, in, lap.pitOutLap(), stint == null || stint.stintNumber() < 1 ? null : stint.stintNumber(),
                    null, null));
        }
        return out;
    }

    private static boolean empty(OpenF1Lap lap) {
        return lap.lapDuration() == null && lap.sector1() == null && lap.sector2() == null && lap.sector3() == null
                && lap.stSpeed() == null;
    }
}
