package org.f1pipeline.bootstrap.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The tables of a Jolpica CSV dump that the bootstrap reads, loaded from the zip ({@link ZipFile}: one entry per
 * table, opened in the order needed, each streamed row by row). The small tables are kept as plain rows keyed by
 * id; the lap table, the only big one, keeps only what the API would serve from it (grand-prix laps, and every
 * entry's fastest lap, which is where qualifying times and fastest laps come from) in primitive arrays, about 32
 * bytes a lap. Internal API.
 */
public final class DumpTables {

    /** Table file names: {@code formula_one_<table>.csv}. */
    static final String PREFIX = "formula_one_";

    final Map<Long, Integer> seasons = new HashMap<>();
    final Map<Long, CircuitRow> circuits = new HashMap<>();
    final Map<Long, DriverRow> drivers = new HashMap<>();
    final Map<Long, TeamRow> teams = new HashMap<>();
    final Map<Long, TeamDriverRow> teamDrivers = new HashMap<>();
    final Map<Long, RoundRow> rounds = new HashMap<>();
    final Map<Long, SessionRow> sessions = new HashMap<>();
    final Map<Long, RoundEntryRow> roundEntries = new HashMap<>();
    final Map<Long, EntryRow> sessionEntries = new HashMap<>();
    /** Session entry id to its fastest lap (is_entry_fastest_lap). */
    final Map<Long, FastLap> fastestLaps = new HashMap<>();
    /** Grand-prix laps, in lap-id order. */
    final RaceLaps raceLaps = new RaceLaps();
    /** Grand-prix pit stops by round id. */
    final Map<Long, java.util.List<StopRow>> pitStops = new HashMap<>();
    /** Rows read per table, for the report. */
    final Map<String, Long> rowCounts = new TreeMap<>();

    record CircuitRow(String reference, String name, String locality, String country, Double latitude,
                      Double longitude) {
    }

    record DriverRow(String reference, String forename, String surname, String abbreviation, Integer number,
                     LocalDate dateOfBirth, String nationality) {
    }

    record TeamRow(String reference, String name, String nationality) {
    }

    record TeamDriverRow(long team, long driver, long season) {
    }

    record RoundRow(long id, long season, long circuit, Integer number, String name, LocalDate date,
                    boolean cancelled) {
    }

    /** A session; {@code start} is its UTC start when the time is known, {@code date} its date when known. */
    record SessionRow(long id, long round, String type, Integer number, LocalDate date, Instant start) {
    }

    record RoundEntryRow(long id, long round, long teamDriver, Integer carNumber) {
    }

    record EntryRow(long id, long session, long roundEntry, Integer position, Boolean classified, Integer status,
                    String detail, Double points, Integer grid, long timeMicros, Integer fastestLapRank,
                    Integer laps) {
    }

    record FastLap(Integer number, long timeMicros) {
    }

    record StopRow(long sessionEntry, int lap, Integer number, long durationMicros, String localTime, long id) {
    }

    /** Grand-prix laps as parallel arrays. */
    static final class RaceLaps {
        int size;
        long[] id = new long[1024];
        long[] entry = new long[1024];
        int[] number = new int[1024];
        int[] position = new int[1024];
        long[] micros = new long[1024];

        void add(long lapId, long sessionEntry, int lap, Integer pos, long time) {
            if (size == id.length) {
                int n = size * 2;
                id = Arrays.copyOf(id, n);
                entry = Arrays.copyOf(entry, n);
                number = Arrays.copyOf(number, n);
                position = Arrays.copyOf(position, n);
                micros = Arrays.copyOf(micros, n);
            }
            id[size] = lapId;
            entry[size] = sessionEntry;
            number[size] = lap;
            position[size] = pos == null ? -1 : pos;
            micros[size] = time;
            size++;
        }

        /** The lap number of lap {@code lapId}, or -1 (ids are ascending: the dump is ordered by id). */
        int numberOf(long lapId) {
            int i = Arrays.binarySearch(id, 0, size, lapId);
            return i < 0 ? -1 : number[i];
        }
    }

    private DumpTables() {
    }

    /**
     * Reads a dump.
     *
     * @param zip the dump file
     * @return its tables
     * @throws DumpFormatException when it is not a zip or a table cannot be read
     */
    public static DumpTables read(Path zip) {
        DumpTables t = new DumpTables();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            t.load(file);
        } catch (ZipException e) {
            throw new DumpFormatException("not a zip file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DumpFormatException("could not read the zip: " + e, e);
        }
        return t;
    }

    private void load(ZipFile zip) throws IOException {
        try (CsvTable c = open(zip, "season")) {
            int id = c.column("id");
            int year = c.column("year");
            while (c.next()) {
                seasons.put(DumpValues.id(c.get(id), c), DumpValues.integer(c.get(year), c));
            }
            count(c);
        }
        try (CsvTable c = open(zip, "circuit")) {
            int id = c.column("id");
            int ref = c.column("reference");
            int name = c.column("name");
            int locality = c.optColumn("locality");
            int country = c.optColumn("country");
            int lat = c.optColumn("latitude");
            int lng = c.optColumn("longitude");
            while (c.next()) {
                circuits.put(DumpValues.id(c.get(id), c), new CircuitRow(c.get(ref), c.get(name), c.get(locality),
                        c.get(country), DumpValues.optDecimal(c.get(lat), c), DumpValues.optDecimal(c.get(lng), c)));
            }
            count(c);
        }
        try (CsvTable c = open(zip, "driver")) {
            int id = c.column("id");
            int ref = c.column("reference");
            int fore = c.column("forename");
            int sur = c.column("surname");
            int abbr = c.optColumn("abbreviation");
            int num = c.optColumn("permanent_car_number");
            int dob = c.optColumn("date_of_birth");
            int nat = c.optColumn("nationality");
            while (c.next()) {
                drivers.put(DumpValues.id(c.get(id), c), new DriverRow(c.get(ref), c.get(fore), c.get(sur),
                        c.get(abbr), DumpValues.optInteger(c.get(num), c), DumpValues.optDate(c.get(dob), c),
                        c.get(nat)));
            }
            count(c);
        }
        try (CsvTable c = open(zip, "team")) {
            int id = c.column("id");
            int ref = c.column("reference");
            int name = c.column("name");
            int nat = c.optColumn("nationality");
            while (c.next()) {
                teams.put(DumpValues.id(c.get(id), c), new TeamRow(c.get(ref), c.get(name), c.get(nat)));
            }
            count(c);
        }
        try (CsvTable c = open(zip, "teamdriver")) {
            int id = c.column("id");
            int team = c.column("team_id");
            int driver = c.column("driver_id");
            int season = c.column("season_id");
            while (c.next()) {
                teamDrivers.put(DumpValues.id(c.get(id), c), new TeamDriverRow(DumpValues.id(c.get(team), c),
                        DumpValues.id(c.get(driver), c), DumpValues.id(c.get(season), c)));
            }
            count(c);
        }
        try (CsvTable c = open(zip, "round")) {
            int id = c.column("id");
            int season = c.column("season_id");
            int circuit = c.column("circuit_id");
            int number = c.column("number");
            int name = c.column("name");
            int date = c.column("date");
            int cancelled = c.optColumn("is_cancelled");
            while (c.next()) {
                long key = DumpValues.id(c.get(id), c);
                rounds.put(key, new RoundRow(key, DumpValues.id(c.get(season), c), DumpValues.id(c.get(circuit), c),
                        DumpValues.optInteger(c.get(number), c), c.get(name), DumpValues.optDate(c.get(date), c),
                        Boolean.TRUE.equals(DumpValues.optBool(c.get(cancelled), c))));
            }
            count(c);
        }
        readSessions(zip);
        try (CsvTable c = open(zip, "roundentry")) {
            int id = c.column("id");
            int round = c.column("round_id");
            int td = c.column("team_driver_id");
            int car = c.optColumn("car_number");
            while (c.next()) {
                long key = DumpValues.id(c.get(id), c);
                roundEntries.put(key, new RoundEntryRow(key, DumpValues.id(c.get(round), c),
                        DumpValues.id(c.get(td), c), DumpValues.optInteger(c.get(car), c)));
            }
            count(c);
        }
        readSessionEntries(zip);
        readLaps(zip);
        readPitStops(zip);
    }

    /** Sessions; the current schema has {@code timestamp} + {@code has_time_data}, older dumps {@code date} + {@code time}. */
    private void readSessions(ZipFile zip) throws IOException {
        try (CsvTable c = open(zip, "session")) {
            int id = c.column("id");
            int round = c.column("round_id");
            int type = c.column("type");
            int number = c.optColumn("number");
            int timestamp = c.optColumn("timestamp");
            int hasTime = c.optColumn("has_time_data");
            int date = c.optColumn("date");
            int time = c.optColumn("time");
            if (timestamp < 0 && date < 0) {
                throw new DumpFormatException(c.name() + ": neither a 'timestamp' nor a 'date' column");
            }
            while (c.next()) {
                long key = DumpValues.id(c.get(id), c);
                LocalDate day;
                Instant start;
                if (timestamp >= 0) {
                    Instant ts = DumpValues.optTimestamp(c.get(timestamp), c);
                    boolean timed = ts != null && Boolean.TRUE.equals(DumpValues.optBool(c.get(hasTime), c));
                    day = ts == null ? null : ts.atZone(ZoneOffset.UTC).toLocalDate();
                    start = timed ? ts : null;
                } else {
                    day = DumpValues.optDate(c.get(date), c);
                    LocalTime t = DumpValues.optTime(c.get(time), c);
                    start = day != null && t != null ? day.atTime(t).toInstant(ZoneOffset.UTC) : null;
                }
                sessions.put(key, new SessionRow(key, DumpValues.id(c.get(round), c), c.get(type),
                        DumpValues.optInteger(c.get(number), c), day, start));
            }
            count(c);
        }
    }

    private void readSessionEntries(ZipFile zip) throws IOException {
        try (CsvTable c = open(zip, "sessionentry")) {
            int id = c.column("id");
            int session = c.column("session_id");
            int re = c.column("round_entry_id");
            int pos = c.column("position");
            int classified = c.optColumn("is_classified");
            int status = c.optColumn("status");
            int detail = c.optColumn("detail");
            int points = c.optColumn("points");
            int grid = c.optColumn("grid");
            int time = c.optColumn("time");
            int rank = c.optColumn("fastest_lap_rank");
            int laps = c.optColumn("laps_completed");
            while (c.next()) {
                long key = DumpValues.id(c.get(id), c);
                sessionEntries.put(key, new EntryRow(key, DumpValues.id(c.get(session), c),
                        DumpValues.id(c.get(re), c), DumpValues.optInteger(c.get(pos), c),
                        DumpValues.optBool(c.get(classified), c), DumpValues.optInteger(c.get(status), c),
                        c.get(detail), DumpValues.optDecimal(c.get(points), c),
                        DumpValues.optInteger(c.get(grid), c), DumpValues.optMicros(c.get(time), c),
                        DumpValues.optInteger(c.get(rank), c), DumpValues.optInteger(c.get(laps), c)));
            }
            count(c);
        }
    }

    /** Keeps grand-prix laps and every entry's fastest lap; the other laps are read past. */
    private void readLaps(ZipFile zip) throws IOException {
        try (CsvTable c = open(zip, "lap")) {
            int id = c.column("id");
            int entry = c.column("session_entry_id");
            int number = c.column("number");
            int position = c.optColumn("position");
            int time = c.optColumn("time");
            int fastest = c.optColumn("is_entry_fastest_lap");
            int deleted = c.optColumn("is_deleted");
            Map<Long, Boolean> raceEntry = new HashMap<>();
            while (c.next()) {
                long se = DumpValues.id(c.get(entry), c);
                Integer lap = DumpValues.optInteger(c.get(number), c);
                long micros = DumpValues.optMicros(c.get(time), c);
                if (Boolean.TRUE.equals(DumpValues.optBool(c.get(fastest), c))) {
                    fastestLaps.put(se, new FastLap(lap, micros));
                }
                boolean race = raceEntry.computeIfAbsent(se, this::isRaceEntry);
                if (race && lap != null && !Boolean.TRUE.equals(DumpValues.optBool(c.get(deleted), c))) {
                    raceLaps.add(DumpValues.id(c.get(id), c), se, lap, DumpValues.optInteger(c.get(position), c),
                            micros);
                }
            }
            count(c);
        }
    }

    private boolean isRaceEntry(long sessionEntry) {
        EntryRow e = sessionEntries.get(sessionEntry);
        SessionRow s = e == null ? null : sessions.get(e.session());
        return s != null && "R".equals(s.type());
    }

    private void readPitStops(ZipFile zip) throws IOException {
        try (CsvTable c = open(zip, "pitstop")) {
            int id = c.column("id");
            int entry = c.column("session_entry_id");
            int lapId = c.column("lap_id");
            int number = c.optColumn("number");
            int duration = c.optColumn("duration");
            int local = c.optColumn("local_timestamp");
            while (c.next()) {
                long se = DumpValues.id(c.get(entry), c);
                if (!isRaceEntry(se)) {
                    continue;
                }
                long lap = DumpValues.optId(c.get(lapId), c);
                int lapNumber = lap < 0 ? -1 : raceLaps.numberOf(lap);
                long round = sessions.get(sessionEntries.get(se).session()).round();
                pitStops.computeIfAbsent(round, k -> new java.util.ArrayList<>()).add(new StopRow(se, lapNumber,
                        DumpValues.optInteger(c.get(number), c), DumpValues.optMicros(c.get(duration), c),
                        c.get(local), DumpValues.id(c.get(id), c)));
            }
            count(c);
        }
    }

    private void count(CsvTable c) {
        rowCounts.put(c.name(), c.rows());
    }

    private static CsvTable open(ZipFile zip, String table) throws IOException {
        String name = PREFIX + table + ".csv";
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new DumpFormatException("the zip has no " + name);
        }
        InputStream in = zip.getInputStream(e);
        return new CsvTable(name, in);
    }
}
