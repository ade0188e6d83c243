package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * One driver's classification in a grand prix or sprint. The constructor is recorded per result, so a mid-season
 * team change is credited correctly.
 *
 * @param finishPosition classified position, null when not classified
 * @param positionText   Jolpica's position text: a number, or R (retired), D (disqualified), W (withdrawn/did not
 *                       start), F (failed to qualify), N (not classified)
 * @param grid           starting grid slot, 0 for a pit-lane start
 * @param status         finishing status text (Finished, Lapped, +1 Lap, Retired, Engine, ...)
 * @param totalTimeMs    elapsed race time, for finishers with a time
 * @param laps           laps completed, null when unknown
 */
public record RaceResult(RaceKey race, RaceType type, DriverId driver, ConstructorId constructor, Integer carNumber,
                         Integer finishPosition, String positionText, int grid, double points, String status,
                         Long totalTimeMs, Integer laps, boolean fastestLap) {

    public RaceResult {
        Checks.notNull(race, "result.race");
        Checks.notNull(type, "result.type");
        Checks.notNull(driver, "result.driver");
        Checks.notNull(constructor, "result.constructor");
        Checks.inRange(carNumber, 0, 999, "result.carNumber");
        Checks.inRange(finishPosition, 1, 40, "result.finishPosition");
        Checks.notBlank(positionText, "result.positionText");
        Checks.inRange(grid, 0, 40, "result.grid");
        Checks.finite(points, "result.points");
        if (points < 0) {
            throw new IllegalArgumentException("result.points must be >= 0, was " + points);
        }
        Checks.notBlank(status, "result.status");
        Checks.nonNegative(totalTimeMs, "result.totalTimeMs");
        Checks.nonNegative(laps, "result.laps");
    }

    /** Whether the driver was classified (has a finishing position). */
    public boolean classified() {
        return finishPosition != null;
    }
}
