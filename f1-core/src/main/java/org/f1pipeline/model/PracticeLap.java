package org.f1pipeline.model;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;

/**
 * One FP2 lap as {@link LongRunCalculator} needs it. Practice laps are not stored as {@link LapTime}s (those are
 * grand-prix or sprint laps), so a source maps its FP2 laps to this. Any field but the driver and lap may be null;
 * such laps are skipped as the seed skips them.
 *
 * @param compound upper-case compound (SOFT, MEDIUM, HARD; others are ignored)
 */
public record PracticeLap(DriverId driver, int lap, Integer lapTimeMs, String compound, Integer stint) {

    public PracticeLap {
        if (driver == null) {
            throw new InvalidInputException("practiceLap.driver", "practiceLap.driver must not be null");
        }
        if (lap < 1) {
            throw new InvalidInputException("practiceLap.lap", "practiceLap.lap must be >= 1, was " + lap);
        }
    }

    /** The practice view of a lap record (for sources that reuse {@link LapTime} for FP2). */
    public static PracticeLap of(LapTime lap) {
        return new PracticeLap(lap.driver(), lap.lap(), lap.lapTimeMs(), lap.compound(), lap.stint());
    }
}
