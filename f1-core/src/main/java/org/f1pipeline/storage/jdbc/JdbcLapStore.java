package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.LapStore;

/** {@link LapStore} over the {@code laps} and {@code long_runs} tables. */
final class JdbcLapStore implements LapStore {

    private static final List<String> LAP_KEY = Sql.columns("season, round, race_type, driver_id, lap");
    private static final List<String> LAP = Sql.columns("season, round, race_type, driver_id, lap, lap_time_ms,"
            + " sector1_ms, sector2_ms, sector3_ms, speed_trap_kph, compound, tyre_life, fresh_tyre, pit_in, pit_out,"
            + " stint, track_status, position");
    private static final List<String> LONG_RUN_KEY = Sql.columns("season, round, driver_id, compound");
    private static final List<String> LONG_RUN = Sql.columns("season, round, driver_id, compound, median_lap_ms,"
            + " stint_length, best_lap_ms");
    /** Races per bulk query: 2 parameters each, far below every engine's parameter limit. */
    private static final int RACES_PER_QUERY = 400;

    private final JdbcSession session;

    JdbcLapStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void upsertLaps(Collection<LapTime> laps) {
        verifyLaps("upsert laps", Objects.requireNonNull(laps, "laps"));
        writeLaps("upsert laps", laps);
    }

    @Override
    public void replaceLaps(RaceKey race, RaceType type, Collection<LapTime> laps) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(laps, "laps");
        for (LapTime lap : laps) {
            Sql.belongs(lap.race().equals(race) && lap.type() == type, "laps", lap, type + " laps of race " + race);
        }
        verifyLaps("replace laps", laps);
        session.update("replace laps", "DELETE FROM laps WHERE season = ? AND round = ? AND race_type = ?",
                p -> p.race(race).type(type));
        writeLaps("replace laps", laps);
    }

    private void verifyLaps(String operation, Collection<LapTime> laps) {
        Parents parents = new Parents();
        for (LapTime lap : laps) {
            parents.race(lap.race()).driver(lap.driver());
        }
        parents.verify(session, operation);
    }

    private void writeLaps(String operation, Collection<LapTime> laps) {
        session.upsert(operation, Sql.upsert(session.dialect(), "laps", LAP_KEY, LAP), laps,
                l -> List.of(l.race(), l.type(), l.driver(), l.lap()),
                (p, l) -> p.race(l.race()).type(l.type()).text(l.driver().value()).integer(l.lap())
                        .integer(l.lapTimeMs()).integer(l.sector1Ms()).integer(l.sector2Ms()).integer(l.sector3Ms())
                        .real(l.speedTrapKph()).text(l.compound()).integer(l.tyreLife()).bool(l.freshTyre())
                        .bool(l.pitIn()).bool(l.pitOut()).integer(l.stint()).text(l.trackStatus())
                        .integer(l.position()));
    }

    @Override
    public List<LapTime> laps(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        return session.query("read laps", Sql.select("laps", LAP)
                        + " WHERE season = ? AND round = ? AND race_type = ? ORDER BY driver_id, lap",
                p -> p.race(race).type(type), JdbcLapStore::lap);
    }

    @Override
    public List<LapTime> laps(Collection<RaceKey> races, RaceType type) {
        Objects.requireNonNull(type, "type");
        return byRaces("read laps", Sql.select("laps", LAP) + " WHERE race_type = ? AND (season, round) IN",
                " ORDER BY season, round, driver_id, lap", races, p -> p.type(type), JdbcLapStore::lap);
    }

    /**
     * One query per chunk of races (not one per race): {@code prefix (VALUES (?, ?), ...) suffix}. The races are
     * sorted and each chunk's query returns its races in order, so concatenating the chunks keeps the order.
     */
    private <T> List<T> byRaces(String operation, String prefix, String suffix, Collection<RaceKey> races,
                                JdbcSession.Binder first, JdbcSession.RowMapper<T> mapper) {
        List<RaceKey> sorted = new ArrayList<>(new TreeSet<>(Objects.requireNonNull(races, "races")));
        List<T> result = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += RACES_PER_QUERY) {
            List<RaceKey> chunk = sorted.subList(from, Math.min(sorted.size(), from + RACES_PER_QUERY));
            String values = chunk.stream().map(k -> "(?, ?)").collect(Collectors.joining(", "));
            result.addAll(session.query(operation, prefix + " (VALUES " + values + ")" + suffix, p -> {
                first.bind(p);
                for (RaceKey key : chunk) {
                    p.race(key);
                }
            }, mapper));
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public int lapCount(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        return session.queryOne("count laps", "SELECT COUNT(*) AS n FROM laps WHERE season = ? AND round = ?"
                + " AND race_type = ?", p -> p.race(race).type(type), r -> r.intValue("n")).orElse(0);
    }

    @Override
    public void upsertLongRuns(Collection<LongRun> runs) {
        verifyLongRuns("upsert long runs", Objects.requireNonNull(runs, "runs"));
        writeLongRuns("upsert long runs", runs);
    }

    @Override
    public void replaceLongRuns(RaceKey race, Collection<LongRun> runs) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(runs, "runs");
        for (LongRun run : runs) {
            Sql.belongs(run.race().equals(race), "runs", run, "race " + race);
        }
        verifyLongRuns("replace long runs", runs);
        session.update("replace long runs", "DELETE FROM long_runs WHERE season = ? AND round = ?", p -> p.race(race));
        writeLongRuns("replace long runs", runs);
    }

    private void verifyLongRuns(String operation, Collection<LongRun> runs) {
        Parents parents = new Parents();
        runs.forEach(r -> parents.race(r.race()).driver(r.driver()));
        parents.verify(session, operation);
    }

    private void writeLongRuns(String operation, Collection<LongRun> runs) {
        session.upsert(operation, Sql.upsert(session.dialect(), "long_runs", LONG_RUN_KEY, LONG_RUN), runs,
                r -> List.of(r.race(), r.driver(), r.compound()),
                (p, r) -> p.race(r.race()).text(r.driver().value()).text(r.compound()).integer(r.medianLapMs())
                        .integer(r.stintLength()).integer(r.bestLapMs()));
    }

    @Override
    public List<LongRun> longRuns(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return session.query("read long runs", Sql.select("long_runs", LONG_RUN)
                        + " WHERE season = ? AND round = ? ORDER BY driver_id, compound", p -> p.race(race),
                JdbcLapStore::longRun);
    }

    @Override
    public List<LongRun> longRuns(Collection<RaceKey> races) {
        return byRaces("read long runs", Sql.select("long_runs", LONG_RUN) + " WHERE (season, round) IN",
                " ORDER BY season, round, driver_id, compound", races, p -> { }, JdbcLapStore::longRun);
    }

    private static LongRun longRun(Row r) throws SQLException {
        return new LongRun(r.race(), DriverId.of(r.text("driver_id")), r.text("compound"),
                r.intValue("median_lap_ms"), r.intValue("stint_length"), r.integer("best_lap_ms"));
    }

    private static LapTime lap(Row r) throws SQLException {
        return new LapTime(r.race(), r.type(), DriverId.of(r.text("driver_id")), r.intValue("lap"),
                r.integer("lap_time_ms"), r.integer("sector1_ms"), r.integer("sector2_ms"), r.integer("sector3_ms"),
                r.real("speed_trap_kph"), r.text("compound"), r.integer("tyre_life"), r.bool("fresh_tyre"),
                r.boolValue("pit_in"), r.boolValue("pit_out"), r.integer("stint"), r.text("track_status"),
                r.integer("position"));
    }
}
