package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.internal.InputDigest;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.RaceStore;
import org.f1pipeline.storage.StorageException;

/**
 * {@link RaceStore} over the {@code races} and {@code race_conditions} tables. Session start times are one nullable
 * column per {@link SessionType} ({@code <session>_start_ns}): the set of sessions is closed and small, and a column
 * each keeps a race one row.
 */
final class JdbcRaceStore implements RaceStore {

    private static final SessionType[] SESSIONS = SessionType.values();
    private static final String[] SESSION_COLUMNS = new String[SESSIONS.length];
    private static final List<String> RACE;
    private static final List<String> KEY = Sql.columns("season, round");
    private static final List<String> CONDITIONS = Sql.columns("season, round, race_type, weather, rainfall_share,"
            + " air_temp_c, track_temp_c, humidity_pct, safety_car_laps, vsc_laps");

    static {
        List<String> race = new ArrayList<>(
                Sql.columns("season, round, name, circuit_id, race_date, event_format, status"));
        for (int i = 0; i < SESSIONS.length; i++) {
            SESSION_COLUMNS[i] = SESSIONS[i].name().toLowerCase(Locale.ROOT) + "_start_ns";
            race.add(SESSION_COLUMNS[i]);
        }
        RACE = List.copyOf(race);
    }

    private final JdbcSession session;

    JdbcRaceStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void upsertRaces(Collection<Race> races) {
        // Exclude-on-update: an existing race keeps its status, so re-syncing a schedule never resets progress.
        Objects.requireNonNull(races, "races");
        Parents parents = new Parents();
        races.forEach(r -> parents.season(r.key().season()).circuit(r.circuit()));
        parents.verify(session, "upsert races");
        Sql.Upsert sql = new Sql.Upsert("races", KEY, RACE, Sql.overwrite(RACE, KEY, Set.of("status")));
        session.upsert("upsert races", sql, races, Race::key, (p, r) -> {
            p.race(r.key()).text(r.name()).text(r.circuit().value()).date(r.date()).text(r.format().wireName())
                    .text(r.status().wireName());
            for (SessionType type : SESSIONS) {
                p.instant(r.sessionStarts().get(type), "race.sessionStarts[" + type + "]");
            }
        });
    }

    @Override
    public Optional<Race> race(RaceKey key) {
        Objects.requireNonNull(key, "key");
        return session.queryOne("read race", Sql.select("races", RACE) + " WHERE season = ? AND round = ?",
                p -> p.race(key), JdbcRaceStore::race);
    }

    @Override
    public List<Race> races(int season) {
        return session.query("read races", Sql.select("races", RACE) + " WHERE season = ? ORDER BY round",
                p -> p.integer(season), JdbcRaceStore::race);
    }

    @Override
    public List<Race> races(int fromSeason, int toSeason) {
        List<Race> races = session.query("read races", Sql.select("races", RACE)
                        + " WHERE season BETWEEN ? AND ? ORDER BY season, round",
                p -> p.integer(fromSeason).integer(toSeason), JdbcRaceStore::race);
        Parents.readRaces(session, races); // parents found: the writes that follow skip their check (D101)
        return races;
    }

    @Override
    public boolean transitionStatus(RaceKey key, Set<RaceStatus> from, RaceStatus to) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        List<RaceStatus> allowed = List.copyOf(Objects.requireNonNull(from, "from"));
        String operation = "transition status";
        int changed = 0;
        if (!allowed.isEmpty()) {
            String in = allowed.stream().map(s -> "?").collect(Collectors.joining(", "));
            changed = session.update(operation, "UPDATE races SET status = ? WHERE season = ? AND round = ?"
                    + " AND status IN (" + in + ")", p -> {
                        p.text(to.wireName()).race(key);
                        for (RaceStatus status : allowed) {
                            p.text(status.wireName());
                        }
                    });
        }
        if (changed == 0) {
            requireExists(operation, key);
        }
        return changed > 0;
    }

    @Override
    public void setStatus(RaceKey key, RaceStatus status) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        int changed = session.update("set status", "UPDATE races SET status = ? WHERE season = ? AND round = ?",
                p -> p.text(status.wireName()).race(key));
        if (changed == 0) {
            throw new StorageException("set status", "race " + key + " does not exist");
        }
    }

    private void requireExists(String operation, RaceKey key) {
        boolean exists = session.queryOne(operation, "SELECT 1 AS found FROM races WHERE season = ? AND round = ?",
                p -> p.race(key), r -> Boolean.TRUE).isPresent();
        if (!exists) {
            throw new StorageException(operation, "race " + key + " does not exist");
        }
    }

    @Override
    public void upsertConditions(Collection<RaceConditions> conditions) {
        Objects.requireNonNull(conditions, "conditions");
        Parents parents = new Parents();
        conditions.forEach(c -> parents.race(c.race()));
        parents.verify(session, "upsert conditions");
        session.upsert("upsert conditions", Sql.upsert("race_conditions",
                        Sql.columns("season, round, race_type"), CONDITIONS),
                conditions, c -> List.of(c.race(), c.type()),
                (p, c) -> p.race(c.race()).type(c.type()).text(c.weather() == null ? null : c.weather().wireName())
                        .real(c.rainfallShare()).real(c.airTempC()).real(c.trackTempC()).real(c.humidityPct())
                        .integer(c.safetyCarLaps()).integer(c.virtualSafetyCarLaps()));
        JdbcInputStore inputs = new JdbcInputStore(session);
        for (RaceConditions c : conditions) {
            inputs.touch(c.race(), InputKind.conditions(c.type()), InputDigest.of(List.of(c)));
        }
    }

    @Override
    public Optional<RaceConditions> conditions(RaceKey key, RaceType type) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        return session.queryOne("read conditions", Sql.select("race_conditions", CONDITIONS)
                        + " WHERE season = ? AND round = ? AND race_type = ?", p -> p.race(key).type(type),
                JdbcRaceStore::conditions);
    }

    @Override
    public List<RaceConditions> conditions(int fromSeason, int toSeason) {
        // race_type is stored as grand_prix / sprint, whose text order matches the enum order.
        return session.query("read conditions", Sql.select("race_conditions", CONDITIONS)
                        + " WHERE season BETWEEN ? AND ? ORDER BY season, round, race_type",
                p -> p.integer(fromSeason).integer(toSeason), JdbcRaceStore::conditions);
    }

    private static Race race(Row r) throws SQLException {
        Map<SessionType, Instant> starts = new EnumMap<>(SessionType.class);
        for (int i = 0; i < SESSIONS.length; i++) {
            Instant start = r.instant(SESSION_COLUMNS[i]);
            if (start != null) {
                starts.put(SESSIONS[i], start);
            }
        }
        return new Race(r.race(), r.text("name"), CircuitId.of(r.text("circuit_id")), r.date("race_date"),
                EventFormat.fromWireName(r.text("event_format")), starts, RaceStatus.fromWireName(r.text("status")));
    }

    private static RaceConditions conditions(Row r) throws SQLException {
        String weather = r.text("weather");
        return new RaceConditions(r.race(), r.type(), weather == null ? null : WeatherLabel.fromWireName(weather),
                r.real("rainfall_share"), r.real("air_temp_c"), r.real("track_temp_c"), r.real("humidity_pct"),
                r.integer("safety_car_laps"), r.integer("vsc_laps"));
    }
}
