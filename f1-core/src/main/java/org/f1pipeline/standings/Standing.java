package org.f1pipeline.standings;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.Checks;

/**
 * One line of an official championship table after a round: the drivers' or the constructors' standing of one
 * driver or team, with the points that count under the season's rules (best results, split seasons, shared drives,
 * official adjustments; see docs/standings.md).
 *
 * @param season       the season
 * @param round        the table is the one after this round
 * @param kind         drivers' or constructors' championship
 * @param position     1-based rank; every line has one, as in Jolpica's tables (a driver or team excluded from the
 *                     championship is ranked after all others)
 * @param positionText the rank as text, or the official mark of an exclusion: {@code D} (disqualified from the
 *                     championship: Schumacher 1997), {@code E} (excluded: McLaren 2007)
 * @param driver       the driver; null in a constructors' table
 * @param constructor  the team: a constructors' line's team, or the team of a driver's latest race so far
 * @param points       championship points (only the results that count; rounded to 4 decimals)
 * @param wins         grand-prix wins so far (all of them, counted or dropped)
 */
public record Standing(int season, int round, StandingsKind kind, int position, String positionText, DriverId driver,
                       ConstructorId constructor, double points, int wins) {

    public Standing {
        Checks.inRange(season, 1950, 2200, "standing.season");
        Checks.inRange(round, 1, RaceKey.MAX_ROUND, "standing.round");
        Checks.notNull(kind, "standing.kind");
        Checks.inRange(position, 1, 999, "standing.position");
        Checks.notBlank(positionText, "standing.positionText");
        Checks.notNull(constructor, "standing.constructor");
        Checks.finite(points, "standing.points");
        Checks.inRange(wins, 0, 99, "standing.wins");
        if ((kind == StandingsKind.DRIVERS) != (driver != null)) {
            throw new InvalidInputException("standing.driver",
                    "standing.driver must be set exactly for a drivers' standing, was "
                    + driver + " in a " + kind.wireName() + " table");
        }
    }

    /** A drivers' standing. */
    public static Standing driver(int season, int round, int position, String positionText, DriverId driver,
                                  ConstructorId constructor, double points, int wins) {
        return new Standing(season, round, StandingsKind.DRIVERS, position, positionText, driver, constructor, points,
                wins);
    }

    /** A constructors' standing. */
    public static Standing constructor(int season, int round, int position, String positionText,
                                       ConstructorId constructor, double points, int wins) {
        return new Standing(season, round, StandingsKind.CONSTRUCTORS, position, positionText, null, constructor,
                points, wins);
    }

    /** Whether the line is ranked normally, i.e. not marked as excluded from the championship. */
    public boolean classified() {
        return positionText.equals(Integer.toString(position));
    }
}
