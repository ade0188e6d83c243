package org.f1pipeline.domain;

import java.util.regex.Pattern;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * One lap of one driver in a grand prix or sprint. Every timing field may be null: legacy (Jolpica) laps carry only
 * the lap time and position; live timing and OpenF1 add sectors, speed trap, tyres and pit flags.
 *
 * @param compound    tyre compound in upper case (SOFT, MEDIUM, HARD, INTERMEDIATE, WET), or null
 * @param tyreLife    laps on this set of tyres at the end of the lap
 * @param pitIn       the driver entered the pit lane on this lap
 * @param pitOut      the lap started from the pit lane
 * @param trackStatus live-timing track status codes seen during the lap (e.g. "1", "4", "46"), or null
 */
public record LapTime(RaceKey race, RaceType type, DriverId driver, int lap, Integer lapTimeMs, Integer sector1Ms,
                      Integer sector2Ms, Integer sector3Ms, Double speedTrapKph, String compound, Integer tyreLife,
                      Boolean freshTyre, boolean pitIn, boolean pitOut, Integer stint, String trackStatus,
                      Integer position) {

    private static final Pattern COMPOUND = Pattern.compile("[A-Z_]+");

    public LapTime {
        Checks.notNull(race, "lap.race");
        Checks.notNull(type, "lap.type");
        Checks.notNull(driver, "lap.driver");
        Checks.inRange(lap, 1, 200, "lap.lap");
        Checks.positive(lapTimeMs, "lap.lapTimeMs");
        Checks.positive(sector1Ms, "lap.sector1Ms");
        Checks.positive(sector2Ms, "lap.sector2Ms");
        Checks.positive(sector3Ms, "lap.sector3Ms");
        Checks.finite(speedTrapKph, "lap.speedTrapKph");
        if (compound != null && !COMPOUND.matcher(compound).matches()) {
            throw new InvalidInputException("lap.compound", "lap.compound must be upper case, was '" + compound + "'");
        }
        Checks.nonNegative(tyreLife, "lap.tyreLife");
        Checks.positive(stint, "lap.stint");
        Checks.inRange(position, 1, 40, "lap.position");
    }

    /** A lap with only a time and position, as Jolpica gives them. */
    public static LapTime basic(RaceKey race, RaceType type, DriverId driver, int lap, Integer lapTimeMs,
                                Integer position) {
        return new LapTime(race, type, driver, lap, lapTimeMs, null, null, null, null, null, null, null, false,
                false, null, null, position);
    }
}
