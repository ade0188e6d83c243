package org.f1pipeline.bootstrap.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.f1pipeline.bootstrap.internal.DumpTables.EntryRow;
import org.f1pipeline.bootstrap.internal.DumpTables.RoundEntryRow;
import org.f1pipeline.bootstrap.internal.DumpTables.RoundRow;
import org.f1pipeline.bootstrap.internal.DumpTables.SessionRow;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.internal.ingest.DumpSeason;
import org.f1pipeline.source.jolpica.PitStop;
import org.f1pipeline.source.jolpica.QualifyingRow;
import org.f1pipeline.source.jolpica.ResultRow;
import org.f1pipeline.source.jolpica.ScheduledRace;
import org.f1pipeline.source.jolpica.internal.RaceGroup;
import org.f1pipeline.source.jolpica.internal.ResultParser;
import org.f1pipeline.source.jolpica.internal.ScheduleParser;
import org.f1pipeline.source.jolpica.internal.Values;

/**
 * Turns the dump's tables into the rows Jolpica's Ergast-compatible API serves for a season, by the API's own
 * derivation rules (jolpica_api/ergastapi serializers and views), so the ingest code downstream cannot tell the two
 * apart. The rules, documented in docs/sources.md "Jolpica database dump":
 * <ul>
 *   <li>ids are the {@code reference} columns (driverId, constructorId, circuitId);</li>
 *   <li>results ({@code R}) and sprint ({@code SR}) rows come from the session's entries, by position: position text
 *       is the position when classified, else by {@code status} 30 W, 20 D, 40/41 F, any other R; status is
 *       {@code detail}; a missing grid or points is 0; the time is absent when null or zero; the fastest-lap rank
 *       only when the entry has a lap flagged as its fastest;</li>
 *   <li>qualifying: per round entry with entries in sessions whose type starts with Q, in session order; the
 *       position is the last one's; Q1/Q2/Q3 are the entry's fastest lap in that session, QA/QO/QB fill Q1 then
 *       Q2;</li>
 *   <li>schedule keys: FirstPractice FP1, SecondPractice FP2, ThirdPractice FP3, Qualifying Q1, Sprint SR,
 *       SprintShootout (2023) or SprintQualifying SQ1; the race's time is the R session's UTC time on the round's
 *       date; cancelled rounds are left out;</li>
 *   <li>durations (pit stops, fastest laps) are the interval in milliseconds; Jolpica's API slices their text
 *       ({@code str(duration).lstrip("0:")[:-3]}), which leaves a whole number of seconds empty, a printing bug the
 *       test kit's fake does not copy and the reader does not either;</li>
 *   <li>laps are the lap chart: grand-prix lap rows with a number, a position and a time (a pit stop's bare lap row
 *       is not one).</li>
 * </ul>
 * A row the domain refuses (a position over 40, a lap over 200) is left out and counted, as one odd row must not
 * cost the season. Internal API.
 */
public final class DumpMapper {

    private static final Map<String, String> SESSION_KEYS = Map.of("FirstPractice", "FP1", "SecondPractice",
            "FP2", "ThirdPractice", "FP3", "Qualifying", "Q1", "Sprint", "SR");

    private final DumpTables t;
    private final Map<Long, List<SessionRow>> sessionsByRound = new HashMap<>();
    private final Map<Long, List<EntryRow>> entriesBySession = new HashMap<>();
    private final Map<Long, List<EntryRow>> entriesByRoundEntry = new HashMap<>();
    private final Map<Long, List<RoundEntryRow>> roundEntriesByRound = new HashMap<>();
    private final Map<Long, int[]> lapsByRound = new HashMap<>();
    private final Map<Long, Driver> drivers = new HashMap<>();
    private final Map<Long, Constructor> teams = new HashMap<>();
    private final List<String> leftOut = new ArrayList<>();

    /** Indexes the tables once (by round, session and entry). */
    public DumpMapper(DumpTables tables) {
        this.t = tables;
        Comparator<SessionRow> order = Comparator.comparing((SessionRow s) -> s.number() == null ? Integer.MAX_VALUE
                : s.number()).thenComparingLong(SessionRow::id);
        t.sessions.values().forEach(s -> sessionsByRound.computeIfAbsent(s.round(), k -> new ArrayList<>()).add(s));
        sessionsByRound.values().forEach(l -> l.sort(order));
        t.sessionEntries.values().forEach(e -> {
            entriesBySession.computeIfAbsent(e.session(), k -> new ArrayList<>()).add(e);
            entriesByRoundEntry.computeIfAbsent(e.roundEntry(), k -> new ArrayList<>()).add(e);
        });
        Comparator<EntryRow> byPosition = Comparator.comparing((EntryRow e) -> e.position() == null
                ? Integer.MAX_VALUE : e.position()).thenComparingLong(EntryRow::id);
        entriesBySession.values().forEach(l -> l.sort(byPosition));
        t.roundEntries.values().forEach(r -> roundEntriesByRound.computeIfAbsent(r.round(),
                k -> new ArrayList<>()).add(r));
        roundEntriesByRound.values().forEach(l -> l.sort(Comparator.comparingLong(RoundEntryRow::id)));
        indexLaps();
    }

    /** The seasons of the dump, ascending. */
    public List<Integer> seasons() {
        return new ArrayList<>(new TreeSet<>(t.seasons.values()));
    }

    /** Rows the domain refused, one line each (race, table, reason), since the mapper was made. */
    public List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    /** Rows read per table. */
    public Map<String, Long> rowCounts() {
        return t.rowCounts;
    }

    /** The rows of one season. */
    public DumpSeason season(int year) {
        Long seasonId = t.seasons.entrySet().stream().filter(e -> e.getValue() == year).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        List<ScheduledRace> schedule = new ArrayList<>();
        List<ResultRow> results = new ArrayList<>();
        List<ResultRow> sprint = new ArrayList<>();
        List<QualifyingRow> qualifying = new ArrayList<>();
        Map<RaceKey, List<LapTime>> laps = new LinkedHashMap<>();
        Map<RaceKey, List<PitStop>> stops = new LinkedHashMap<>();
        if (seasonId == null) {
            return new DumpSeason(year, schedule, results, sprint, qualifying, laps, stops);
        }
        List<RoundRow> rounds = t.rounds.values().stream()
                .filter(r -> r.season() == seasonId && !r.cancelled() && r.number() != null)
                .sorted(Comparator.comparing(RoundRow::number)).toList();
        for (RoundRow round : rounds) {
            RaceKey key = RaceKey.of(year, round.number());
            schedule.add(race(year, key, round));
            results.addAll(results(key, round, "R", RaceType.GRAND_PRIX));
            sprint.addAll(results(key, round, "SR", RaceType.SPRINT));
            if (year >= 1994) {
                qualifying.addAll(qualifying(key, round));
            }
            if (year >= 1996) {
                List<LapTime> l = laps(key, round);
                if (!l.isEmpty()) {
                    laps.put(key, l);
                }
            }
            if (year >= 2011) {
                List<PitStop> s = pitStops(key, round);
                if (!s.isEmpty()) {
                    stops.put(key, s);
                }
            }
        }
        return new DumpSeason(year, schedule, results, sprint, qualifying, laps, stops);
    }

    private ScheduledRace race(int year, RaceKey key, RoundRow round) {
        DumpTables.CircuitRow c = t.circuits.get(round.circuit());
        if (c == null) {
            throw new DumpFormatException("round " + round.id() + " (" + key + ") names circuit " + round.circuit()
                    + ", which is not in formula_one_circuit.csv");
        }
        Circuit circuit = new Circuit(CircuitId.of(txt(c.reference())), txt(c.name()), txt(c.locality()),
                txt(c.country()),
                c.latitude(), c.longitude(), null, null);
        List<SessionRow> sessions = sessionsByRound.getOrDefault(round.id(), List.of());
        String gridKey = year == 2023 ? "SprintShootout" : "SprintQualifying";
        ScheduleParser.SessionKeys keys = new ScheduleParser.SessionKeys() {
            @Override
            public boolean has(String k) {
                SessionRow s = session(sessions, k, gridKey);
                return s != null && (s.date() != null || s.start() != null);
            }

            @Override
            public Instant start(String k) {
                SessionRow s = session(sessions, k, gridKey);
                return s == null ? null : s.start();
            }
        };
        SessionRow r = first(sessions, "R");
        Instant raceStart = r == null || r.start() == null || round.date() == null ? null
                : round.date().atTime(r.start().atOffset(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        EventFormat format = ScheduleParser.format(year, keys);
        return new ScheduledRace(new Race(key, txt(round.name()), circuit.id(), round.date(), format,
                ScheduleParser.sessionStarts(raceStart, format, keys), RaceStatus.SCHEDULED), circuit);
    }

    private static SessionRow session(List<SessionRow> sessions, String key, String gridKey) {
        String type = key.equals(gridKey) ? "SQ1" : SESSION_KEYS.get(key);
        return type == null ? null : first(sessions, type);
    }

    private static SessionRow first(List<SessionRow> sessions, String type) {
        for (SessionRow s : sessions) {
            if (s.type().equals(type)) {
                return s;
            }
        }
        return null;
    }

    private List<ResultRow> results(RaceKey key, RoundRow round, String type, RaceType raceType) {
        List<ResultRow> out = new ArrayList<>();
        for (SessionRow s : sessionsByRound.getOrDefault(round.id(), List.of())) {
            if (!s.type().equals(type)) {
                continue;
            }
            for (EntryRow e : entriesBySession.getOrDefault(s.id(), List.of())) {
                try {
                    out.add(result(key, raceType, e));
                } catch (IllegalArgumentException | DumpFormatException ex) {
                    leftOut.add(key + " " + type + " sessionentry " + e.id() + ": " + ex.getMessage());
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        return ResultParser.flagFastestWithoutRanks(new RaceGroup<>(key, out)).rows();
    }

    private ResultRow result(RaceKey key, RaceType type, EntryRow e) {
        RoundEntryRow re = roundEntry(e.roundEntry());
        Driver driver = driver(re.teamDriver());
        Constructor team = team(re.teamDriver());
        String positionText = Boolean.TRUE.equals(e.classified()) ? String.valueOf(e.position())
                : positionCode(e.status());
        Integer finish = Values.isNumeric(positionText) ? Integer.valueOf(positionText) : null;
        String status = txt(e.detail());
        Long millis = e.timeMicros() > 0 ? e.timeMicros() / 1000 : null;
        Integer position = e.position() != null && e.position() >= 1 && e.position() <= 99 ? e.position() : finish;
        DumpTables.FastLap fast = t.fastestLaps.get(e.id());
        Integer rank = fast == null ? null : e.fastestLapRank();
        Integer fastMs = fast == null ? null : millis(fast.timeMicros());
        String finalStatus = status != null ? status : ResultParser.statusFromPositionText(positionText);
        return new ResultRow(new RaceResult(key, type, driver.id(), team.id(), re.carNumber(), finish, positionText,
                e.grid() == null ? 0 : e.grid(), e.points() == null ? 0.0 : e.points(), finalStatus, millis,
                e.laps(), rank != null && rank == 1, position), driver, team, rank, fastMs);
    }

    /** The API's position text of an unclassified entry. */
    static String positionCode(Integer status) {
        if (status == null) {
            return "R";
        }
        return switch (status) {
            case 30 -> "W";
            case 20 -> "D";
            case 40, 41 -> "F";
            default -> "R";
        };
    }

    private List<QualifyingRow> qualifying(RaceKey key, RoundRow round) {
        List<QualifyingRow> out = new ArrayList<>();
        Comparator<EntryRow> sessionOrder = Comparator.comparing((EntryRow e) -> sessionWhen(e.session()))
                .thenComparingInt(e -> sessionNumber(e.session())).thenComparingLong(EntryRow::id);
        for (RoundEntryRow re : roundEntriesByRound.getOrDefault(round.id(), List.of())) {
            List<EntryRow> all = entriesByRoundEntry.getOrDefault(re.id(), List.of());
            List<EntryRow> q = new ArrayList<>();
            boolean anyPosition = false;
            for (EntryRow e : all) {
                anyPosition |= e.position() != null;
                SessionRow s = t.sessions.get(e.session());
                if (s != null && s.type().startsWith("Q")) {
                    q.add(e);
                }
            }
            if (q.isEmpty() || !anyPosition) {
                continue;
            }
            q.sort(sessionOrder);
            Integer position = q.get(q.size() - 1).position();
            Integer[] times = new Integer[3];
            for (EntryRow e : q) {
                String type = t.sessions.get(e.session()).type();
                DumpTables.FastLap fast = t.fastestLaps.get(e.id());
                Integer ms = fast == null || fast.timeMicros() < 0 ? null : (int) (fast.timeMicros() / 1000);
                switch (type) {
                    case "Q1" -> times[0] = ms;
                    case "Q2" -> times[1] = ms;
                    case "Q3" -> times[2] = ms;
                    default -> {
                        if (times[0] == null) {
                            times[0] = ms;
                        } else {
                            times[1] = ms;
                        }
                    }
                }
            }
            try {
                if (position == null) {
                    throw new DumpFormatException("no position in its last qualifying session");
                }
                Driver driver = driver(re.teamDriver());
                Constructor team = team(re.teamDriver());
                out.add(new QualifyingRow(new QualifyingResult(key, driver.id(), team.id(), re.carNumber(), position,
                        positive(times[0]), positive(times[1]), positive(times[2]), null, null, null, null), driver,
                        team));
            } catch (IllegalArgumentException | DumpFormatException ex) {
                leftOut.add(key + " qualifying roundentry " + re.id() + ": " + ex.getMessage());
            }
        }
        out.sort(Comparator.comparingInt(r -> r.result().position()));
        return out;
    }

    private static Integer positive(Integer ms) {
        return ms == null || ms <= 0 ? null : ms;
    }

    /** When a session was: its start, else its date's start, else last. */
    private Instant sessionWhen(long session) {
        SessionRow s = t.sessions.get(session);
        return s.start() != null ? s.start() : s.date() != null ? s.date().atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.MAX;
    }

    private int sessionNumber(long session) {
        Integer n = t.sessions.get(session).number();
        return n == null ? Integer.MAX_VALUE : n;
    }

    private void indexLaps() {
        DumpTables.RaceLaps laps = t.raceLaps;
        Map<Long, Integer> counts = new HashMap<>();
        long[] roundOf = new long[laps.size];
        for (int i = 0; i < laps.size; i++) {
            EntryRow e = t.sessionEntries.get(laps.entry[i]);
            long round = t.sessions.get(e.session()).round();
            roundOf[i] = round;
            counts.merge(round, 1, Integer::sum);
        }
        Map<Long, Integer> fill = new HashMap<>();
        counts.forEach((round, n) -> lapsByRound.put(round, new int[n]));
        for (int i = 0; i < laps.size; i++) {
            int at = fill.merge(roundOf[i], 1, Integer::sum) - 1;
            lapsByRound.get(roundOf[i])[at] = i;
        }
    }

    private List<LapTime> laps(RaceKey key, RoundRow round) {
        int[] idx = lapsByRound.get(round.id());
        if (idx == null) {
            return List.of();
        }
        DumpTables.RaceLaps l = t.raceLaps;
        List<LapTime> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            if (l.micros[i] < 0 || l.position[i] < 0) {
                continue; // a bare lap row (a pit stop's lap without timing): not part of the lap chart
            }
            try {
                RoundEntryRow re = roundEntry(t.sessionEntries.get(l.entry[i]).roundEntry());
                DriverId driver = driver(re.teamDriver()).id();
                Integer ms = l.micros[i] < 0 ? null : (int) (l.micros[i] / 1000);
                out.add(LapTime.basic(key, RaceType.GRAND_PRIX, driver, l.number[i], ms == null || ms <= 0 ? null : ms,
                        l.position[i] < 0 ? null : l.position[i]));
            } catch (IllegalArgumentException | DumpFormatException ex) {
                leftOut.add(key + " lap " + l.id[i] + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private List<PitStop> pitStops(RaceKey key, RoundRow round) {
        List<DumpTables.StopRow> rows = new ArrayList<>(t.pitStops.getOrDefault(round.id(), List.of()));
        rows.sort(Comparator.comparing((DumpTables.StopRow s) -> s.localTime() == null ? "~" : s.localTime())
                .thenComparingLong(DumpTables.StopRow::id));
        List<PitStop> out = new ArrayList<>(rows.size());
        for (DumpTables.StopRow s : rows) {
            try {
                if (s.lap() < 0 || s.number() == null) {
                    throw new DumpFormatException("no lap or no stop number");
                }
                RoundEntryRow re = roundEntry(t.sessionEntries.get(s.sessionEntry()).roundEntry());
                DriverId driver = driver(re.teamDriver()).id();
                Integer ms = millis(s.durationMicros());
                LocalTime local = s.localTime() == null ? null : LocalTime.parse(s.localTime().trim());
                out.add(new PitStop(key, driver, s.lap(), s.number(), ms, local));
            } catch (IllegalArgumentException | DumpFormatException | DateTimeParseException ex) {
                leftOut.add(key + " pitstop " + s.id() + ": " + ex.getMessage());
            }
        }
        return out;
    }

    /** An interval in whole milliseconds (truncated, as the API's three decimals), or null for null or zero. */
    static Integer millis(long micros) {
        return micros <= 0 || micros / 1000 > Integer.MAX_VALUE ? null : (int) (micros / 1000);
    }

    /**
     * A duration as Jolpica's API prints pit-stop durations and fastest-lap times, {@code str(td).lstrip(chars)[:-3]},
     * read back: milliseconds, or null where the slicing leaves nothing (a whole number of seconds). Not used for
     * storing (the dump's interval is the better value, and the test kit's fake prints it in full); kept to document
     * and test the difference.
     */
    static Integer slicedDurationMs(long micros, String chars) {
        long days = micros / 86_400_000_000L;
        long rest = micros % 86_400_000_000L;
        long secs = rest / 1_000_000;
        long us = rest % 1_000_000;
        String s = (secs / 3600) + ":" + two((secs / 60) % 60) + ":" + two(secs % 60)
                + (us != 0 ? "." + String.format(Locale.ROOT, "%06d", us) : "");
        if (days != 0) {
            s = days + " day" + (days == 1 ? "" : "s") + ", " + s;
        }
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        s = s.substring(i);
        s = s.length() <= 3 ? "" : s.substring(0, s.length() - 3);
        if (s.isBlank()) {
            return null;
        }
        try {
            long ms = Values.durationMs(s);
            return ms > 0 && ms <= Integer.MAX_VALUE ? (int) ms : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Text as the API's JSON reader sees it: trimmed, and null when empty or Python's "None". */
    static String txt(String s) {
        if (s == null) {
            return null;
        }
        String v = s.trim();
        return v.isEmpty() || "None".equals(v) ? null : v;
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private RoundEntryRow roundEntry(long id) {
        RoundEntryRow re = t.roundEntries.get(id);
        if (re == null) {
            throw new DumpFormatException("round entry " + id + " is not in formula_one_roundentry.csv");
        }
        return re;
    }

    /** The driver of a team-driver row, by the API's Driver object rules (code upper-cased, dropped unless 3 chars). */
    private Driver driver(long teamDriver) {
        DumpTables.TeamDriverRow td = t.teamDrivers.get(teamDriver);
        if (td == null) {
            throw new DumpFormatException("team driver " + teamDriver + " is not in formula_one_teamdriver.csv");
        }
        return drivers.computeIfAbsent(td.driver(), id -> {
            DumpTables.DriverRow d = t.drivers.get(id);
            if (d == null) {
                throw new DumpFormatException("driver " + id + " is not in formula_one_driver.csv");
            }
            String code = txt(d.abbreviation()) == null ? null : txt(d.abbreviation()).toUpperCase(Locale.ROOT);
            if (code != null && !code.matches("[A-Z0-9]{3}")) {
                code = null;
            }
            return new Driver(DriverId.of(txt(d.reference())), code, d.number(), txt(d.forename()),
                    txt(d.surname()), d.dateOfBirth(), txt(d.nationality()));
        });
    }

    private Constructor team(long teamDriver) {
        DumpTables.TeamDriverRow td = t.teamDrivers.get(teamDriver);
        return teams.computeIfAbsent(td.team(), id -> {
            DumpTables.TeamRow r = t.teams.get(id);
            if (r == null) {
                throw new DumpFormatException("team " + id + " is not in formula_one_team.csv");
            }
            return new Constructor(ConstructorId.of(txt(r.reference())), txt(r.name()), txt(r.nationality()));
        });
    }
}
