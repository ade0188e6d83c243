package org.f1pipeline.source.openf1.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.f1pipeline.source.openf1.OpenF1Stint;

/**
 * One driver's stints, answering "which stint was this lap on?". Internal API.
 *
 * <p>OpenF1 is not consistent about the boundary lap: in some races (Bahrain 2023) a new stint's {@code lap_start}
 * is the out-lap, in others (Canada 2023) it repeats the previous stint's {@code lap_end}. A lap claimed by two
 * stints is given to the later one only if it is a pit-out lap (the car left the pits on the new set); otherwise it
 * is the in-lap, still run on the old set. Ranges are trimmed accordingly, so tyre life counts from the real first
 * lap of each stint.
 */
public final class StintIndex {

    /** Compounds that are placeholders, not tyres; a lap on them has an unknown compound. */
    private static final Set<String> UNKNOWN = Set.of("UNKNOWN", "TEST_UNKNOWN", "TEST");

    private final List<OpenF1Stint> stints;
    private final Integer[] starts;
    private final Integer[] ends;

    /**
     * Indexes the stints of one driver.
     *
     * @param driverStints the driver's stints, any order
     * @param pitOutLaps   the driver's laps flagged {@code is_pit_out_lap}
     */
    public StintIndex(List<OpenF1Stint> driverStints, Set<Integer> pitOutLaps) {
        this.stints = new ArrayList<>(driverStints);
        stints.sort(Comparator.comparingInt(OpenF1Stint::stintNumber));
        this.starts = new Integer[stints.size()];
        this.ends = new Integer[stints.size()];
        for (int i = 0; i < stints.size(); i++) {
            starts[i] = stints.get(i).lapStart();
            ends[i] = stints.get(i).lapEnd();
        }
        for (int i = 1; i < stints.size(); i++) {
            Integer prevEnd = ends[i - 1];
            if (prevEnd == null || starts[i] == null || starts[i] > prevEnd) {
                continue;
            }
            if (pitOutLaps.contains(starts[i])) {
                ends[i - 1] = starts[i] - 1;
            } else {
                starts[i] = prevEnd + 1;
            }
        }
    }

    /**
     * The stint a lap was driven on.
     *
     * @param lap the lap number
     * @return the stint, or null when no stint covers the lap
     */
    public OpenF1Stint stintOf(int lap) {
        int i = indexOf(lap);
        return i < 0 ? null : stints.get(i);
    }

    /**
     * Laps on the set at the end of {@code lap}: the age when the stint began plus the laps driven on it, this one
     * included (a new set reads 1 on its first lap, as live timing's TyreLife does).
     *
     * @param lap the lap number
     * @return tyre life, or null when no stint covers the lap or it lacks its age
     */
    public Integer tyreLife(int lap) {
        int i = indexOf(lap);
        if (i < 0 || stints.get(i).tyreAgeAtStart() == null) {
            return null;
        }
        return stints.get(i).tyreAgeAtStart() + (lap - starts[i]) + 1;
    }

    /** The stint's compound, or null when it is missing or a placeholder such as {@code UNKNOWN}. */
    public static String compound(OpenF1Stint stint) {
        if (stint == null || stint.compound() == null || UNKNOWN.contains(stint.compound())
                || !stint.compound().matches("[A-Z_]+")) {
            return null;
        }
        return stint.compound();
    }

    private int indexOf(int lap) {
        for (int i = 0; i < stints.size(); i++) {
            if (starts[i] != null && lap >= starts[i] && (ends[i] == null || lap <= ends[i])) {
                return i;
            }
        }
        return -1;
    }
}
