package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.StandingsStore;

/**
 * {@link StandingsStore} over the {@code driver_standings}, {@code constructor_standings} and
 * {@code shared_drive_results} tables. A replace deletes the rounds it covers and inserts the new lines: in the usual
 * case (the latest round ingested) that is one table of some 25 lines per kind.
 */
final class JdbcStandingsStore implements StandingsStore {

    private static final List<String> DRIVER_KEY = Sql.columns("season, round, driver_id");
    private static final List<String> DRIVER = Sql.columns("season, round, driver_id, constructor_id, position,"
            + " position_text, points, wins");
    private static final List<String> TEAM_KEY = Sql.columns("season, round, constructor_id");
    private static final List<String> TEAM = Sql.columns("season, round, constructor_id, position, position_text,"
            + " points, wins");
    private static final List<String> SHARED_KEY = Sql.columns("season, round, race_type, driver_id, position_order");
    private static final List<String> SHARED = Sql.columns("season, round, race_type, driver_id, position_order,"
            + " constructor_id, car_number, finish_position, position_text, grid, points, status, total_time_ms, laps,"
            + " fastest_lap");

    private final JdbcSession session;

    JdbcStandingsStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void replaceFrom(int season, int fromRound, Collection<Standing> rows) {
        Objects.requireNonNull(rows, "rows");
        String operation = "replace standings";
        List<Standing> drivers = new ArrayList<>();
        List<Standing> teams = new ArrayList<>();
        Parents parents = new Parents();
        for (Standing s : rows) {
            Sql.belongs(s.season() == season && s.round() >= fromRound, "rows", s,
                    "season " + season + " from round " + fromRound);
            (s.kind() == StandingsKind.DRIVERS ? drivers : teams).add(s);
            parents.race(RaceKey.of(s.season(), s.round())).constructor(s.constructor());
            if (s.driver() != null) {
                parents.driver(s.driver());
            }
        }
        parents.verify(session, operation);
        for (String table : List.of("driver_standings", "constructor_standings")) {
            session.update(operation, "DELETE FROM " + table + " WHERE season = ? AND round >= ?",
                    p -> p.integer(season).integer(fromRound));
        }
        session.upsert(operation, Sql.upsert("driver_standings", DRIVER_KEY, DRIVER), drivers,
                s -> List.of(s.round(), s.driver()),
                (p, s) -> p.integer(s.season()).integer(s.round()).text(s.driver().value())
                        .text(s.constructor().value()).integer(s.position()).text(s.positionText()).real(s.points())
                        .integer(s.wins()));
        session.upsert(operation, Sql.upsert("constructor_standings", TEAM_KEY, TEAM), teams,
                s -> List.of(s.round(), s.constructor()),
                (p, s) -> p.integer(s.season()).integer(s.round()).text(s.constructor().value())
                        .integer(s.position()).text(s.positionText()).real(s.points()).integer(s.wins()));
    }

    @Override
    public List<Standing> after(int season, int round, StandingsKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind == StandingsKind.DRIVERS) {
            return session.query("read standings", Sql.select("driver_standings", DRIVER)
                            + " WHERE season = ? AND round = ? ORDER BY position, driver_id",
                    p -> p.integer(season).integer(round), JdbcStandingsStore::driver);
        }
        return session.query("read standings", Sql.select("constructor_standings", TEAM)
                        + " WHERE season = ? AND round = ? ORDER BY position, constructor_id",
                p -> p.integer(season).integer(round), JdbcStandingsStore::team);
    }

    @Override
    public OptionalInt lastRound(int season) {
        int last = session.queryOne("read standings", "SELECT COALESCE(MAX(round), 0) AS last_round"
                        + " FROM driver_standings WHERE season = ?", p -> p.integer(season), r -> r.intValue("last_round"))
                .orElse(0);
        return last == 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    @Override
    public void replaceSharedDrives(RaceKey race, RaceType type, Collection<RaceResult> rows) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rows, "rows");
        String operation = "replace shared drives";
        Parents parents = new Parents();
        parents.race(race);
        for (RaceResult r : rows) {
            Sql.belongs(r.race().equals(race) && r.type() == type && r.positionOrder() != null, "rows", r,
                    type + " rows of race " + race + " with a classification order");
            parents.driver(r.driver()).constructor(r.constructor());
        }
        parents.verify(session, operation);
        session.update(operation, "DELETE FROM shared_drive_results WHERE season = ? AND round = ? AND race_type = ?",
                p -> p.race(race).type(type));
        session.upsert(operation, Sql.upsert("shared_drive_results", SHARED_KEY, SHARED), rows,
                r -> List.of(r.driver(), r.positionOrder()),
                (p, r) -> p.race(r.race()).type(r.type()).text(r.driver().value()).integer(r.positionOrder())
                        .text(r.constructor().value()).integer(r.carNumber()).integer(r.finishPosition())
                        .text(r.positionText()).integer(r.grid()).real(r.points()).text(r.status())
                        .bigint(r.totalTimeMs()).integer(r.laps()).bool(r.fastestLap()));
    }

    @Override
    public List<RaceResult> sharedDrives(int season) {
        return session.query("read shared drives", Sql.select("shared_drive_results", SHARED)
                        + " WHERE season = ? ORDER BY round, race_type, driver_id, position_order",
                p -> p.integer(season), JdbcStandingsStore::shared);
    }

    private static Standing driver(Row r) throws SQLException {
        return Standing.driver(r.intValue("season"), r.intValue("round"), r.intValue("position"),
                r.text("position_text"), DriverId.of(r.text("driver_id")), ConstructorId.of(r.text("constructor_id")),
                r.doubleValue("points"), r.intValue("wins"));
    }

    private static Standing team(Row r) throws SQLException {
        return Standing.constructor(r.intValue("season"), r.intValue("round"), r.intValue("position"),
                r.text("position_text"), ConstructorId.of(r.text("constructor_id")), r.doubleValue("points"),
                r.intValue("wins"));
    }

    private static RaceResult shared(Row r) throws SQLException {
        return new RaceResult(r.race(), r.type(), DriverId.of(r.text("driver_id")),
                ConstructorId.of(r.text("constructor_id")), r.integer("car_number"), r.integer("finish_position"),
                r.text("position_text"), r.intValue("grid"), r.doubleValue("points"), r.text("status"),
                r.bigint("total_time_ms"), r.integer("laps"), r.boolValue("fastest_lap"), r.integer("position_order"));
    }
}
