package org.f1pipeline.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.storage.StatsStore;

/** Driver and team season statistics, partitioned by season. */
final class MemoryStats implements StatsStore {

    static final Slot<Integer, DriverId, DriverSeasonStats> DRIVER_STATS =
            Slot.partitioned("driver stats", Comparator.<Integer>naturalOrder(), Comparator.<DriverId>naturalOrder());
    static final Slot<Integer, ConstructorId, TeamSeasonStats> TEAM_STATS = Slot.partitioned("team stats",
            Comparator.<Integer>naturalOrder(), Comparator.<ConstructorId>naturalOrder());

    private final MemoryTransaction tx;

    MemoryStats(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void upsertDriverStats(Collection<DriverSeasonStats> stats) {
        List<DriverSeasonStats> rows = checkDrivers("upsert driver stats", stats);
        Table<Integer, DriverId, DriverSeasonStats> table = tx.world().write(DRIVER_STATS);
        rows.forEach(row -> table.write(row.season()).put(row.driver(), row));
    }

    @Override
    public void replaceDriverStats(int season, Collection<DriverSeasonStats> stats) {
        String operation = "replace driver stats";
        List<DriverSeasonStats> rows = Refs.rows(stats, operation);
        rows.forEach(row -> Refs.belongs(operation, "season", season, row.season()));
        checkDrivers(operation, rows);
        Map<DriverId, DriverSeasonStats> fresh = new HashMap<>();
        rows.forEach(row -> fresh.put(row.driver(), row));
        tx.world().write(DRIVER_STATS).replace(season, fresh);
    }

    @Override
    public List<DriverSeasonStats> driverStats(int season) {
        return List.copyOf(tx.world().read(DRIVER_STATS).rows(season).values());
    }

    @Override
    public void upsertTeamStats(Collection<TeamSeasonStats> stats) {
        List<TeamSeasonStats> rows = checkTeams("upsert team stats", stats);
        Table<Integer, ConstructorId, TeamSeasonStats> table = tx.world().write(TEAM_STATS);
        rows.forEach(row -> table.write(row.season()).put(row.team(), row));
    }

    @Override
    public void replaceTeamStats(int season, Collection<TeamSeasonStats> stats) {
        String operation = "replace team stats";
        List<TeamSeasonStats> rows = Refs.rows(stats, operation);
        rows.forEach(row -> Refs.belongs(operation, "season", season, row.season()));
        checkTeams(operation, rows);
        Map<ConstructorId, TeamSeasonStats> fresh = new HashMap<>();
        rows.forEach(row -> fresh.put(row.team(), row));
        tx.world().write(TEAM_STATS).replace(season, fresh);
    }

    @Override
    public List<TeamSeasonStats> teamStats(int season) {
        return List.copyOf(tx.world().read(TEAM_STATS).rows(season).values());
    }

    private List<DriverSeasonStats> checkDrivers(String operation, Collection<DriverSeasonStats> stats) {
        List<DriverSeasonStats> rows = Refs.rows(stats, operation);
        World world = tx.world();
        for (DriverSeasonStats row : rows) {
            Refs.season(world, operation, row.season());
            Refs.driver(world, operation, row.driver());
        }
        return rows;
    }

    private List<TeamSeasonStats> checkTeams(String operation, Collection<TeamSeasonStats> stats) {
        List<TeamSeasonStats> rows = Refs.rows(stats, operation);
        World world = tx.world();
        for (TeamSeasonStats row : rows) {
            Refs.season(world, operation, row.season());
            Refs.constructor(world, operation, row.team());
        }
        return rows;
    }
}
