package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * One line of a season's entry list: a driver racing for a team with a car number. A driver who changed team
 * during the season has one entry per team; {@code firstRound} is the first round driven for that team (null when
 * the list comes from before the first race). The team of each individual race lives on the result rows.
 */
public record SeasonEntry(int season, DriverId driver, ConstructorId constructor, Integer carNumber,
                          Integer firstRound) {

    public SeasonEntry {
        Checks.inRange(season, RaceKey.FIRST_SEASON, RaceKey.LAST_SEASON, "entry.season");
        Checks.notNull(driver, "entry.driver");
        Checks.notNull(constructor, "entry.constructor");
        Checks.inRange(carNumber, 0, 999, "entry.carNumber");
        Checks.inRange(firstRound, 1, RaceKey.MAX_ROUND, "entry.firstRound");
    }
}
