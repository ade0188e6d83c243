package org.f1pipeline.testkit.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.storage.Stores;

/**
 * A small, realistic slice of the 2024 season (plus the 2023 opener) with real Jolpica ids, for storage and job
 * tests: 2 seasons, 7 circuits, the 10 teams and 20 race drivers of 2024 plus Oliver Bearman (who stood in for
 * Sainz at Ferrari in Jeddah), and 7 races, two of them sprint weekends. Generators build the session rows of
 * any fixture race (qualifying, sprint qualifying, results, laps, long runs, conditions, season stats, feature
 * rows, predictions); every number is deterministic, so a test can state the exact values it expects.
 *
 * <p>Typical use: {@code storage.useTransaction(StorageFixtures::seedCalendar)}. Stateless and thread-safe.
 */
public final class StorageFixtures {

    /** The main season of the fixture. */
    public static final int YEAR = 2024;
    /** The season before, with one race, for range and as-of reads. */
    public static final int PREVIOUS_YEAR = 2023;

    public static final CircuitId BAHRAIN = CircuitId.of("bahrain");
    public static final CircuitId JEDDAH = CircuitId.of("jeddah");
    public static final CircuitId ALBERT_PARK = CircuitId.of("albert_park");
    public static final CircuitId SUZUKA = CircuitId.of("suzuka");
    public static final CircuitId SHANGHAI = CircuitId.of("shanghai");
    public static final CircuitId MIAMI = CircuitId.of("miami");
    /** A circuit with no race in the fixture calendar (hand-set overtake rate 0.05, as in the seed). */
    public static final CircuitId MONACO = CircuitId.of("monaco");

    public static final ConstructorId RED_BULL = ConstructorId.of("red_bull");
    public static final ConstructorId FERRARI = ConstructorId.of("ferrari");
    public static final ConstructorId MERCEDES = ConstructorId.of("mercedes");
    public static final ConstructorId MCLAREN = ConstructorId.of("mclaren");
    public static final ConstructorId ASTON_MARTIN = ConstructorId.of("aston_martin");
    public static final ConstructorId ALPINE = ConstructorId.of("alpine");
    public static final ConstructorId WILLIAMS = ConstructorId.of("williams");
    public static final ConstructorId RB = ConstructorId.of("rb");
    public static final ConstructorId SAUBER = ConstructorId.of("sauber");
    public static final ConstructorId HAAS = ConstructorId.of("haas");

    public static final DriverId VERSTAPPEN = DriverId.of("max_verstappen");
    public static final DriverId PEREZ = DriverId.of("perez");
    public static final DriverId LECLERC = DriverId.of("leclerc");
    public static final DriverId SAINZ = DriverId.of("sainz");
    public static final DriverId HAMILTON = DriverId.of("hamilton");
    public static final DriverId RUSSELL = DriverId.of("russell");
    public static final DriverId NORRIS = DriverId.of("norris");
    public static final DriverId PIASTRI = DriverId.of("piastri");
    public static final DriverId ALONSO = DriverId.of("alonso");
    public static final DriverId STROLL = DriverId.of("stroll");
    public static final DriverId GASLY = DriverId.of("gasly");
    public static final DriverId OCON = DriverId.of("ocon");
    public static final DriverId ALBON = DriverId.of("albon");
    public static final DriverId SARGEANT = DriverId.of("sargeant");
    public static final DriverId TSUNODA = DriverId.of("tsunoda");
    public static final DriverId RICCIARDO = DriverId.of("ricciardo");
    public static final DriverId BOTTAS = DriverId.of("bottas");
    public static final DriverId ZHOU = DriverId.of("zhou");
    public static final DriverId HULKENBERG = DriverId.of("hulkenberg");
    public static final DriverId MAGNUSSEN = DriverId.of("kevin_magnussen");
    /** Ferrari in Jeddah 2024 (round 2), later Haas: the fixture's mid-season team change. */
    public static final DriverId BEARMAN = DriverId.of("bearman");

    public static final RaceKey BAHRAIN_2023 = RaceKey.of(2023, 1);
    public static final RaceKey BAHRAIN_2024 = RaceKey.of(2024, 1);
    public static final RaceKey JEDDAH_2024 = RaceKey.of(2024, 2);
    public static final RaceKey ALBERT_PARK_2024 = RaceKey.of(2024, 3);
    public static final RaceKey SUZUKA_2024 = RaceKey.of(2024, 4);
    /** Sprint weekend (2024 sprint-qualifying format). */
    public static final RaceKey SHANGHAI_2024 = RaceKey.of(2024, 5);
    /** Sprint weekend (2024 sprint-qualifying format). */
    public static final RaceKey MIAMI_2024 = RaceKey.of(2024, 6);

    /** Model version of the fixture's grand-prix feature rows and predictions. */
    public static final String GP_MODEL = "weighted-v3";
    /** Model version of the fixture's sprint feature rows and predictions. */
    public static final String SPRINT_MODEL = "sprint-v2";

    /** Laps of a fixture grand prix (and of a sprint: {@link #SPRINT_LAPS}). */
    public static final int GRAND_PRIX_LAPS = 57;
    public static final int SPRINT_LAPS = 19;

    private static final Map<CircuitId, Integer> PACE = Map.of(BAHRAIN, 96_400, JEDDAH, 92_100, ALBERT_PARK,
            81_900, SUZUKA, 95_300, SHANGHAI, 99_600, MIAMI, 92_800);
    private static final double[] GP_POINTS = {25, 18, 15, 12, 10, 8, 6, 4, 2, 1};
    private static final Map<String, Double> GP_WEIGHTS = weights("car_performance", 0.20, "long_run_pace", 0.15,
            "tyre_degradation", 0.08, "reliability", 0.08, "qualifying_delta", 0.08, "driver_rating", 0.08,
            "win_rate", 0.08, "luck_factor", 0.07, "sector_strength", 0.06, "circuit_adj_start_pos", 0.07,
            "circuit_adj_position_gain", 0.03, "weather_impact", 0.02);
    private static final Map<String, Double> SPRINT_WEIGHTS = weights("car_performance", 0.25,
            "circuit_adj_start_pos", 0.25, "short_run_pace", 0.10, "driver_rating", 0.10, "weather_impact", 0.08,
            "win_rate", 0.08, "luck_factor", 0.08, "sq_qualifying_delta", 0.06);

    /** One car of a race: driver, team and number. */
    public record Seat(DriverId driver, ConstructorId constructor, int carNumber) {
    }

    private static final List<Seat> LINEUP_2024 = List.of(
            new Seat(VERSTAPPEN, RED_BULL, 1), new Seat(PEREZ, RED_BULL, 11),
            new Seat(LECLERC, FERRARI, 16), new Seat(SAINZ, FERRARI, 55),
            new Seat(HAMILTON, MERCEDES, 44), new Seat(RUSSELL, MERCEDES, 63),
            new Seat(NORRIS, MCLAREN, 4), new Seat(PIASTRI, MCLAREN, 81),
            new Seat(ALONSO, ASTON_MARTIN, 14), new Seat(STROLL, ASTON_MARTIN, 18),
            new Seat(GASLY, ALPINE, 10), new Seat(OCON, ALPINE, 31),
            new Seat(ALBON, WILLIAMS, 23), new Seat(SARGEANT, WILLIAMS, 2),
            new Seat(TSUNODA, RB, 22), new Seat(RICCIARDO, RB, 3),
            new Seat(BOTTAS, SAUBER, 77), new Seat(ZHOU, SAUBER, 24),
            new Seat(HULKENBERG, HAAS, 27), new Seat(MAGNUSSEN, HAAS, 20));

    private StorageFixtures() {
    }

    /** 2023 and 2024. */
    public static List<Season> seasons() {
        return List.of(new Season(PREVIOUS_YEAR, "https://en.wikipedia.org/wiki/2023_Formula_One_World_Championship"),
                new Season(YEAR, "https://en.wikipedia.org/wiki/2024_Formula_One_World_Championship"));
    }

    /** Seven circuits; Bahrain and Monaco carry rates, the others have none yet. */
    public static List<Circuit> circuits() {
        return List.of(
                new Circuit(BAHRAIN, "Bahrain International Circuit", "Sakhir", "Bahrain", 26.0325, 50.5106, 0.65, 0.3),
                new Circuit(JEDDAH, "Jeddah Corniche Circuit", "Jeddah", "Saudi Arabia", 21.6319, 39.1044, null, null),
                new Circuit(ALBERT_PARK, "Albert Park Grand Prix Circuit", "Melbourne", "Australia", -37.8497, 144.968,
                        null, null),
                new Circuit(SUZUKA, "Suzuka Circuit", "Suzuka", "Japan", 34.8431, 136.541, null, null),
                new Circuit(SHANGHAI, "Shanghai International Circuit", "Shanghai", "China", 31.3389, 121.22, null,
                        null),
                new Circuit(MIAMI, "Miami International Autodrome", "Miami", "USA", 25.9581, -80.2389, null, null),
                new Circuit(MONACO, "Circuit de Monaco", "Monte-Carlo", "Monaco", 43.7347, 7.42056, 0.05, 0.45));
    }

    /** The ten 2024 teams. */
    public static List<Constructor> constructors() {
        return List.of(new Constructor(RED_BULL, "Red Bull", "Austrian"), new Constructor(FERRARI, "Ferrari", "Italian"),
                new Constructor(MERCEDES, "Mercedes", "German"), new Constructor(MCLAREN, "McLaren", "British"),
                new Constructor(ASTON_MARTIN, "Aston Martin", "British"),
                new Constructor(ALPINE, "Alpine F1 Team", "French"), new Constructor(WILLIAMS, "Williams", "British"),
                new Constructor(RB, "RB F1 Team", "Italian"), new Constructor(SAUBER, "Sauber", "Swiss"),
                new Constructor(HAAS, "Haas F1 Team", "American"));
    }

    /** The 20 race drivers of 2024 and Oliver Bearman. */
    public static List<Driver> drivers() {
        return List.of(
                driver(VERSTAPPEN, "VER", 33, "Max", "Verstappen", "1997-09-30", "Dutch"),
                driver(PEREZ, "PER", 11, "Sergio", "Pérez", "1990-01-26", "Mexican"),
                driver(LECLERC, "LEC", 16, "Charles", "Leclerc", "1997-10-16", "Monegasque"),
                driver(SAINZ, "SAI", 55, "Carlos", "Sainz", "1994-09-01", "Spanish"),
                driver(HAMILTON, "HAM", 44, "Lewis", "Hamilton", "1985-01-07", "British"),
                driver(RUSSELL, "RUS", 63, "George", "Russell", "1998-02-15", "British"),
                driver(NORRIS, "NOR", 4, "Lando", "Norris", "1999-11-13", "British"),
                driver(PIASTRI, "PIA", 81, "Oscar", "Piastri", "2001-04-06", "Australian"),
                driver(ALONSO, "ALO", 14, "Fernando", "Alonso", "1981-07-29", "Spanish"),
                driver(STROLL, "STR", 18, "Lance", "Stroll", "1998-10-29", "Canadian"),
                driver(GASLY, "GAS", 10, "Pierre", "Gasly", "1996-02-07", "French"),
                driver(OCON, "OCO", 31, "Esteban", "Ocon", "1996-09-17", "French"),
                driver(ALBON, "ALB", 23, "Alexander", "Albon", "1996-03-23", "Thai"),
                driver(SARGEANT, "SAR", 2, "Logan", "Sargeant", "2000-12-31", "American"),
                driver(TSUNODA, "TSU", 22, "Yuki", "Tsunoda", "2000-05-11", "Japanese"),
                driver(RICCIARDO, "RIC", 3, "Daniel", "Ricciardo", "1989-07-01", "Australian"),
                driver(BOTTAS, "BOT", 77, "Valtteri", "Bottas", "1989-08-28", "Finnish"),
                driver(ZHOU, "ZHO", 24, "Guanyu", "Zhou", "1999-05-30", "Chinese"),
                driver(HULKENBERG, "HUL", 27, "Nico", "Hülkenberg", "1987-08-19", "German"),
                driver(MAGNUSSEN, "MAG", 20, "Kevin", "Magnussen", "1992-10-05", "Danish"),
                driver(BEARMAN, "BEA", 38, "Oliver", "Bearman", "2005-05-08", "British"));
    }

    /**
     * The entry list of a fixture season: the 2024 line-up (the fixture reuses it for 2023 to stay small), plus for
     * 2024 Bearman's Ferrari entry from round 2.
     */
    public static List<SeasonEntry> entries(int season) {
        List<SeasonEntry> entries = new ArrayList<>();
        LINEUP_2024.forEach(seat -> entries.add(
                new SeasonEntry(season, seat.driver(), seat.constructor(), seat.carNumber(), null)));
        if (season == YEAR) {
            entries.add(new SeasonEntry(season, BEARMAN, FERRARI, 38, 2));
        }
        return List.copyOf(entries);
    }

    /** The 20 cars of a fixture race, in team order; in Jeddah 2024 Bearman drives Sainz's Ferrari. */
    public static List<Seat> seats(RaceKey race) {
        if (!race.equals(JEDDAH_2024)) {
            return LINEUP_2024;
        }
        List<Seat> seats = new ArrayList<>(LINEUP_2024);
        seats.set(3, new Seat(BEARMAN, FERRARI, 38));
        return List.copyOf(seats);
    }

    /** Every fixture race, by season then round, all {@link RaceStatus#SCHEDULED}. */
    public static List<Race> races() {
        return List.of(race(BAHRAIN_2023), race(BAHRAIN_2024), race(JEDDAH_2024), race(ALBERT_PARK_2024),
                race(SUZUKA_2024), race(SHANGHAI_2024), race(MIAMI_2024));
    }

    /** The fixture race with that key, {@link RaceStatus#SCHEDULED}, with every session start. */
    public static Race race(RaceKey key) {
        if (key.equals(BAHRAIN_2023)) {
            return race(key, "Bahrain Grand Prix", BAHRAIN, "2023-03-05", EventFormat.CONVENTIONAL);
        }
        if (key.season() != YEAR || key.round() > MIAMI_2024.round()) {
            throw new IllegalArgumentException("no fixture race " + key);
        }
        return switch (key.round()) {
            case 1 -> race(key, "Bahrain Grand Prix", BAHRAIN, "2024-03-02", EventFormat.CONVENTIONAL);
            case 2 -> race(key, "Saudi Arabian Grand Prix", JEDDAH, "2024-03-09", EventFormat.CONVENTIONAL);
            case 3 -> race(key, "Australian Grand Prix", ALBERT_PARK, "2024-03-24", EventFormat.CONVENTIONAL);
            case 4 -> race(key, "Japanese Grand Prix", SUZUKA, "2024-04-07", EventFormat.CONVENTIONAL);
            case 5 -> race(key, "Chinese Grand Prix", SHANGHAI, "2024-04-21", EventFormat.SPRINT_QUALIFYING);
            default -> race(key, "Miami Grand Prix", MIAMI, "2024-05-05", EventFormat.SPRINT_QUALIFYING);
        };
    }

    /** Seasons, circuits, constructors, drivers and both entry lists. */
    public static void seedCatalog(Stores stores) {
        stores.catalog().upsertSeasons(seasons());
        stores.catalog().upsertCircuits(circuits());
        stores.catalog().upsertConstructors(constructors());
        stores.catalog().upsertDrivers(drivers());
        stores.catalog().upsertSeasonEntries(entries(PREVIOUS_YEAR));
        stores.catalog().upsertSeasonEntries(entries(YEAR));
    }

    /** {@link #seedCatalog} plus every fixture race. */
    public static void seedCalendar(Stores stores) {
        seedCatalog(stores);
        stores.races().upsertRaces(races());
    }

    /** The seat of a driver in the 2024 line-up (Bearman: his Jeddah Ferrari). */
    public static Seat seat(DriverId driver) {
        for (Seat seat : seats(JEDDAH_2024)) {
            if (seat.driver().equals(driver)) {
                return seat;
            }
        }
        return LINEUP_2024.stream().filter(seat -> seat.driver().equals(driver)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture seat for " + driver));
    }

    /**
     * Grand-prix qualifying of a fixture race, by position: the {@link #seats} rotated by three places per round,
     * Q2 times for the top 15, Q3 times for the top 10, sectors and speed trap for everyone.
     */
    public static List<QualifyingResult> qualifying(RaceKey race) {
        List<Seat> order = rotate(seats(race), race.round() * 3);
        List<QualifyingResult> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            rows.add(qualifyingRow(race, order.get(i), i + 1));
        }
        return List.copyOf(rows);
    }

    /** Sprint qualifying (SQ1-SQ3 in q1-q3) of a fixture race, by position, in another order than qualifying. */
    public static List<QualifyingResult> sprintQualifying(RaceKey race) {
        List<Seat> order = rotate(seats(race), race.round() * 7 + 1);
        List<QualifyingResult> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            rows.add(qualifyingRow(race, order.get(i), i + 1));
        }
        return List.copyOf(rows);
    }

    /** One qualifying row with deterministic times: P1 is fastest, 35-45 ms per place. */
    public static QualifyingResult qualifyingRow(RaceKey race, Seat seat, int position) {
        int base = pace(race) - 6_000;
        int q1 = base + 300 + 45 * position;
        Integer q2 = position <= 15 ? base + 150 + 40 * position : null;
        Integer q3 = position <= 10 ? base + 35 * position : null;
        int best = q3 != null ? q3 : q2 != null ? q2 : q1;
        int s1 = best * 3 / 10;
        int s2 = best * 4 / 10;
        return new QualifyingResult(race, seat.driver(), seat.constructor(), seat.carNumber(), position, q1, q2, q3,
                s1, s2, best - s1 - s2, 320.0 - position * 0.5);
    }

    /**
     * Results of a fixture race, in classification order (kept as each row's {@code positionOrder}): 18 classified
     * (P1-P12 on the lead lap with a time, P13-P18 "+1 Lap"), then two retirements. The grid is each driver's (sprint) qualifying position; P3 sets
     * the fastest lap (plus one point in a grand prix).
     */
    public static List<RaceResult> results(RaceKey race, RaceType type) {
        boolean sprint = type == RaceType.SPRINT;
        List<Seat> order = rotate(seats(race), race.round() * 5 + (sprint ? 2 : 0));
        List<QualifyingResult> grid = sprint ? sprintQualifying(race) : qualifying(race);
        List<RaceResult> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Seat seat = order.get(i);
            int gridSlot = grid.stream().filter(q -> q.driver().equals(seat.driver())).findFirst()
                    .map(QualifyingResult::position).orElse(20);
            rows.add(result(race, type, seat, i < 18 ? i + 1 : null, gridSlot).withPositionOrder(i + 1));
        }
        return List.copyOf(rows);
    }

    /**
     * One result row. A classified {@code finishPosition} gets the points and status of that place; null makes a
     * retirement ("R", "Engine") after a number of laps that depends on the grid slot.
     */
    public static RaceResult result(RaceKey race, RaceType type, Seat seat, Integer finishPosition, int grid) {
        boolean sprint = type == RaceType.SPRINT;
        int raceLaps = sprint ? SPRINT_LAPS : GRAND_PRIX_LAPS;
        if (finishPosition == null) {
            return new RaceResult(race, type, seat.driver(), seat.constructor(), seat.carNumber(), null, "R", grid,
                    0.0, "Engine", null, 5 + grid % (raceLaps - 5), false);
        }
        int p = finishPosition;
        double points = sprint ? Math.max(0, 9 - p) : p <= 10 ? GP_POINTS[p - 1] : 0;
        boolean fastest = p == 3;
        if (fastest && !sprint) {
            points += 1;
        }
        boolean leadLap = p <= 12;
        Long time = leadLap ? (long) raceLaps * pace(race) + (p - 1) * 2_345L : null;
        return new RaceResult(race, type, seat.driver(), seat.constructor(), seat.carNumber(), p, String.valueOf(p),
                grid, points, leadLap ? "Finished" : "+1 Lap", time, leadLap ? raceLaps : raceLaps - 1, fastest);
    }

    /** {@code lapsPerDriver} laps of every car of the race, by driver then lap, with every timing field set. */
    public static List<LapTime> laps(RaceKey race, RaceType type, int lapsPerDriver) {
        List<LapTime> laps = new ArrayList<>();
        List<Seat> seats = seats(race);
        int pace = pace(race);
        for (int d = 0; d < seats.size(); d++) {
            for (int lap = 1; lap <= lapsPerDriver; lap++) {
                laps.add(lap(race, type, seats.get(d).driver(), lap, d + 1, lapsPerDriver, pace));
            }
        }
        laps.sort(Comparator.comparing(LapTime::driver).thenComparingInt(LapTime::lap));
        return List.copyOf(laps);
    }

    /**
     * One lap with every field set: a one-stop race of {@code raceLaps} laps, MEDIUM then HARD with the pit
     * stop at half distance, a safety car ("4") on lap 3, the driver running in {@code position} throughout.
     */
    public static LapTime lap(RaceKey race, RaceType type, DriverId driver, int lap, int position, int raceLaps) {
        return lap(race, type, driver, lap, position, raceLaps, pace(race));
    }

    private static LapTime lap(RaceKey race, RaceType type, DriverId driver, int lap, int position, int raceLaps,
                               int pace) {
        int half = Math.max(1, raceLaps / 2);
        int time = pace + position * 45 + (lap % 5) * 17 + (lap == 1 ? 3_500 : 0);
        int s1 = time * 3 / 10;
        int s2 = time * 4 / 10;
        boolean firstStint = lap <= half;
        return new LapTime(race, type, driver, lap, time, s1, s2, time - s1 - s2, 310.0 + position * 0.25,
                firstStint ? "MEDIUM" : "HARD", firstStint ? lap : lap - half, !firstStint || lap == 1,
                lap == half, lap == half + 1, firstStint ? 1 : 2, lap == 3 ? "4" : "1", position);
    }

    /** FP2 long runs of every car: one MEDIUM and one HARD run each, by driver then compound. */
    public static List<LongRun> longRuns(RaceKey race) {
        List<LongRun> runs = new ArrayList<>();
        List<Seat> seats = seats(race);
        for (int d = 0; d < seats.size(); d++) {
            DriverId driver = seats.get(d).driver();
            int best = pace(race) - 1_000 + d * 30;
            runs.add(new LongRun(race, driver, "HARD", pace(race) + 1_100 + d * 40, 11, best));
            runs.add(new LongRun(race, driver, "MEDIUM", pace(race) + 1_500 + d * 40, 8, best));
        }
        runs.sort(Comparator.comparing(LongRun::driver).thenComparing(LongRun::compound));
        return List.copyOf(runs);
    }

    /** Dry conditions with every measure set (two safety-car laps in a grand prix). */
    public static RaceConditions conditions(RaceKey race, RaceType type) {
        return type == RaceType.SPRINT
                ? new RaceConditions(race, type, WeatherLabel.DRY, 0.0, 24.5, 31.0, 48.5, 0, 0)
                : new RaceConditions(race, type, WeatherLabel.DRY, 0.0, 27.5, 35.25, 41.0, 2, 1);
    }

    /** Driver stats of the 20 line-up drivers after {@code throughRound} rounds, by driver. */
    public static List<DriverSeasonStats> driverStats(int season, int throughRound) {
        int n = throughRound;
        List<DriverSeasonStats> rows = new ArrayList<>();
        for (int d = 0; d < LINEUP_2024.size(); d++) {
            int wins = d == 0 ? n : 0;
            int dnf = d % 4 == 3 && n > 0 ? 1 : 0;
            rows.add(new DriverSeasonStats(season, LINEUP_2024.get(d).driver(), n, n, n - dnf, wins, d < 3 ? n : 0,
                    d == 0 ? n : 0, (20 - d) * n * 1.5, n == 0 ? null : d + 1, n == 0 ? null : d + 1.5,
                    (wins + 0.5) / (n + 2), n == 0 ? null : (d % 5) - 2.0, dnf, n == 0 ? 0.0 : dnf / (double) n,
                    30_100 + d * 12, 38_200 + d * 15, 25_300 + d * 9, 318.5 - d * 0.5,
                    d % 2 == 0 ? 0.004975 : -0.005, 0, 0, 0, 0.0, null, null));
        }
        rows.sort(Comparator.comparing(DriverSeasonStats::driver));
        return List.copyOf(rows);
    }

    /** Team stats of the ten teams after {@code throughRound} rounds, by team; the slowest car scores exactly 0. */
    public static List<TeamSeasonStats> teamStats(int season, int throughRound) {
        int n = throughRound;
        List<Constructor> teams = constructors();
        List<TeamSeasonStats> rows = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            int dnf = t % 3 == 2 && n > 0 ? 1 : 0;
            rows.add(new TeamSeasonStats(season, teams.get(t).id(), n, n, 2 * n, t == 0 ? n : 0, t < 2 ? n : 0,
                    (10 - t) * n * 4.0, n == 0 ? null : t + 1, n == 0 ? null : 2.5 + t * 1.75,
                    n == 0 ? null : (9 - t) / 9.0, dnf, n == 0 ? null : 1 - dnf / (2.0 * n), 0, 0, 0.0));
        }
        rows.sort(Comparator.comparing(TeamSeasonStats::team));
        return List.copyOf(rows);
    }

    /**
     * Feature rows of every car of the race, by driver: the 12 {@code weighted-v3} features for a grand prix or
     * the 8 {@code sprint-v2} features for a sprint (whatever {@code modelVersion} is called), with the raw
     * score as the weighted sum.
     */
    public static List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion) {
        Map<String, Double> weights = type == RaceType.SPRINT ? SPRINT_WEIGHTS : GP_WEIGHTS;
        List<Seat> seats = seats(race);
        List<FeatureRow> rows = new ArrayList<>();
        for (int d = 0; d < seats.size(); d++) {
            Map<String, Double> scores = new LinkedHashMap<>();
            double raw = 0;
            int k = 0;
            for (Map.Entry<String, Double> weight : weights.entrySet()) {
                double score = ((20 - d) * 37 + k++ * 11) % 100 / 100.0;
                scores.put(weight.getKey(), score);
                raw += weight.getValue() * score;
            }
            rows.add(new FeatureRow(race, type, modelVersion, seats.get(d).driver(), scores, raw));
        }
        rows.sort(Comparator.comparing(FeatureRow::driver));
        return List.copyOf(rows);
    }

    /**
     * A prediction over every car of the race: the k-th seat gets weight 21 - k, so the first seat of
     * {@link #seats} is the favourite with 20/210; each line explains itself with two contributions.
     */
    public static Prediction prediction(RaceKey race, RaceType type, String modelVersion, Instant computedAt) {
        List<Seat> seats = seats(race);
        List<DriverPrediction> lines = new ArrayList<>();
        for (int d = 0; d < seats.size(); d++) {
            double car = 0.2 * (20 - d) / 20.0;
            double grid = 0.07 * (d + 1) / 20.0;
            lines.add(new DriverPrediction(seats.get(d).driver(), (20 - d) / 210.0, d + 1, car + grid,
                    Map.of("car_performance", car, "circuit_adj_start_pos", grid)));
        }
        return new Prediction(race, type, modelVersion, computedAt, computedAt, lines);
    }

    private static List<Seat> rotate(List<Seat> seats, int by) {
        List<Seat> rotated = new ArrayList<>(seats);
        Collections.rotate(rotated, -(by % seats.size()));
        return rotated;
    }

    /** Race pace in ms per lap: the circuit's for fixture races, 95 s for any other key (e.g. a missing race). */
    private static int pace(RaceKey race) {
        boolean fixture = race.equals(BAHRAIN_2023) || race.season() == YEAR && race.round() <= MIAMI_2024.round();
        if (!fixture) {
            return 95_000;
        }
        return PACE.get(race(race).circuit()) - (race.season() - YEAR) * 700;
    }

    private static Map<String, Double> weights(Object... namesAndWeights) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < namesAndWeights.length; i += 2) {
            weights.put((String) namesAndWeights[i], (Double) namesAndWeights[i + 1]);
        }
        return Collections.unmodifiableMap(weights);
    }

    private static Driver driver(DriverId id, String code, int number, String given, String family, String born,
                                 String nationality) {
        return new Driver(id, code, number, given, family, LocalDate.parse(born), nationality);
    }

    private static Race race(RaceKey key, String name, CircuitId circuit, String day, EventFormat format) {
        LocalDate date = LocalDate.parse(day);
        Map<SessionType, Instant> starts = new EnumMap<>(SessionType.class);
        if (format.isSprint()) {
            starts.put(SessionType.FP1, at(date.minusDays(2), 3, 30));
            starts.put(SessionType.SPRINT_QUALIFYING, at(date.minusDays(2), 7, 30));
            starts.put(SessionType.SPRINT, at(date.minusDays(1), 3, 0));
            starts.put(SessionType.QUALIFYING, at(date.minusDays(1), 7, 0));
            starts.put(SessionType.RACE, at(date, 7, 0));
        } else {
            starts.put(SessionType.FP1, at(date.minusDays(2), 11, 30));
            starts.put(SessionType.FP2, at(date.minusDays(2), 15, 0));
            starts.put(SessionType.FP3, at(date.minusDays(1), 12, 30));
            starts.put(SessionType.QUALIFYING, at(date.minusDays(1), 16, 0));
            starts.put(SessionType.RACE, at(date, 15, 0));
        }
        return new Race(key, name, circuit, date, format, new LinkedHashMap<>(starts), RaceStatus.SCHEDULED);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }
}
