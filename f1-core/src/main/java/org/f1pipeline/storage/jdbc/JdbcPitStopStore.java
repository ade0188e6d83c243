package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.PitStopStore;

/** {@link PitStopStore} over the {@code pit_stops} table (schema version 3). */
final class JdbcPitStopStore implements PitStopStore {

    private static final List<String> KEY = Sql.columns("season, round, driver_id, stop");
    private static final List<String> COLUMNS = Sql.columns("season, round, driver_id, stop, lap, time_of_day,"
            + " duration_ms");

    private final JdbcSession session;

    JdbcPitStopStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void upsertPitStops(Collection<PitStop> stops) {
        verify("upsert pit stops", Objects.requireNonNull(stops, "stops"));
        write("upsert pit stops", stops);
    }

    @Override
    public void replacePitStops(RaceKey race, Collection<PitStop> stops) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(stops, "stops");
        for (PitStop stop : stops) {
            Sql.belongs(stop.race().equals(race), "stops", stop, "race " + race);
        }
        verify("replace pit stops", stops);
        session.update("replace pit stops", "DELETE FROM pit_stops WHERE season = ? AND round = ?", p -> p.race(race));
        write("replace pit stops", stops);
    }

    private void verify(String operation, Collection<PitStop> stops) {
        Parents parents = new Parents();
        stops.forEach(s -> parents.race(s.race()).driver(s.driver()));
        parents.verify(session, operation);
    }

    private void write(String operation, Collection<PitStop> stops) {
        session.upsert(operation, Sql.upsert("pit_stops", KEY, COLUMNS), stops,
                s -> List.of(s.race(), s.driver(), s.stop()),
                (p, s) -> p.race(s.race()).text(s.driver().value()).integer(s.stop()).integer(s.lap())
                        .text(s.timeOfDay() == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(s.timeOfDay())).integer(s.durationMs()));
    }

    @Override
    public List<PitStop> pitStops(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return session.query("read pit stops", Sql.select("pit_stops", COLUMNS)
                + " WHERE season = ? AND round = ? ORDER BY driver_id, stop", p -> p.race(race), JdbcPitStopStore::map);
    }

    @Override
    public List<PitStop> pitStops(int fromSeason, int toSeason) {
        return session.query("read pit stops", Sql.select("pit_stops", COLUMNS)
                        + " WHERE season BETWEEN ? AND ? ORDER BY season, round, driver_id, stop",
                p -> p.integer(fromSeason).integer(toSeason), JdbcPitStopStore::map);
    }

    @Override
    public int pitStopCount(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return session.queryOne("count pit stops", "SELECT COUNT(*) AS n FROM pit_stops WHERE season = ? AND round = ?",
                p -> p.race(race), r -> r.intValue("n")).orElse(0);
    }

    private static PitStop map(Row r) throws SQLException {
        String time = r.text("time_of_day");
        return new PitStop(r.race(), DriverId.of(r.text("driver_id")), r.intValue("stop"), r.intValue("lap"),
                time == null ? null : LocalTime.parse(time), r.integer("duration_ms"));
    }
}
