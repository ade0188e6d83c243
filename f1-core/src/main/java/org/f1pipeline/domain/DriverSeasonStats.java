package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * A driver's aggregates over a season's completed races (seed section 5.10, with its fixes: classified finishers
 * such as "Lapped" or "+1 Lap" are not DNFs, championship position counts sprint points).
 *
 * @param throughRound       the last round with results included; stats are as-of the end of that round
 * @param totalPoints        grand-prix points
 * @param championshipPosition rank by grand-prix plus sprint points
 * @param avgPositionGain    mean of (grid - finish) over classified finishes, null without finishes
 * @param winRate            Bayesian (wins + 0.5) / (races + 2)
 * @param avgSector1Ms       median best sector 1 over the season's laps, null when no sector data
 * @param topSpeedKph        highest speed-trap reading, null when none
 * @param teammateQualiDelta mean relative qualifying gap to the teammate (positive = faster), null when none
 * @param sprintWinRate      Bayesian sprint win rate, null without sprint entries
 */
public record DriverSeasonStats(int season, DriverId driver, int throughRound, int racesEntered, int racesFinished,
                                int wins, int podiums, int poles, double totalPoints, Integer championshipPosition,
                                Double avgFinishPosition, double winRate, Double avgPositionGain, int dnfCount,
                                double dnfRate, Integer avgSector1Ms, Integer avgSector2Ms, Integer avgSector3Ms,
                                Double topSpeedKph, Double teammateQualiDelta, int sprintRacesEntered,
                                int sprintWins, int sprintPodiums, double sprintPoints,
                                Double sprintAvgFinishPosition, Double sprintWinRate) {

    public DriverSeasonStats {
        Checks.inRange(season, RaceKey.FIRST_SEASON, RaceKey.LAST_SEASON, "driverStats.season");
        Checks.notNull(driver, "driverStats.driver");
        Checks.inRange(throughRound, 0, RaceKey.MAX_ROUND, "driverStats.throughRound");
        Checks.nonNegative(racesEntered, "driverStats.racesEntered");
        Checks.nonNegative(racesFinished, "driverStats.racesFinished");
        Checks.nonNegative(wins, "driverStats.wins");
        Checks.nonNegative(podiums, "driverStats.podiums");
        Checks.nonNegative(poles, "driverStats.poles");
        Checks.finite(totalPoints, "driverStats.totalPoints");
        Checks.positive(championshipPosition, "driverStats.championshipPosition");
        Checks.finite(avgFinishPosition, "driverStats.avgFinishPosition");
        Checks.finite(winRate, "driverStats.winRate");
        Checks.finite(avgPositionGain, "driverStats.avgPositionGain");
        Checks.nonNegative(dnfCount, "driverStats.dnfCount");
        Checks.finite(dnfRate, "driverStats.dnfRate");
        Checks.finite(topSpeedKph, "driverStats.topSpeedKph");
        Checks.finite(teammateQualiDelta, "driverStats.teammateQualiDelta");
        Checks.nonNegative(sprintRacesEntered, "driverStats.sprintRacesEntered");
        Checks.nonNegative(sprintWins, "driverStats.sprintWins");
        Checks.nonNegative(sprintPodiums, "driverStats.sprintPodiums");
        Checks.finite(sprintPoints, "driverStats.sprintPoints");
        Checks.finite(sprintAvgFinishPosition, "driverStats.sprintAvgFinishPosition");
        Checks.finite(sprintWinRate, "driverStats.sprintWinRate");
    }
}
