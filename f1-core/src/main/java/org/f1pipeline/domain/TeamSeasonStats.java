package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * A team's aggregates over a season's completed races, built from the per-entry team of each result.
 *
 * @param throughRound        the last round with results included
 * @param carPerformanceScore min-max over the teams of (21 - average finish); 0.0 is a real value (the slowest
 *                            team), not "missing"
 * @param reliabilityScore    1 - DNFs / entries
 */
public record TeamSeasonStats(int season, ConstructorId team, int throughRound, int racesCompleted, int entries,
                              int wins, int podiums, double totalPoints, Integer championshipPosition,
                              Double avgFinishPosition, Double carPerformanceScore, int dnfCount,
                              Double reliabilityScore, int sprintWins, int sprintPodiums, double sprintPoints) {

    public TeamSeasonStats {
        Checks.inRange(season, RaceKey.FIRST_SEASON, RaceKey.LAST_SEASON, "teamStats.season");
        Checks.notNull(team, "teamStats.team");
        Checks.inRange(throughRound, 0, RaceKey.MAX_ROUND, "teamStats.throughRound");
        Checks.nonNegative(racesCompleted, "teamStats.racesCompleted");
        Checks.nonNegative(entries, "teamStats.entries");
        Checks.nonNegative(wins, "teamStats.wins");
        Checks.nonNegative(podiums, "teamStats.podiums");
        Checks.finite(totalPoints, "teamStats.totalPoints");
        Checks.positive(championshipPosition, "teamStats.championshipPosition");
        Checks.finite(avgFinishPosition, "teamStats.avgFinishPosition");
        Checks.unitInterval(carPerformanceScore, "teamStats.carPerformanceScore");
        Checks.nonNegative(dnfCount, "teamStats.dnfCount");
        Checks.unitInterval(reliabilityScore, "teamStats.reliabilityScore");
        Checks.nonNegative(sprintWins, "teamStats.sprintWins");
        Checks.nonNegative(sprintPodiums, "teamStats.sprintPodiums");
        Checks.finite(sprintPoints, "teamStats.sprintPoints");
    }
}
