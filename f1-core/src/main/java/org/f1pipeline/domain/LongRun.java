package org.f1pipeline.domain;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * A driver's best FP2 long run on one compound, as the seed computes it: the median of a trimmed stint normalised
 * to a MEDIUM baseline (SOFT +500 ms, HARD -400 ms).
 *
 * @param medianLapMs normalised median lap of the best stint on this compound
 * @param stintLength laps left in that stint after trimming
 * @param bestLapMs   the driver's fastest raw FP2 lap on any dry compound, or null
 */
public record LongRun(RaceKey race, DriverId driver, String compound, int medianLapMs, int stintLength,
                      Integer bestLapMs) {

    public LongRun {
        Checks.notNull(race, "longRun.race");
        Checks.notNull(driver, "longRun.driver");
        Checks.notBlank(compound, "longRun.compound");
        if (medianLapMs <= 0) {
            throw new InvalidInputException("longRun.medianLapMs",
                    "longRun.medianLapMs must be > 0, was " + medianLapMs);
        }
        Checks.inRange(stintLength, 1, 200, "longRun.stintLength");
        Checks.positive(bestLapMs, "longRun.bestLapMs");
    }
}
