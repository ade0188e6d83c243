package org.f1pipeline.source.jolpica;

import java.time.LocalTime;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.Checks;

/**
 * One pit stop in a grand prix (Jolpica has them from 2011), so a job can flag in/out laps on
 * {@link org.f1pipeline.domain.LapTime} rows.
 *
 * @param race       the race
 * @param driver     the driver
 * @param lap        the lap on which the driver entered the pit lane
 * @param stop       the driver's stop number in this race, from 1
 * @param durationMs time from pit entry to pit exit (red-flag time included), null when Jolpica gives none
 * @param localTime  local time of day at the circuit when the stop happened, null when unknown
 */
public record PitStop(RaceKey race, DriverId driver, int lap, int stop, Integer durationMs, LocalTime localTime) {

    /** Validates the fields. */
    public PitStop {
        Checks.notNull(race, "pitStop.race");
        Checks.notNull(driver, "pitStop.driver");
        Checks.inRange(lap, 0, 200, "pitStop.lap");
        Checks.inRange(stop, 1, 50, "pitStop.stop");
        Checks.positive(durationMs, "pitStop.durationMs");
    }
}
