package org.f1pipeline.testkit.history;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;
import org.f1pipeline.storage.Storage;

/**
 * The real 1950-2013 history ({@link ErgastHistory}) as the library's domain records, for model work, backtests and
 * benchmarks that want real races without going through the fetch layer: loaded straight into a {@link Storage} or
 * assembled into {@link Weekend}s.
 *
 * <p>What is mapped, and how (the ingest path maps the same wire data through Jolpica; this is a shortcut):
 * <ul>
 *   <li>Ids are the files' refs exactly as spelled ({@code scott_Brown} stays {@code scott_Brown}), as Jolpica serves
 *       them and as the ingest path stores them: ids are the source's opaque keys.</li>
 *   <li>A driver listed twice in one race (1950s shared drives) keeps his best-classified row, as the storage keeps
 *       one row per driver and race.</li>
 *   <li>Races without a qualifying table (all before 1994, some 1994-2003 rounds) get one from the race results'
 *       grid: the qualifying order is the grid order, pit-lane starters (grid 0) at the back, no times; drivers who
 *       failed to qualify or did not start (position text F or W) are left out. {@link #synthesisedQualifying()}
 *       lists those races.</li>
 *   <li>Every race is a conventional, completed weekend; the race start is the file's date and time (midnight UTC
 *       when the time is unknown). Circuits get no overtake rate (the model learns it).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class HistoryRecords {

    private static final int MAX_POSITION = 40;

    private final List<Season> seasons = new ArrayList<>();
    private final List<Circuit> circuits = new ArrayList<>();
    private final List<Constructor> constructors = new ArrayList<>();
    private final List<Driver> drivers = new ArrayList<>();
    private final List<Race> races = new ArrayList<>();
    private final List<RaceResult> results = new ArrayList<>();
    private final List<QualifyingResult> qualifying = new ArrayList<>();
    private final Set<RaceKey> synthesised = new HashSet<>();

    private HistoryRecords(ErgastHistory h, int from, int to) {
        h.seasons().stream().filter(s -> s.year() >= from && s.year() <= to)
                .forEach(s -> seasons.add(new Season(s.year(), s.url())));
        Set<Integer> usedCircuits = new HashSet<>();
        Set<Integer> usedDrivers = new HashSet<>();
        Set<Integer> usedConstructors = new HashSet<>();
        for (ErgastHistory.Race r : h.races()) {
            if (r.year() < from || r.year() > to) {
                continue;
            }
            RaceKey key = RaceKey.of(r.year(), r.round());
            usedCircuits.add(r.circuitId());
            Map<SessionType, Instant> starts = new EnumMap<>(SessionType.class);
            LocalTime time = r.time() == null || r.time().isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(r.time());
            starts.put(SessionType.RACE, r.date().atTime(time).toInstant(ZoneOffset.UTC));
            races.add(new Race(key, r.name(), CircuitId.of(h.circuit(r.circuitId()).ref()), r.date(),
                    EventFormat.CONVENTIONAL, starts, RaceStatus.COMPLETED));
            List<RaceResult> raceRows = results(h, r, key);
            results.addAll(raceRows);
            h.results(r.id()).forEach(x -> {
                usedDrivers.add(x.driverId());
                usedConstructors.add(x.constructorId());
            });
            List<QualifyingResult> quali = qualifying(h, r, key);
            if (quali.isEmpty()) {
                quali = fromGrid(raceRows);
                if (!quali.isEmpty()) {
                    synthesised.add(key);
                }
            }
            h.qualifying(r.id()).forEach(x -> {
                usedDrivers.add(x.driverId());
                usedConstructors.add(x.constructorId());
            });
            qualifying.addAll(quali);
        }
        usedCircuits.stream().sorted().map(h::circuit).forEach(c -> circuits.add(new Circuit(CircuitId.of(c.ref()),
                c.name(), c.location(), c.country(), c.lat(), c.lng(), null, null)));
        usedConstructors.stream().sorted().map(h::constructor).forEach(c -> constructors.add(new Constructor(
                ConstructorId.of(c.ref()), c.name(), c.nationality())));
        usedDrivers.stream().sorted().map(h::driver).forEach(d -> drivers.add(new Driver(DriverId.of(d.ref()),
                d.code() != null && d.code().matches("[A-Z0-9]{3}") ? d.code() : null, d.number(), d.forename(),
                d.surname(), d.dateOfBirth() == null ? null : java.time.LocalDate.parse(d.dateOfBirth()),
                d.nationality())));
    }

    /** The seasons {@code from..to} of the history. */
    public static HistoryRecords of(ErgastHistory history, int from, int to) {
        return new HistoryRecords(history, from, to);
    }

    private static List<RaceResult> results(ErgastHistory h, ErgastHistory.Race r, RaceKey key) {
        Map<DriverId, RaceResult> rows = new LinkedHashMap<>();
        for (ErgastHistory.Result x : h.results(r.id())) { // classification order: the best row of a driver first
            DriverId driver = DriverId.of(h.driver(x.driverId()).ref());
            if (rows.containsKey(driver)) {
                continue;
            }
            Integer number = x.number() == null || !x.number().matches("\\d{1,3}") ? null : Integer.valueOf(x.number());
            rows.put(driver, new RaceResult(key, RaceType.GRAND_PRIX, driver,
                    ConstructorId.of(h.constructor(x.constructorId()).ref()), number, x.position(),
                    x.positionText(), x.grid(), x.points(), h.status(x.statusId()), x.position() == null ? null
                    : x.milliseconds(), x.laps(), x.rank() != null && x.rank() == 1));
        }
        return List.copyOf(rows.values());
    }

    private static List<QualifyingResult> qualifying(ErgastHistory h, ErgastHistory.Race r, RaceKey key) {
        Map<DriverId, QualifyingResult> rows = new LinkedHashMap<>();
        for (ErgastHistory.Qualifying q : h.qualifying(r.id())) {
            DriverId driver = DriverId.of(h.driver(q.driverId()).ref());
            rows.putIfAbsent(driver, new QualifyingResult(key, driver,
                    ConstructorId.of(h.constructor(q.constructorId()).ref()), q.number(), q.position(),
                    millis(q.q1()), millis(q.q2()), millis(q.q3()), null, null, null, null));
        }
        return List.copyOf(rows.values());
    }

    /** The qualifying order taken from the race's grid (see the class comment). */
    static List<QualifyingResult> fromGrid(List<RaceResult> rows) {
        List<RaceResult> starters = new ArrayList<>();
        for (RaceResult x : rows) {
            if (!x.positionText().equals("F") && !x.positionText().equals("W")) {
                starters.add(x);
            }
        }
        starters.sort(Comparator.comparingInt((RaceResult x) -> x.grid() == 0 ? Integer.MAX_VALUE : x.grid())
                .thenComparing(RaceResult::driver));
        List<QualifyingResult> out = new ArrayList<>();
        int position = 0;
        for (RaceResult x : starters) {
            position = x.grid() > position ? x.grid() : position + 1;
            if (position > MAX_POSITION) {
                break; // a few 1950s races list more than 40 entrants; the records hold 40 places
            }
            out.add(new QualifyingResult(x.race(), x.driver(), x.constructor(), x.carNumber(), position, null, null,
                    null, null, null, null, null));
        }
        return out;
    }

    /** {@code 1:26.572} or {@code 86.572} in milliseconds; null for an empty or unparsable text. */
    static Integer millis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = text.trim().split(":");
            double seconds = Double.parseDouble(parts[parts.length - 1]);
            int minutes = parts.length > 1 ? Integer.parseInt(parts[0]) : 0;
            long ms = Math.round((minutes * 60 + seconds) * 1000);
            return ms > 0 ? (int) ms : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<Season> seasons() {
        return List.copyOf(seasons);
    }

    public List<Circuit> circuits() {
        return List.copyOf(circuits);
    }

    public List<Constructor> constructors() {
        return List.copyOf(constructors);
    }

    public List<Driver> drivers() {
        return List.copyOf(drivers);
    }

    /** Every race, by key. */
    public List<Race> races() {
        return List.copyOf(races);
    }

    /** Grand-prix results, one row per driver and race. */
    public List<RaceResult> results() {
        return List.copyOf(results);
    }

    /** Qualifying rows, the synthesised ones included. */
    public List<QualifyingResult> qualifying() {
        return List.copyOf(qualifying);
    }

    /** The races whose qualifying order was taken from the grid. */
    public Set<RaceKey> synthesisedQualifying() {
        return Set.copyOf(synthesised);
    }

    /** Every race as a {@link Weekend} (no laps, long runs or conditions: the history has none). */
    public List<Weekend> weekends() {
        return Weekends.assembler().races(races).circuits(circuits).qualifying(qualifying).results(results).build();
    }

    /** Writes everything into {@code storage} in one transaction (the storage should be empty). */
    public void load(Storage storage) {
        storage.useTransaction(tx -> {
            tx.catalog().upsertSeasons(seasons);
            tx.catalog().upsertCircuits(circuits);
            tx.catalog().upsertConstructors(constructors);
            tx.catalog().upsertDrivers(drivers);
            tx.races().upsertRaces(races);
            tx.results().upsertQualifying(qualifying);
            tx.results().upsertRaceResults(results);
        });
    }

    /** Rows per kind, for reports. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("races", races.size());
        m.put("results", results.size());
        m.put("qualifying", qualifying.size());
        m.put("synthesised qualifying races", synthesised.size());
        return m;
    }
}
