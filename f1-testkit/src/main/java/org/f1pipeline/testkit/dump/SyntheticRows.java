package org.f1pipeline.testkit.dump;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.PitStopRow;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SynthCircuit;
import org.f1pipeline.testkit.synthetic.SynthConstructor;
import org.f1pipeline.testkit.synthetic.SynthDriver;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSession;

/**
 * Writes the synthetic history as Jolpica's database rows: the inverse of the rules by which Jolpica's Ergast
 * serializers turn those rows into the JSON that {@code JolpicaRoutes} serves for the same history (see
 * docs/fakes.md, "Jolpica database dump", for every rule).
 */
final class SyntheticRows {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final DumpTables t;
    private final SyntheticHistory history;
    private final Instant cutoff;
    private final Map<String, Long> drivers = new HashMap<>();
    private final Map<String, Long> teams = new HashMap<>();
    private final Map<String, Long> circuits = new HashMap<>();
    private final Map<String, Long> teamDrivers = new HashMap<>();

    SyntheticRows(DumpTables tables, SyntheticHistory history, Instant cutoff) {
        this.t = tables;
        this.history = history;
        this.cutoff = cutoff;
    }

    void write(int fromYear, int toYear) {
        int raceNumber = 0;
        for (int y = Eras.FIRST_YEAR; y < fromYear; y++) {
            raceNumber += Eras.roundCount(y);
        }
        for (int year = fromYear; year <= toYear; year++) {
            long seasonId = t.season.add("championship_system_id",
                    String.valueOf(ScoringSystems.syntheticChampionship(year)),
                    "wikipedia", "https://en.wikipedia.org/wiki/" + year + "_Formula_One_World_Championship",
                    "year", String.valueOf(year));
            for (SyntheticRound r : history.season(year).rounds()) {
                writeRound(r, seasonId, ++raceNumber);
            }
        }
    }

    private boolean published(SyntheticSession s) {
        return s != null && (cutoff == null || !s.end().isAfter(cutoff));
    }

    private void writeRound(SyntheticRound r, long seasonId, int raceNumber) {
        int year = r.year();
        Instant start = r.raceStart();
        // Ergast/Jolpica race dates are the UTC date once start times are known (2005+), the local date before.
        LocalDate date = Eras.scheduleHasRaceTime(year) ? start.atZone(ZoneOffset.UTC).toLocalDate() : r.raceDateLocal();
        long roundId = t.round.add("circuit_id", String.valueOf(circuit(r.circuit())), "date", date.toString(),
                "is_cancelled", "f", "name", r.raceName(), "number", String.valueOf(r.round()),
                "race_number", String.valueOf(raceNumber), "season_id", String.valueOf(seasonId),
                "wikipedia", r.url());
        Map<String, Long> sessionIds = writeSessions(r, roundId);
        boolean anyPublished = r.sessions().stream()
                .anyMatch(s -> s.type() != SessionType.FP1 && s.type() != SessionType.FP2
                        && s.type() != SessionType.FP3 && published(s));
        if (!anyPublished) {
            return;
        }
        Map<Entry, Long> roundEntries = new HashMap<>();
        for (Entry e : r.entries()) {
            long td = teamDriver(year, seasonId, e);
            roundEntries.put(e, t.roundEntry.add("car_number", String.valueOf(e.number()),
                    "round_id", String.valueOf(roundId), "team_driver_id", String.valueOf(td)));
        }
        for (SyntheticSession s : chronological(r)) {
            if (!published(s)) {
                continue;
            }
            switch (s.type()) {
                case QUALIFYING -> qualifying(r.qualifying(), qualifyingTypes(year), sessionIds, roundEntries);
                case SPRINT_QUALIFYING -> qualifying(r.sprintQualifying(), new String[] {"SQ1", "SQ2", "SQ3"},
                        sessionIds, roundEntries);
                case SPRINT -> results(r, r.sprintResults(), sessionIds.get("SR"), roundEntries, true);
                case RACE -> results(r, r.results(), sessionIds.get("R"), roundEntries, false);
                default -> { }
            }
        }
    }

    private static List<SyntheticSession> chronological(SyntheticRound r) {
        List<SyntheticSession> out = new ArrayList<>(r.sessions());
        out.sort(Comparator.comparing(SyntheticSession::start).thenComparing(SyntheticSession::type));
        return out;
    }

    /** Q1/Q2/Q3 from 2006; one QB (best time) session 1994-2002 and one QO (one-lap order) 2003-2005; none before. */
    private static String[] qualifyingTypes(int year) {
        return switch (Eras.qualifyingFormat(year)) {
            case NONE -> new String[0];
            case SINGLE -> new String[] {year < 2003 ? "QB" : "QO"};
            case KNOCKOUT -> new String[] {"Q1", "Q2", "Q3"};
        };
    }

    private Map<String, Long> writeSessions(SyntheticRound r, long roundId) {
        int year = r.year();
        Map<String, Long> ids = new HashMap<>();
        int number = 0;
        for (SyntheticSession s : chronological(r)) {
            List<String> types = switch (s.type()) {
                case FP1, FP2, FP3 -> Eras.scheduleHasSessions(year) ? List.of(s.type().name()) : List.of();
                case QUALIFYING -> List.of(qualifyingTypes(year));
                case SPRINT_QUALIFYING -> List.of("SQ1", "SQ2", "SQ3");
                case SPRINT -> List.of("SR");
                case RACE -> List.of("R");
            };
            // Before 2018 (2005 for the race) the schedule has dates only: Jolpica stores midnight UTC and
            // has_time_data = f.
            boolean timed = s.type() == SessionType.RACE ? Eras.scheduleHasRaceTime(year)
                    : Eras.scheduleHasSessions(year);
            Instant at = timed ? s.start()
                    : (s.type() == SessionType.RACE ? r.raceDateLocal() : s.start().atZone(ZoneOffset.UTC).toLocalDate())
                            .atStartOfDay(ZoneOffset.UTC).toInstant();
            int points = s.type() == SessionType.RACE ? ScoringSystems.racePoints(year)
                    : s.type() == SessionType.SPRINT ? ScoringSystems.sprintPoints(year) : ScoringSystems.NO_POINTS;
            for (String type : types) {
                ids.put(type, t.session.add("has_time_data", PgCsv.bool(timed), "is_cancelled", "f",
                        "number", String.valueOf(++number), "point_system_id", String.valueOf(points),
                        "round_id", String.valueOf(roundId), "timestamp", PgCsv.timestamp(at), "type", type));
            }
        }
        return ids;
    }

    private void qualifying(List<QualifyingRow> rows, String[] types, Map<String, Long> sessionIds,
                            Map<Entry, Long> roundEntries) {
        for (int seg = 0; seg < types.length; seg++) {
            long sessionId = sessionIds.get(types[seg]);
            for (QualifyingRow q : rows) {
                Long ms = seg == 0 ? q.q1() : seg == 1 ? q.q2() : q.q3();
                if (ms == null) {
                    continue; // did not take part in this segment
                }
                // Every segment entry carries the final qualifying position, so "the last segment's position" is
                // the qualifying position whichever order a reader takes the segments in.
                long se = t.sessionEntry.add("is_eligible_for_points", "t", "position", String.valueOf(q.position()),
                        "round_entry_id", String.valueOf(roundEntries.get(q.entry())),
                        "session_id", String.valueOf(sessionId));
                // The segment time is the entry's fastest lap; no time set = that lap with an empty time.
                t.lap.add("is_deleted", "f", "is_entry_fastest_lap", "t", "session_entry_id", String.valueOf(se),
                        "time", ms == QualifyingRow.NO_TIME ? null : PgCsv.interval(ms));
            }
        }
    }

    private void results(SyntheticRound r, List<ResultRow> rows, long sessionId, Map<Entry, Long> roundEntries,
                         boolean sprint) {
        Map<Integer, Long> byCar = new HashMap<>();
        for (ResultRow row : rows) {
            long se = t.sessionEntry.add("detail", row.status(),
                    "fastest_lap_rank", sprint ? null : PgCsv.integer(row.fastestLapRank()),
                    "grid", String.valueOf(row.grid()), "is_classified", PgCsv.bool(row.classified()),
                    "is_eligible_for_points", "t", "laps_completed", String.valueOf(row.laps()),
                    "points", String.valueOf(row.points()), "position", String.valueOf(row.position()),
                    "round_entry_id", String.valueOf(roundEntries.get(row.entry())),
                    "session_id", String.valueOf(sessionId), "status", String.valueOf(status(row)),
                    "time", PgCsv.interval(row.millis()));
            byCar.put(row.entry().number(), se);
        }
        Map<Integer, ResultRow> resultByCar = new HashMap<>();
        rows.forEach(row -> resultByCar.put(row.entry().number(), row));
        if (sprint || !Eras.hasJolpicaLaps(r.year())) {
            // No lap table: only the fastest lap, which Jolpica keeps as a flagged lap row.
            for (ResultRow row : rows) {
                if (row.fastestLap() != null) {
                    t.lap.add("average_speed", sprint ? null : averageSpeed(r, row),
                            "is_deleted", "f", "is_entry_fastest_lap", "t",
                            "number", String.valueOf(row.fastestLap()),
                            "session_entry_id", String.valueOf(byCar.get(row.entry().number())),
                            "time", PgCsv.interval(row.fastestLapMs()));
                }
            }
            return;
        }
        var data = history.season(r.year()).sessionData(r.round(), SessionType.RACE);
        Map<Long, Long> lapIds = new HashMap<>(); // car * 1000 + lap -> lap id
        for (LapRow l : data.laps()) {
            ResultRow row = resultByCar.get(l.number());
            boolean fastest = row != null && row.fastestLap() != null && row.fastestLap() == l.lap();
            long id = t.lap.add("average_speed", fastest ? averageSpeed(r, row) : null, "is_deleted", "f",
                    "is_entry_fastest_lap", PgCsv.bool(fastest), "number", String.valueOf(l.lap()),
                    "position", String.valueOf(l.position()),
                    "session_entry_id", String.valueOf(byCar.get(l.number())), "time", PgCsv.interval(l.lapMs()));
            lapIds.put(l.number() * 1000L + l.lap(), id);
        }
        if (!Eras.hasJolpicaPitStops(r.year())) {
            return;
        }
        for (PitStopRow p : data.pitStops()) {
            Long lapId = lapIds.get(p.number() * 1000L + p.lap());
            if (lapId == null) {
                throw new IllegalStateException(r + ": pit stop of car " + p.number() + " on lap " + p.lap()
                        + " has no lap row");
            }
            // Jolpica keeps the local time of day at the circuit as text.
            Instant at = r.raceStart().plusMillis(p.atMs()).plusSeconds(r.circuit().gmtOffsetMinutes() * 60L);
            t.pitStop.add("duration", PgCsv.interval(p.laneMs()), "lap_id", String.valueOf(lapId),
                    "local_timestamp", DAY_TIME.format(at), "number", String.valueOf(p.stop()),
                    "session_entry_id", String.valueOf(byCar.get(p.number())));
        }
    }

    /** The fake prints km/h with three decimals for grands prix up to 2024 (recent Jolpica rows have none). */
    private static String averageSpeed(SyntheticRound r, ResultRow row) {
        if (r.year() > 2024 || row.fastestLapMs() == null) {
            return null;
        }
        double kph = r.circuit().lengthKm() / (row.fastestLapMs() / 3_600_000.0);
        return PgCsv.number(new BigDecimal(String.format(Locale.ROOT, "%.3f", kph)).setScale(3, RoundingMode.UNNECESSARY));
    }

    /** SessionStatus of jolpica/formula_one/models/session.py. */
    static int status(ResultRow row) {
        if (row.dsq()) {
            return 20;
        } else if (row.dns()) {
            return 30;
        } else if (row.dnf()) {
            return switch (row.status()) {
                case "Accident", "Collision", "Spun off", "Collision damage" -> 10;
                default -> 11;
            };
        }
        return row.lapsBehind() > 0 ? 1 : 0;
    }

    private long circuit(SynthCircuit c) {
        Long id = circuits.get(c.circuitId());
        if (id == null) {
            id = t.circuit.add("country", c.country(), "country_code", c.countryCode(),
                    "latitude", PgCsv.number(c.lat()), "locality", c.locality(), "longitude", PgCsv.number(c.lng()),
                    "name", c.circuitName(), "reference", c.circuitId(), "wikipedia", c.url());
            circuits.put(c.circuitId(), id);
        }
        return id;
    }

    private long teamDriver(int year, long seasonId, Entry e) {
        String key = year + "/" + e.constructorId() + "/" + e.driverId();
        Long id = teamDrivers.get(key);
        if (id == null) {
            long driverId = driver(e.driver());
            long teamId = team(e.constructor());
            id = t.teamDriver.add("driver_id", String.valueOf(driverId), "role", "0",
                    "season_id", String.valueOf(seasonId), "team_id", String.valueOf(teamId));
            teamDrivers.put(key, id);
        }
        return id;
    }

    private long driver(SynthDriver d) {
        Long id = drivers.get(d.driverId());
        if (id == null) {
            id = t.driver.add("abbreviation", d.code(), "country_code", d.countryCode(),
                    "date_of_birth", d.dateOfBirth(), "forename", d.givenName(), "nationality", d.nationality(),
                    "permanent_car_number", PgCsv.integer(d.permanentNumber()), "reference", d.driverId(),
                    "surname", d.familyName(), "wikipedia", d.url());
            drivers.put(d.driverId(), id);
        }
        return id;
    }

    private long team(SynthConstructor c) {
        Long id = teams.get(c.constructorId());
        if (id == null) {
            id = t.team.add("name", c.name(), "nationality", c.nationality(), "reference", c.constructorId(),
                    "wikipedia", c.url());
            teams.put(c.constructorId(), id);
        }
        return id;
    }
}
