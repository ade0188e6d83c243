package org.f1pipeline.testkit.dump;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.testkit.history.ErgastHistory;

/**
 * Writes the real 1950-2013 record (Ergast tables) as Jolpica's database rows, the inverse of the rules by which
 * Jolpica serves them and by which {@code ReplayRoutes} imitates that. Two position texts cannot be carried, because
 * Jolpica's own rule cannot produce them: {@code E} (excluded) is stored as disqualified and reads back as
 * {@code D}; {@code N} (not classified) reads back as {@code R}.
 */
final class ErgastRows {
    private final DumpTables t;
    private final ErgastHistory h;
    private final Map<Integer, Long> drivers = new HashMap<>();
    private final Map<Integer, Long> teams = new HashMap<>();
    private final Map<Integer, Long> circuits = new HashMap<>();
    private final Map<String, Long> teamDrivers = new HashMap<>();
    private final Map<Integer, Long> seasons = new HashMap<>();

    ErgastRows(DumpTables tables, ErgastHistory history) {
        this.t = tables;
        this.h = history;
    }

    void write() {
        for (ErgastHistory.Season s : h.seasons()) {
            seasons.put(s.year(), t.season.add("championship_system_id",
                    String.valueOf(ScoringSystems.realChampionship(s.year())), "wikipedia", s.url(),
                    "year", String.valueOf(s.year())));
        }
        int raceNumber = 0;
        for (ErgastHistory.Race r : h.races()) {
            writeRace(r, ++raceNumber);
        }
        adjustment(1997, "michael_schumacher", null, 101);
        adjustment(2007, null, "mclaren", 102);
    }

    /** The two championship exclusions of 1950-2013 (Jolpica's ChampionshipAdjustment rows). */
    private void adjustment(int year, String driverRef, String teamRef, int kind) {
        Long season = seasons.get(year);
        Long driver = driverRef == null ? null : h.drivers().stream().filter(d -> d.ref().equals(driverRef))
                .findFirst().map(d -> drivers.get(d.id())).orElse(null);
        Long team = teamRef == null ? null : h.constructors().stream().filter(c -> c.ref().equals(teamRef))
                .findFirst().map(c -> teams.get(c.id())).orElse(null);
        if (season != null && (driver != null || team != null)) {
            t.championshipAdjustment.add("adjustment", String.valueOf(kind), "driver_id", PgCsv.integer(driver),
                    "season_id", String.valueOf(season), "team_id", PgCsv.integer(team));
        }
    }

    private void writeRace(ErgastHistory.Race r, int raceNumber) {
        long roundId = t.round.add("circuit_id", String.valueOf(circuit(r.circuitId())), "date", r.date().toString(),
                "is_cancelled", "f", "name", r.name(), "number", String.valueOf(r.round()),
                "race_number", String.valueOf(raceNumber), "season_id", String.valueOf(seasons.get(r.year())),
                "wikipedia", r.url());
        List<ErgastHistory.Qualifying> quali = h.qualifying(r.id());
        boolean knockout = quali.stream().anyMatch(q -> q.q2() != null || q.q3() != null) && r.year() >= 2006;
        boolean secondQb = !knockout && quali.stream().anyMatch(q -> q.q2() != null);
        String[] qTypes = quali.isEmpty() ? new String[0] : knockout ? new String[] {"Q1", "Q2", "Q3"}
                : secondQb ? new String[] {"QB", "QB"} : new String[] {"QB"};
        Instant qualiDay = r.date().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long[] qSessions = new long[qTypes.length];
        int number = 0;
        for (int i = 0; i < qTypes.length; i++) {
            qSessions[i] = t.session.add("has_time_data", "f", "is_cancelled", "f",
                    "number", String.valueOf(++number), "point_system_id", String.valueOf(ScoringSystems.NO_POINTS),
                    "round_id", String.valueOf(roundId), "timestamp", PgCsv.timestamp(qualiDay), "type", qTypes[i]);
        }
        boolean timed = r.time() != null && !r.time().isBlank();
        Instant start = timed ? r.date().atTime(LocalTime.parse(r.time())).toInstant(ZoneOffset.UTC)
                : r.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        long raceSession = t.session.add("has_time_data", PgCsv.bool(timed), "is_cancelled", "f",
                "number", String.valueOf(++number), "point_system_id",
                String.valueOf(ScoringSystems.racePoints(r.year())), "round_id", String.valueOf(roundId),
                "timestamp", PgCsv.timestamp(start), "type", "R");

        // Round entries: one per (driver, team, car number) in the results, plus qualifiers without a result.
        Map<String, Long> entries = new HashMap<>();
        Map<String, Long> entryByDriverTeam = new HashMap<>();
        for (ErgastHistory.Result res : h.results(r.id())) {
            entry(r, roundId, entries, entryByDriverTeam, res.driverId(), res.constructorId(), res.number());
        }
        for (ErgastHistory.Qualifying q : quali) {
            if (!entryByDriverTeam.containsKey(q.driverId() + "/" + q.constructorId())) {
                entry(r, roundId, entries, entryByDriverTeam, q.driverId(), q.constructorId(),
                        q.number() == null ? null : String.valueOf(q.number()));
            }
        }
        for (int i = 0; i < qTypes.length; i++) {
            for (ErgastHistory.Qualifying q : quali) {
                String text = !knockout && !secondQb ? q.q1() : i == 0 ? q.q1() : i == 1 ? q.q2() : q.q3();
                if (text == null && i > 0) {
                    continue; // a later segment not reached
                }
                // A qualifier without a first time still has a place: an entry whose lap has no time.
                text = text == null ? "" : text;
                long se = t.sessionEntry.add("is_eligible_for_points", "t", "position", String.valueOf(q.position()),
                        "round_entry_id", String.valueOf(entryByDriverTeam.get(q.driverId() + "/" + q.constructorId())),
                        "session_id", String.valueOf(qSessions[i]));
                t.lap.add("is_deleted", "f", "is_entry_fastest_lap", "t", "session_entry_id", String.valueOf(se),
                        "time", text.isBlank() ? null : PgCsv.interval(lapMs(text)));
            }
        }
        Map<Integer, Long> entryOfDriver = new HashMap<>();
        Map<String, Long> lapIds = new HashMap<>();
        for (ErgastHistory.Result res : h.results(r.id())) {
            boolean classified = res.positionText().chars().allMatch(Character::isDigit);
            String status = h.status(res.statusId());
            long se = t.sessionEntry.add("detail", status, "fastest_lap_rank", PgCsv.integer(res.rank()),
                    "grid", String.valueOf(res.grid()), "is_classified", PgCsv.bool(classified),
                    "is_eligible_for_points", "t", "laps_completed", String.valueOf(res.laps()),
                    "points", PgCsv.number(BigDecimal.valueOf(res.points())),
                    "position", String.valueOf(res.positionOrder()),
                    "round_entry_id", String.valueOf(entries.get(key(res.driverId(), res.constructorId(), res.number()))),
                    "session_id", String.valueOf(raceSession),
                    "status", String.valueOf(status(res.positionText(), status)),
                    "time", PgCsv.interval(res.milliseconds()));
            entryOfDriver.putIfAbsent(res.driverId(), se);
            if (res.fastestLap() != null || res.fastestLapTime() != null) {
                long lap = t.lap.add("average_speed", PgCsv.number(res.fastestLapSpeed()), "is_deleted", "f",
                        "is_entry_fastest_lap", "t", "number", PgCsv.integer(res.fastestLap()),
                        "session_entry_id", String.valueOf(se),
                        "time", res.fastestLapTime() == null ? null : PgCsv.interval(lapMs(res.fastestLapTime())));
                lapIds.put(se + "/" + res.fastestLap(), lap);
            }
        }
        for (ErgastHistory.PitStop p : h.pitStops(r.id())) {
            Long se = entryOfDriver.get(p.driverId());
            if (se == null) {
                continue; // a pit stop of a driver without a result row cannot be attached
            }
            // A pit stop points at its lap row; without a lap chart that is a bare lap (number only).
            Long lap = lapIds.get(se + "/" + p.lap());
            if (lap == null) {
                lap = t.lap.add("is_deleted", "f", "is_entry_fastest_lap", "f", "number", String.valueOf(p.lap()),
                        "session_entry_id", String.valueOf(se));
                lapIds.put(se + "/" + p.lap(), lap);
            }
            t.pitStop.add("duration", PgCsv.interval(p.milliseconds()), "lap_id", String.valueOf(lap),
                    "local_timestamp", p.time(), "number", String.valueOf(p.stop()),
                    "session_entry_id", String.valueOf(se));
        }
    }

    private static String key(int driverId, int constructorId, String number) {
        return driverId + "/" + constructorId + "/" + number;
    }

    private void entry(ErgastHistory.Race r, long roundId, Map<String, Long> entries, Map<String, Long> byDriverTeam, int driverId,
                       int constructorId, String number) {
        String k = key(driverId, constructorId, number);
        if (entries.containsKey(k)) {
            return;
        }
        String tdKey = r.year() + "/" + constructorId + "/" + driverId;
        Long td = teamDrivers.get(tdKey);
        if (td == null) {
            long d = driver(driverId);
            long tm = team(constructorId);
            td = t.teamDriver.add("driver_id", String.valueOf(d), "role", "0",
                    "season_id", String.valueOf(seasons.get(r.year())), "team_id", String.valueOf(tm));
            teamDrivers.put(tdKey, td);
        }
        long id = t.roundEntry.add("car_number", number == null || number.isBlank() ? null : number,
                "round_id", String.valueOf(roundId), "team_driver_id", String.valueOf(td));
        entries.put(k, id);
        byDriverTeam.putIfAbsent(driverId + "/" + constructorId, id);
    }

    /** SessionStatus from the position text and the Ergast status text. */
    static int status(String positionText, String status) {
        switch (positionText) {
            case "D", "E" -> {
                return 20;
            }
            case "W" -> {
                return 30;
            }
            case "F" -> {
                return "Did not prequalify".equals(status) ? 41 : 40;
            }
            default -> {
                if ("Finished".equals(status)) {
                    return 0;
                }
                if (status.startsWith("+") && status.contains("Lap")) {
                    return 1;
                }
                return switch (status) {
                    case "Accident", "Collision", "Spun off", "Collision damage", "Fatal accident" -> 10;
                    default -> 11;
                };
            }
        }
    }

    /** {@code 1:26.572}, {@code 59.043} or {@code 1:25:33.607} to milliseconds. */
    static long lapMs(String text) {
        String[] parts = text.trim().split(":");
        BigDecimal ms = BigDecimal.ZERO;
        for (String p : parts) {
            ms = ms.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(p));
        }
        return ms.movePointRight(3).longValueExact();
    }

    private long circuit(int id) {
        return circuits.computeIfAbsent(id, k -> {
            ErgastHistory.Circuit c = h.circuit(k);
            return t.circuit.add("country", c.country(), "latitude", c.lat() == null ? null
                            : PgCsv.number(BigDecimal.valueOf(c.lat())), "locality", c.location(),
                    "longitude", c.lng() == null ? null : PgCsv.number(BigDecimal.valueOf(c.lng())),
                    "name", c.name(), "reference", c.ref(), "wikipedia", c.url());
        });
    }

    private long driver(int id) {
        return drivers.computeIfAbsent(id, k -> {
            ErgastHistory.Driver d = h.driver(k);
            return t.driver.add("abbreviation", d.code(), "date_of_birth", d.dateOfBirth(), "forename", d.forename(),
                    "nationality", d.nationality(), "permanent_car_number", PgCsv.integer(d.number()),
                    "reference", d.ref(), "surname", d.surname(), "wikipedia", d.url());
        });
    }

    private long team(int id) {
        return teams.computeIfAbsent(id, k -> {
            ErgastHistory.Constructor c = h.constructor(k);
            return t.team.add("name", c.name(), "nationality", c.nationality(), "reference", c.ref(),
                    "wikipedia", c.url());
        });
    }
}
