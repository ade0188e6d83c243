package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.TeamSeasonStats;

/** Driver and team season statistics, keyed by (season, driver) and (season, team). */
public interface StatsStore {

    void upsertDriverStats(Collection<DriverSeasonStats> stats);

    /** Makes {@code stats} the complete driver stats of {@code season}. */
    void replaceDriverStats(int season, Collection<DriverSeasonStats> stats);

    /** The season's driver stats, by driver. */
    List<DriverSeasonStats> driverStats(int season);

    void upsertTeamStats(Collection<TeamSeasonStats> stats);

    /** Makes {@code stats} the complete team stats of {@code season}. */
    void replaceTeamStats(int season, Collection<TeamSeasonStats> stats);

    /** The season's team stats, by team. */
    List<TeamSeasonStats> teamStats(int season);
}
