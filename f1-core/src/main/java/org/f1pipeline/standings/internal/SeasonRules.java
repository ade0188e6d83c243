package org.f1pipeline.standings.internal;

import java.util.List;

/**
 * How one season's championships are decided (one row of {@link ChampionshipRules}).
 *
 * @param season            the season
 * @param drivers           which results count for the drivers
 * @param constructors      which results count for the constructors; null before 1958 (no constructors' title)
 * @param bestCarOnly       constructors score only with their best-placed car in each race (1958-1978)
 * @param driverScale       points for 1st, 2nd, ... in the drivers' championship, for reading a result's points
 *                          back to the place they were paid for (the pre-1979 constructors' rule)
 * @param teamScale         points for 1st, 2nd, ... in the constructors' championship where it differs from the
 *                          drivers' (1958-1961); equal to {@code driverScale} otherwise
 * @param driverFastestLap  drivers scored a point (or a share of it) for the fastest lap that constructors did not
 *                          (1950-1959)
 * @param constructorsSkipCircuit a circuit whose race counts for drivers only (the Indianapolis 500, 1950-1960);
 *                          null if none
 * @param rounds            the season's number of rounds, where {@link Counting#needsRounds()} (1967-1980); 0
 *                          otherwise
 */
public record SeasonRules(int season, Counting drivers, Counting constructors, boolean bestCarOnly,
                          List<Integer> driverScale, List<Integer> teamScale, boolean driverFastestLap,
                          String constructorsSkipCircuit, int rounds) {

    public SeasonRules {
        driverScale = List.copyOf(driverScale);
        teamScale = List.copyOf(teamScale);
    }

    /** Whether the season had a constructors' championship. */
    public boolean hasConstructors() {
        return constructors != null;
    }
}
