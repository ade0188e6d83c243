package org.f1pipeline.domain;

import org.f1pipeline.InvalidInputException;
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
 * @param positionOrder  the row's place in Jolpica's classification order including the unclassified (its
 *                       {@code position} field, Ergast's {@code positionOrder}): 1..n over every row of the race,
 *                       null when unknown. The championship countback ranks retirements by it.
 */
public record RaceResult(RaceKey race, RaceType type, DriverId driver, ConstructorId constructor, Integer carNumber,
                         Integer finishPosition, String positionText, int grid, double points, String status,
                         Long totalTimeMs, Integer laps, boolean fastestLap, Integer positionOrder) {

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
            throw new InvalidInputException("result.points", "result.points must be >= 0, was " + points);
        }
        Checks.notBlank(status, "result.status");
        Checks.nonNegative(totalTimeMs, "result.totalTimeMs");
        Checks.nonNegative(laps, "result.laps");
        Checks.inRange(positionOrder, 1, 99, "result.positionOrder");
    }

    /** A result without a known classification order (the record's shape before {@code positionOrder}). */
    public RaceResult(RaceKey race, RaceType type, DriverId driver, ConstructorId constructor, Integer carNumber,
                      Integer finishPosition, String positionText, int grid, double points, String status,
                      Long totalTimeMs, Integer laps, boolean fastestLap) {
        this(race, type, driver, constructor, carNumber, finishPosition, positionText, grid, points, status,
                totalTimeMs, laps, fastestLap, null);
    }

    /** The same result with the given classification order. */
    public RaceResult withPositionOrder(Integer order) {
        return new RaceResult(race, type, driver, constructor, carNumber, finishPosition, positionText, grid, points,
                status, totalTimeMs, laps, fastestLap, order);
    }

    /** Whether the driver was classified (has a finishing position). */
    public boolean classified() {
        return finishPosition != null;
    }
}
