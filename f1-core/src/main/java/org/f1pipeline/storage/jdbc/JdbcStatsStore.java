package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.storage.StatsStore;

/** {@link StatsStore} over the {@code driver_season_stats} and {@code team_season_stats} tables. */
final class JdbcStatsStore implements StatsStore {

    private static final List<String> DRIVER_KEY = Sql.columns("season, driver_id");
    private static final List<String> DRIVER = Sql.columns("season, driver_id, through_round, races_entered,"
            + " races_finished, wins, podiums, poles, total_points, championship_position, avg_finish_position,"
            + " win_rate, avg_position_gain, dnf_count, dnf_rate, avg_sector1_ms, avg_sector2_ms, avg_sector3_ms,"
            + " top_speed_kph, teammate_quali_delta, sprint_races_entered, sprint_wins, sprint_podiums,"
            + " sprint_points, sprint_avg_finish_position, sprint_win_rate");
    private static final List<String> TEAM_KEY = Sql.columns("season, constructor_id");
    private static final List<String> TEAM = Sql.columns("season, constructor_id, through_round, races_completed,"
            + " entries, wins, podiums, total_points, championship_position, avg_finish_position,"
            + " car_performance_score, dnf_count, reliability_score, sprint_wins, sprint_podiums, sprint_points");

    private final JdbcSession session;

    JdbcStatsStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void upsertDriverStats(Collection<DriverSeasonStats> stats) {
        verifyDriverStats("upsert driver stats", Objects.requireNonNull(stats, "stats"));
        writeDriverStats("upsert driver stats", stats);
    }

    @Override
    public void replaceDriverStats(int season, Collection<DriverSeasonStats> stats) {
        Objects.requireNonNull(stats, "stats");
        for (DriverSeasonStats s : stats) {
            Sql.belongs(s.season() == season, "stats", s, "season " + season);
        }
        verifyDriverStats("replace driver stats", stats);
        // Delete only the drivers no longer listed: the upsert then leaves unchanged rows alone.
        Set<String> kept = new TreeSet<>();
        stats.forEach(s -> kept.add(s.driver().value()));
        session.update("replace driver stats", "DELETE FROM driver_season_stats WHERE season = ?"
                + Sql.notIn("driver_id", kept.size()), p -> bindKept(p.integer(season), kept));
        writeDriverStats("replace driver stats", stats);
    }

    private void verifyDriverStats(String operation, Collection<DriverSeasonStats> stats) {
        Parents parents = new Parents();
        stats.forEach(s -> parents.season(s.season()).driver(s.driver()));
        parents.verify(session, operation);
    }

    private void writeDriverStats(String operation, Collection<DriverSeasonStats> stats) {
        session.upsert(operation, Sql.upsert("driver_season_stats", DRIVER_KEY, DRIVER), stats,
                s -> List.of(s.season(), s.driver()),
                (p, s) -> p.integer(s.season()).text(s.driver().value()).integer(s.throughRound())
                        .integer(s.racesEntered()).integer(s.racesFinished()).integer(s.wins()).integer(s.podiums())
                        .integer(s.poles()).real(s.totalPoints()).integer(s.championshipPosition())
                        .real(s.avgFinishPosition()).real(s.winRate()).real(s.avgPositionGain())
                        .integer(s.dnfCount()).real(s.dnfRate()).integer(s.avgSector1Ms()).integer(s.avgSector2Ms())
                        .integer(s.avgSector3Ms()).real(s.topSpeedKph()).real(s.teammateQualiDelta())
                        .integer(s.sprintRacesEntered()).integer(s.sprintWins()).integer(s.sprintPodiums())
                        .real(s.sprintPoints()).real(s.sprintAvgFinishPosition()).real(s.sprintWinRate()));
    }

    @Override
    public List<DriverSeasonStats> driverStats(int season) {
        return session.query("read driver stats", Sql.select("driver_season_stats", DRIVER)
                + " WHERE season = ? ORDER BY driver_id", p -> p.integer(season), JdbcStatsStore::driverStats);
    }

    @Override
    public void upsertTeamStats(Collection<TeamSeasonStats> stats) {
        verifyTeamStats("upsert team stats", Objects.requireNonNull(stats, "stats"));
        writeTeamStats("upsert team stats", stats);
    }

    @Override
    public void replaceTeamStats(int season, Collection<TeamSeasonStats> stats) {
        Objects.requireNonNull(stats, "stats");
        for (TeamSeasonStats s : stats) {
            Sql.belongs(s.season() == season, "stats", s, "season " + season);
        }
        verifyTeamStats("replace team stats", stats);
        Set<String> kept = new TreeSet<>();
        stats.forEach(s -> kept.add(s.team().value()));
        session.update("replace team stats", "DELETE FROM team_season_stats WHERE season = ?"
                + Sql.notIn("constructor_id", kept.size()), p -> bindKept(p.integer(season), kept));
        writeTeamStats("replace team stats", stats);
    }

    private static void bindKept(Params p, Set<String> kept) throws SQLException {
        for (String key : kept) {
            p.text(key);
        }
    }

    private void verifyTeamStats(String operation, Collection<TeamSeasonStats> stats) {
        Parents parents = new Parents();
        stats.forEach(s -> parents.season(s.season()).constructor(s.team()));
        parents.verify(session, operation);
    }

    private void writeTeamStats(String operation, Collection<TeamSeasonStats> stats) {
        session.upsert(operation, Sql.upsert("team_season_stats", TEAM_KEY, TEAM), stats,
                s -> List.of(s.season(), s.team()),
                (p, s) -> p.integer(s.season()).text(s.team().value()).integer(s.throughRound())
                        .integer(s.racesCompleted()).integer(s.entries()).integer(s.wins()).integer(s.podiums())
                        .real(s.totalPoints()).integer(s.championshipPosition()).real(s.avgFinishPosition())
                        .real(s.carPerformanceScore()).integer(s.dnfCount()).real(s.reliabilityScore())
                        .integer(s.sprintWins()).integer(s.sprintPodiums()).real(s.sprintPoints()));
    }

    @Override
    public List<TeamSeasonStats> teamStats(int season) {
        return session.query("read team stats", Sql.select("team_season_stats", TEAM)
                + " WHERE season = ? ORDER BY constructor_id", p -> p.integer(season), JdbcStatsStore::teamStats);
    }

    private static DriverSeasonStats driverStats(Row r) throws SQLException {
        return new DriverSeasonStats(r.intValue("season"), DriverId.of(r.text("driver_id")),
                r.intValue("through_round"), r.intValue("races_entered"), r.intValue("races_finished"),
                r.intValue("wins"), r.intValue("podiums"), r.intValue("poles"), r.doubleValue("total_points"),
                r.integer("championship_position"), r.real("avg_finish_position"), r.doubleValue("win_rate"),
                r.real("avg_position_gain"), r.intValue("dnf_count"), r.doubleValue("dnf_rate"),
                r.integer("avg_sector1_ms"), r.integer("avg_sector2_ms"), r.integer("avg_sector3_ms"),
                r.real("top_speed_kph"), r.real("teammate_quali_delta"), r.intValue("sprint_races_entered"),
                r.intValue("sprint_wins"), r.intValue("sprint_podiums"), r.doubleValue("sprint_points"),
                r.real("sprint_avg_finish_position"), r.real("sprint_win_rate"));
    }

    private static TeamSeasonStats teamStats(Row r) throws SQLException {
        return new TeamSeasonStats(r.intValue("season"), ConstructorId.of(r.text("constructor_id")),
                r.intValue("through_round"), r.intValue("races_completed"), r.intValue("entries"),
                r.intValue("wins"), r.intValue("podiums"), r.doubleValue("total_points"),
                r.integer("championship_position"), r.real("avg_finish_position"), r.real("car_performance_score"),
                r.intValue("dnf_count"), r.real("reliability_score"), r.intValue("sprint_wins"),
                r.intValue("sprint_podiums"), r.doubleValue("sprint_points"));
    }
}
