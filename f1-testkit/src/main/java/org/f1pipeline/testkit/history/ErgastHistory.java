package org.f1pipeline.testkit.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The real results record 1950-2013 ({@code ../shared/realdata/history}), read once into rows that keep the files'
 * values exactly (ids, names, statuses, time texts), joined by the files' numeric keys. Nothing is corrected or
 * dropped: upper-case driver refs, vacant positions, shared drives and missing qualifying tables are all here, as
 * they are at Jolpica.
 *
 * <pre>{@code
 * ErgastHistory history = ErgastHistory.load(ErgastHistory.locate().orElseThrow());
 * history.races(1988).forEach(r -> System.out.println(r.round() + " " + r.name()));
 * }</pre>
 *
 * <p>Tests that need it call {@link #locateOrSkip()}, which skips (JUnit assumption) with a clear message on a fresh
 * clone without {@code ../shared}. Immutable and thread-safe once loaded.
 */
public final class ErgastHistory {

    /** A season row. */
    public record Season(int year, String url) {
    }

    /** A circuit; {@code ref} is the API's {@code circuitId}. */
    public record Circuit(int id, String ref, String name, String location, String country, Double lat, Double lng,
                          String url) {
    }

    /** A constructor; {@code ref} is the API's {@code constructorId}. */
    public record Constructor(int id, String ref, String name, String nationality, String url) {
    }

    /** A driver; {@code ref} is the API's {@code driverId} (case as the source has it, e.g. {@code scott_Brown}). */
    public record Driver(int id, String ref, Integer number, String code, String forename, String surname,
                         String dateOfBirth, String nationality, String url) {
    }

    /** A race; {@code time} is the UTC start ({@code HH:mm:ss}) or null when unknown (most seasons before 2005). */
    public record Race(int id, int year, int round, int circuitId, String name, LocalDate date, String time,
                       String url) {
    }

    /**
     * A race result row. {@code position} is null when not classified; {@code positionText} is a number or R, D, E,
     * W, F, N; {@code positionOrder} is the classification order including the unclassified.
     */
    public record Result(int id, int raceId, int driverId, int constructorId, String number, int grid,
                         Integer position, String positionText, int positionOrder, double points, int laps,
                         String time, Long milliseconds, Integer fastestLap, Integer rank, String fastestLapTime,
                         String fastestLapSpeed, int statusId) {
    }

    /** A qualifying row; q1..q3 are the texts of the file ({@code 1:26.572}), null or empty when not set. */
    public record Qualifying(int id, int raceId, int driverId, int constructorId, Integer number, int position,
                             String q1, String q2, String q3) {
    }

    /** A pit stop (2011+). */
    public record PitStop(int raceId, int driverId, int stop, int lap, String time, String duration,
                          Long milliseconds) {
    }

    private final List<Season> seasons;
    private final Map<Integer, Circuit> circuits;
    private final Map<Integer, Constructor> constructors;
    private final Map<Integer, Driver> drivers;
    private final Map<Integer, Race> races;
    private final Map<Integer, String> statuses;
    private final Map<Integer, List<Result>> resultsByRace;
    private final Map<Integer, List<Qualifying>> qualifyingByRace;
    private final Map<Integer, List<PitStop>> pitStopsByRace;

    private ErgastHistory(Path dir) {
        seasons = ErgastCsv.read(dir.resolve("seasons.csv"))
                .map(r -> new Season(r.requiredInt("year"), r.text("url"))).stream()
                .sorted(Comparator.comparingInt(Season::year)).toList();
        circuits = byId(ErgastCsv.read(dir.resolve("circuits.csv")).map(r -> new Circuit(r.requiredInt("circuitId"),
                r.text("circuitRef"), r.text("name"), r.text("location"), r.text("country"), r.decimal("lat"),
                r.decimal("lng"), r.text("url"))), Circuit::id);
        constructors = byId(ErgastCsv.read(dir.resolve("constructors.csv")).map(r -> new Constructor(
                r.requiredInt("constructorId"), r.text("constructorRef"), r.text("name"), r.text("nationality"),
                r.text("url"))), Constructor::id);
        drivers = byId(ErgastCsv.read(dir.resolve("drivers.csv")).map(r -> new Driver(r.requiredInt("driverId"),
                r.text("driverRef"), r.integer("number"), r.text("code"), r.text("forename"), r.text("surname"),
                r.text("dob"), r.text("nationality"), r.text("url"))), Driver::id);
        races = byId(ErgastCsv.read(dir.resolve("races.csv")).map(r -> new Race(r.requiredInt("raceId"),
                r.requiredInt("year"), r.requiredInt("round"), r.requiredInt("circuitId"), r.text("name"),
                LocalDate.parse(r.text("date")), r.text("time"), r.text("url"))), Race::id);
        statuses = ErgastCsv.read(dir.resolve("status.csv")).map(r -> Map.entry(r.requiredInt("statusId"),
                r.text("status"))).stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                Map.Entry::getValue));
        resultsByRace = group(ErgastCsv.read(dir.resolve("results.csv")).map(r -> new Result(
                r.requiredInt("resultId"), r.requiredInt("raceId"), r.requiredInt("driverId"),
                r.requiredInt("constructorId"), r.text("number"), r.requiredInt("grid"), r.integer("position"),
                r.text("positionText"), r.requiredInt("positionOrder"), r.decimal("points"), r.requiredInt("laps"),
                r.text("time"), r.integer("milliseconds") == null ? null : r.integer("milliseconds").longValue(),
                r.integer("fastestLap"), r.integer("rank"), r.text("fastestLapTime"), r.text("fastestLapSpeed"),
                r.requiredInt("statusId"))), Result::raceId, Comparator.comparingInt(Result::positionOrder));
        qualifyingByRace = group(ErgastCsv.read(dir.resolve("qualifying.csv")).map(r -> new Qualifying(
                r.requiredInt("qualifyId"), r.requiredInt("raceId"), r.requiredInt("driverId"),
                r.requiredInt("constructorId"), r.integer("number"), r.requiredInt("position"), r.text("q1"),
                r.text("q2"), r.text("q3"))), Qualifying::raceId, Comparator.comparingInt(Qualifying::position));
        pitStopsByRace = group(ErgastCsv.read(dir.resolve("pit_stops.csv")).map(r -> new PitStop(
                r.requiredInt("raceId"), r.requiredInt("driverId"), r.requiredInt("stop"), r.requiredInt("lap"),
                r.text("time"), r.text("duration"),
                r.integer("milliseconds") == null ? null : r.integer("milliseconds").longValue())),
                PitStop::raceId, Comparator.comparingInt(PitStop::lap).thenComparingInt(PitStop::driverId));
    }

    /** Reads the nine tables of {@code dir} (about a second). */
    public static ErgastHistory load(Path dir) {
        return new ErgastHistory(dir);
    }

    /**
     * The history folder: {@code $F1_REALDATA_DIR/history} (set by the parent POM's Surefire configuration) or
     * {@code ../../shared/realdata/history} relative to a module; empty when neither exists (a fresh clone).
     */
    public static Optional<Path> locate() {
        String env = System.getenv("F1_REALDATA_DIR");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env, "history"));
        }
        candidates.add(Path.of("..", "..", "shared", "realdata", "history"));
        candidates.add(Path.of("..", "shared", "realdata", "history"));
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("results.csv"))).findFirst();
    }

    /** {@link #locate()} for tests: skips the calling test with a clear message when the folder is absent. */
    public static Path locateOrSkip() {
        Optional<Path> dir = locate();
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.isPresent(), "the real history ../shared/realdata/history "
                + "is not here (fresh clone without ../shared; set F1_REALDATA_DIR): skipping the real-data test");
        return dir.orElseThrow();
    }

    /** Every season, by year. */
    public List<Season> seasons() {
        return seasons;
    }

    /** The season's races, by round. */
    public List<Race> races(int year) {
        return races.values().stream().filter(r -> r.year() == year)
                .sorted(Comparator.comparingInt(Race::round)).toList();
    }

    /** Every race, by year then round. */
    public List<Race> races() {
        return races.values().stream()
                .sorted(Comparator.comparingInt(Race::year).thenComparingInt(Race::round)).toList();
    }

    public Race race(int raceId) {
        return require(races, raceId, "race");
    }

    public Circuit circuit(int circuitId) {
        return require(circuits, circuitId, "circuit");
    }

    public Constructor constructor(int constructorId) {
        return require(constructors, constructorId, "constructor");
    }

    public Driver driver(int driverId) {
        return require(drivers, driverId, "driver");
    }

    /** Every circuit, constructor and driver of the files, by numeric id. */
    public List<Circuit> circuits() {
        return List.copyOf(circuits.values());
    }

    public List<Constructor> constructors() {
        return List.copyOf(constructors.values());
    }

    public List<Driver> drivers() {
        return List.copyOf(drivers.values());
    }

    /** The status text of a result ({@code Finished}, {@code +1 Lap}, {@code Engine}, ...). */
    public String status(int statusId) {
        return require(statuses, statusId, "status");
    }

    /** The race's results in classification order ({@code positionOrder}); empty if none. */
    public List<Result> results(int raceId) {
        return resultsByRace.getOrDefault(raceId, List.of());
    }

    /** The race's qualifying by position; empty for the races without a qualifying table. */
    public List<Qualifying> qualifying(int raceId) {
        return qualifyingByRace.getOrDefault(raceId, List.of());
    }

    /** The race's pit stops by lap, then driver; empty before 2011. */
    public List<PitStop> pitStops(int raceId) {
        return pitStopsByRace.getOrDefault(raceId, List.of());
    }

    /** Number of result rows in all. */
    public int resultCount() {
        return resultsByRace.values().stream().mapToInt(List::size).sum();
    }

    /** Number of qualifying rows in all. */
    public int qualifyingCount() {
        return qualifyingByRace.values().stream().mapToInt(List::size).sum();
    }

    private static <T> Map<Integer, T> byId(List<T> rows, Function<T, Integer> id) {
        Map<Integer, T> map = new TreeMap<>();
        rows.forEach(row -> map.put(id.apply(row), row));
        return map;
    }

    private static <T> Map<Integer, List<T>> group(List<T> rows, Function<T, Integer> key, Comparator<T> order) {
        Map<Integer, List<T>> map = new TreeMap<>();
        rows.forEach(row -> map.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        map.replaceAll((k, list) -> list.stream().sorted(order).toList());
        return map;
    }

    private static <T> T require(Map<Integer, T> map, int id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("the history has no " + what + " with id " + id);
        }
        return value;
    }
}
