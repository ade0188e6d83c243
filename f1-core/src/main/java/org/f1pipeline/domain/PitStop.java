package org.f1pipeline.domain;

import java.time.LocalTime;
import org.f1pipeline.internal.Checks;

/**
 * One pit stop of a grand prix, as Jolpica publishes them (from 2011).
 *
 * @param race       the race
 * @param driver     the driver
 * @param stop       the driver's stop number in the race, from 1
 * @param lap        the lap the stop was made on (the in-lap; 0 for a stop before the first lap was completed)
 * @param timeOfDay  local time of day at the circuit when the car entered the pit lane (Jolpica: to the second);
 *                   null when unknown
 * @param durationMs time in the pit lane (entry to exit, red-flag time included), or null when unknown
 */
public record PitStop(RaceKey race, DriverId driver, int stop, int lap, LocalTime timeOfDay, Integer durationMs) {

    public PitStop {
        Checks.notNull(race, "pitStop.race");
        Checks.notNull(driver, "pitStop.driver");
        Checks.inRange(stop, 1, 99, "pitStop.stop");
        Checks.inRange(lap, 0, 200, "pitStop.lap");
        Checks.positive(durationMs, "pitStop.durationMs");
    }
}
