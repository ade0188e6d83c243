package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.InputDigest;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.ResultStore;

/**
 * {@link ResultStore} over {@code qualifying_results}, {@code race_results} (grand prix) and {@code sprint_results}.
 *
 * <p>A {@code sprint_results} row has two column groups: the sprint-qualifying group ({@code sq_*}) and the finish
 * group (named like {@code race_results}). Each write lists only its own group in the upsert's column and
 * {@code SET} lists, so neither can overwrite the other; "group present" means {@code sq_position} resp.
 * {@code position_text} is not null, and a CHECK keeps rows from having neither.
 */
final class JdbcResultStore implements ResultStore {

    private static final List<String> KEY = Sql.columns("season, round, driver_id");
    private static final List<String> QUALI = Sql.columns("season, round, driver_id, constructor_id, car_number,"
            + " position, q1_ms, q2_ms, q3_ms, sector1_ms, sector2_ms, sector3_ms, speed_trap_kph");
    private static final List<String> SQ = Sql.columns("season, round, driver_id, sq_constructor_id, sq_car_number,"
            + " sq_position, sq1_ms, sq2_ms, sq3_ms, sq_sector1_ms, sq_sector2_ms, sq_sector3_ms, sq_speed_trap_kph");
    private static final List<String> RESULT = Sql.columns("season, round, driver_id, constructor_id, car_number,"
            + " finish_position, position_text, grid, points, status, total_time_ms, laps, fastest_lap, position_order");
    /** Sprint-qualifying columns read under the grand-prix qualifying names, so one mapper reads both. */
    private static final List<String> SQ_AS_QUALI = aliased(SQ, QUALI);
    private static final String QUALI_ORDER = "position, driver_id";
    private static final String RESULT_ORDER =
            "CASE WHEN finish_position IS NULL THEN 1 ELSE 0 END, finish_position, grid, driver_id";

    private final JdbcSession session;
    private final JdbcInputStore inputs;

    JdbcResultStore(JdbcSession session) {
        this.session = session;
        this.inputs = new JdbcInputStore(session);
    }

    // ---- grand-prix qualifying

    @Override
    public void upsertQualifying(Collection<QualifyingResult> rows) {
        verifyQualifying("upsert qualifying", Objects.requireNonNull(rows, "rows"));
        writeQualifying("upsert qualifying", "qualifying_results", QUALI, rows);
        InputDigest.touchUpserted(inputs, rows, QualifyingResult::race, q -> InputKind.QUALIFYING);
    }

    @Override
    public void replaceQualifying(RaceKey race, Collection<QualifyingResult> rows) {
        requireRace(race, rows, QualifyingResult::race);
        verifyQualifying("replace qualifying", rows);
        session.update("replace qualifying", "DELETE FROM qualifying_results WHERE season = ? AND round = ?",
                p -> p.race(race));
        writeQualifying("replace qualifying", "qualifying_results", QUALI, rows);
        inputs.touch(race, InputKind.QUALIFYING, InputDigest.of(rows));
    }

    @Override
    public List<QualifyingResult> qualifying(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return session.query("read qualifying", Sql.select("qualifying_results", QUALI)
                        + " WHERE season = ? AND round = ? ORDER BY " + QUALI_ORDER, p -> p.race(race),
                JdbcResultStore::qualifying);
    }

    @Override
    public List<QualifyingResult> qualifying(int fromSeason, int toSeason) {
        return session.query("read qualifying", Sql.select("qualifying_results", QUALI)
                        + " WHERE season BETWEEN ? AND ? ORDER BY season, round, " + QUALI_ORDER,
                p -> p.integer(fromSeason).integer(toSeason), JdbcResultStore::qualifying);
    }

    // ---- sprint qualifying: the SQ group of sprint_results

    @Override
    public void upsertSprintQualifying(Collection<QualifyingResult> rows) {
        verifyQualifying("upsert sprint qualifying", Objects.requireNonNull(rows, "rows"));
        writeQualifying("upsert sprint qualifying", "sprint_results", SQ, rows);
        InputDigest.touchUpserted(inputs, rows, QualifyingResult::race, q -> InputKind.SPRINT_QUALIFYING);
    }

    @Override
    public void replaceSprintQualifying(RaceKey race, Collection<QualifyingResult> rows) {
        requireRace(race, rows, QualifyingResult::race);
        verifyQualifying("replace sprint qualifying", rows);
        clearGroup("replace sprint qualifying", race, SQ, "position_text");
        writeQualifying("replace sprint qualifying", "sprint_results", SQ, rows);
        inputs.touch(race, InputKind.SPRINT_QUALIFYING, InputDigest.of(rows));
    }

    @Override
    public List<QualifyingResult> sprintQualifying(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return session.query("read sprint qualifying", Sql.select("sprint_results", SQ_AS_QUALI)
                        + " WHERE season = ? AND round = ? AND sq_position IS NOT NULL ORDER BY " + QUALI_ORDER,
                p -> p.race(race), JdbcResultStore::qualifying);
    }

    @Override
    public List<QualifyingResult> sprintQualifying(int fromSeason, int toSeason) {
        return session.query("read sprint qualifying", Sql.select("sprint_results", SQ_AS_QUALI)
                        + " WHERE season BETWEEN ? AND ? AND sq_position IS NOT NULL"
                        + " ORDER BY season, round, " + QUALI_ORDER,
                p -> p.integer(fromSeason).integer(toSeason), JdbcResultStore::qualifying);
    }

    private void verifyQualifying(String operation, Collection<QualifyingResult> rows) {
        Parents parents = new Parents();
        rows.forEach(q -> parents.race(q.race()).driver(q.driver()).constructor(q.constructor()));
        parents.verify(session, operation);
    }

    private void writeQualifying(String operation, String table, List<String> columns,
                                 Collection<QualifyingResult> rows) {
        session.upsert(operation, Sql.upsert(table, KEY, columns), rows,
                q -> List.of(q.race(), q.driver()),
                (p, q) -> p.race(q.race()).text(q.driver().value()).text(q.constructor().value())
                        .integer(q.carNumber()).integer(q.position()).integer(q.q1Ms()).integer(q.q2Ms())
                        .integer(q.q3Ms()).integer(q.sector1Ms()).integer(q.sector2Ms()).integer(q.sector3Ms())
                        .real(q.speedTrapKph()));
    }

    // ---- race results: race_results for grand prix, the finish group of sprint_results for sprints

    @Override
    public void upsertRaceResults(Collection<RaceResult> rows) {
        Objects.requireNonNull(rows, "rows");
        verifyResults("upsert race results", rows);
        List<RaceResult> grandPrix = new ArrayList<>();
        List<RaceResult> sprint = new ArrayList<>();
        for (RaceResult row : rows) {
            (row.type() == RaceType.SPRINT ? sprint : grandPrix).add(row);
        }
        writeResults("upsert race results", RaceType.GRAND_PRIX, grandPrix);
        writeResults("upsert race results", RaceType.SPRINT, sprint);
        InputDigest.touchUpserted(inputs, rows, RaceResult::race, r -> InputKind.results(r.type()));
    }

    @Override
    public void replaceRaceResults(RaceKey race, RaceType type, Collection<RaceResult> rows) {
        Objects.requireNonNull(type, "type");
        requireRace(race, rows, RaceResult::race);
        for (RaceResult row : rows) {
            Sql.belongs(row.type() == type, "rows", row, type + " results");
        }
        String operation = "replace race results";
        verifyResults(operation, rows);
        if (type == RaceType.GRAND_PRIX) {
            session.update(operation, "DELETE FROM race_results WHERE season = ? AND round = ?", p -> p.race(race));
        } else {
            clearGroup(operation, race, RESULT, "sq_position");
        }
        writeResults(operation, type, rows);
        inputs.touch(race, InputKind.results(type), InputDigest.of(rows));
    }

    @Override
    public List<RaceResult> raceResults(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        return session.query("read race results", Sql.select(resultTable(type), RESULT) + " WHERE season = ?"
                        + " AND round = ?" + presentFilter(type, "") + " ORDER BY " + RESULT_ORDER,
                p -> p.race(race), r -> result(r, type));
    }

    @Override
    public List<RaceResult> raceResults(int fromSeason, int toSeason, RaceType type) {
        Objects.requireNonNull(type, "type");
        List<RaceResult> results = session.query("read race results", Sql.select(resultTable(type), RESULT)
                        + " WHERE season BETWEEN ? AND ?" + presentFilter(type, "")
                        + " ORDER BY season, round, " + RESULT_ORDER,
                p -> p.integer(fromSeason).integer(toSeason), r -> result(r, type));
        Parents.readResults(session, results); // parents found: the writes that follow skip their check (D101)
        return results;
    }

    @Override
    public List<RaceResult> raceResultsBefore(LocalDate cutoff, RaceType type) {
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(type, "type");
        String columns = RESULT.stream().map(c -> "r." + c).collect(Collectors.joining(", "));
        return session.query("read race results", "SELECT " + columns + " FROM " + resultTable(type) + " r"
                        + " JOIN races ra ON ra.season = r.season AND ra.round = r.round WHERE ra.race_date < ?"
                        + presentFilter(type, "r.") + " ORDER BY r.season, r.round, " + RESULT_ORDER,
                p -> p.date(cutoff), r -> result(r, type));
    }

    private void verifyResults(String operation, Collection<RaceResult> rows) {
        Parents parents = new Parents();
        rows.forEach(r -> parents.race(r.race()).driver(r.driver()).constructor(r.constructor()));
        parents.verify(session, operation);
    }

    private void writeResults(String operation, RaceType type, Collection<RaceResult> rows) {
        session.upsert(operation, Sql.upsert(resultTable(type), KEY, RESULT), rows,
                r -> List.of(r.race(), r.driver()),
                (p, r) -> p.race(r.race()).text(r.driver().value()).text(r.constructor().value())
                        .integer(r.carNumber()).integer(r.finishPosition()).text(r.positionText()).integer(r.grid())
                        .real(r.points()).text(r.status()).bigint(r.totalTimeMs()).integer(r.laps())
                        .bool(r.fastestLap()).integer(r.positionOrder()));
    }

    private static String resultTable(RaceType type) {
        return type == RaceType.SPRINT ? "sprint_results" : "race_results";
    }

    /** Sprint rows may hold only the SQ group; those are not results. */
    private static String presentFilter(RaceType type, String alias) {
        return type == RaceType.SPRINT ? " AND " + alias + "position_text IS NOT NULL" : "";
    }

    /**
     * Removes one column group of a sprint weekend: rows without the other group ({@code otherMarker} null) go,
     * the rest get the group set to NULL. Delete first, so no row ever has neither group (the CHECK).
     */
    private void clearGroup(String operation, RaceKey race, List<String> group, String otherMarker) {
        session.update(operation, "DELETE FROM sprint_results WHERE season = ? AND round = ? AND " + otherMarker
                + " IS NULL", p -> p.race(race));
        String nulls = group.stream().filter(c -> !KEY.contains(c)).map(c -> c + " = NULL")
                .collect(Collectors.joining(", "));
        session.update(operation, "UPDATE sprint_results SET " + nulls + " WHERE season = ? AND round = ?",
                p -> p.race(race));
    }

    private static <T> void requireRace(RaceKey race, Collection<T> rows, Function<T, RaceKey> key) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(rows, "rows");
        for (T row : rows) {
            Sql.belongs(race.equals(key.apply(row)), "rows", row, "race " + race);
        }
    }

    private static List<String> aliased(List<String> columns, List<String> names) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            result.add(columns.get(i).equals(names.get(i)) ? columns.get(i) : columns.get(i) + " AS " + names.get(i));
        }
        return List.copyOf(result);
    }

    private static QualifyingResult qualifying(Row r) throws SQLException {
        return new QualifyingResult(r.race(), DriverId.of(r.text("driver_id")),
                ConstructorId.of(r.text("constructor_id")), r.integer("car_number"), r.intValue("position"),
                r.integer("q1_ms"), r.integer("q2_ms"), r.integer("q3_ms"), r.integer("sector1_ms"),
                r.integer("sector2_ms"), r.integer("sector3_ms"), r.real("speed_trap_kph"));
    }

    private static RaceResult result(Row r, RaceType type) throws SQLException {
        return new RaceResult(r.race(), type, DriverId.of(r.text("driver_id")),
                ConstructorId.of(r.text("constructor_id")), r.integer("car_number"), r.integer("finish_position"),
                r.text("position_text"), r.intValue("grid"), r.doubleValue("points"), r.text("status"),
                r.bigint("total_time_ms"), r.integer("laps"), r.boolValue("fastest_lap"), r.integer("position_order"));
    }
}
