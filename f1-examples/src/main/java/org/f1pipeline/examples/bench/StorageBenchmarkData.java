package org.f1pipeline.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.storage.Transaction;

/**
 * The benchmark's data set, built once up front and deterministic (fixed seed): 25 seasons of 24 rounds with 20
 * drivers each (12,000 grand-prix results) and 200,000 laps (200 modern races x 20 drivers x 50 laps) whose
 * nullable fields are filled the way live timing fills them: sectors missing on some laps, speed trap on most,
 * tyre data, pit flags, track status.
 */
final class StorageBenchmarkData {

    static final int FIRST_SEASON = 2000;
    static final int SEASONS = 25;
    static final int ROUNDS = 24;
    static final int CARS = 20;
    static final int LAP_RACES = 200;
    static final int LAPS_PER_DRIVER = 50;

    private static final String[] COMPOUNDS = {"SOFT", "MEDIUM", "HARD"};

    private final List<Season> seasons = new ArrayList<>();
    private final List<Circuit> circuits = new ArrayList<>();
    private final List<Constructor> constructors = new ArrayList<>();
    private final List<Driver> drivers = new ArrayList<>();
    private final List<Race> races = new ArrayList<>();
    private final List<RaceResult> results = new ArrayList<>();
    private final List<LapTime> laps = new ArrayList<>(LAP_RACES * CARS * LAPS_PER_DRIVER);
    private final List<LapTime> changedLaps = new ArrayList<>(LAP_RACES * CARS * LAPS_PER_DRIVER);

    StorageBenchmarkData() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < ROUNDS; i++) {
            circuits.add(new Circuit(CircuitId.of(String.format("circuit_%02d", i)), "Circuit " + i, "Town " + i,
                    "Country " + i, 10.0 + i, 20.0 + i, i % 3 == 0 ? 0.4 : null, null));
        }
        for (int i = 0; i < CARS / 2; i++) {
            constructors.add(new Constructor(ConstructorId.of("team_" + (char) ('a' + i)), "Team " + i, "British"));
        }
        for (int i = 0; i < 2 * CARS; i++) {
            drivers.add(new Driver(DriverId.of(String.format("driver_%02d", i)), String.format("D%02d", i), i + 1,
                    "Given" + i, "Family" + i, LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28), "British"));
        }
        for (int s = 0; s < SEASONS; s++) {
            int season = FIRST_SEASON + s;
            seasons.add(Season.of(season));
            for (int round = 1; round <= ROUNDS; round++) {
                RaceKey key = RaceKey.of(season, round);
                races.add(new Race(key, "Grand Prix " + round, circuits.get(round - 1).id(),
                        LocalDate.of(season, 3, 1).plusWeeks(round - 1), EventFormat.CONVENTIONAL, Map.of(),
                        RaceStatus.COMPLETED));
                addResults(key, s, random);
            }
        }
        // Laps of the most recent 200 races, the era with full live-timing detail.
        List<Race> lapRaces = races.subList(races.size() - LAP_RACES, races.size());
        for (Race race : lapRaces) {
            addLaps(race.key(), random);
        }
    }

    private void addResults(RaceKey key, int seasonIndex, SplittableRandom random) {
        for (int car = 0; car < CARS; car++) {
            boolean classified = random.nextInt(10) != 0;
            Integer position = classified ? car + 1 : null;
            results.add(new RaceResult(key, RaceType.GRAND_PRIX, driver(seasonIndex, car),
                    constructors.get(car / 2).id(), car + 1, position, classified ? String.valueOf(car + 1) : "R",
                    1 + random.nextInt(CARS), classified && car < 10 ? 25 - 2 * car : 0,
                    classified ? "Finished" : "Engine", classified ? 5_400_000L + car * 1_500L : null,
                    classified ? 57 : random.nextInt(57), car == 3));
        }
    }

    private void addLaps(RaceKey key, SplittableRandom random) {
        for (int car = 0; car < CARS; car++) {
            DriverId driver = driver(key.season() - FIRST_SEASON, car);
            int stint = 1;
            int tyreLife = 3;
            for (int lap = 1; lap <= LAPS_PER_DRIVER; lap++) {
                boolean pitIn = lap % 18 == 0;
                boolean pitOut = lap > 1 && (lap - 1) % 18 == 0;
                if (pitOut) {
                    stint++;
                    tyreLife = 0;
                }
                tyreLife++;
                int lapMs = 90_000 + random.nextInt(3_000) + (pitIn || pitOut ? 20_000 : 0);
                boolean sectors = !pitOut && random.nextInt(25) != 0;
                Integer s1 = sectors ? lapMs / 3 : null;
                Double speed = random.nextInt(10) == 0 ? null : 300.0 + random.nextInt(300) / 10.0;
                String status = random.nextInt(20) == 0 ? "4" : "1";
                laps.add(lap(key, driver, lap, lapMs, s1, speed, stint, tyreLife, pitIn, pitOut, status, car + 1));
                changedLaps.add(lap(key, driver, lap, lapMs + 1, s1, speed, stint, tyreLife, pitIn, pitOut, status,
                        car + 1));
            }
        }
    }

    private static LapTime lap(RaceKey key, DriverId driver, int lap, int lapMs, Integer s1, Double speed, int stint,
                               int tyreLife, boolean pitIn, boolean pitOut, String status, int position) {
        return new LapTime(key, RaceType.GRAND_PRIX, driver, lap, lapMs, s1, s1 == null ? null : s1 + 500,
                s1 == null ? null : lapMs - 2 * s1 - 500, speed, COMPOUNDS[(stint - 1) % 3], tyreLife,
                stint == 1 ? Boolean.FALSE : pitOut ? Boolean.TRUE : null, pitIn, pitOut, stint, status, position);
    }

    /** A season's 20 drivers are a sliding window over the pool of 40, so careers span seasons. */
    private DriverId driver(int seasonIndex, int car) {
        return drivers.get((seasonIndex + car) % drivers.size()).id();
    }

    /** Writes everything but the laps (the untimed set-up of each run). */
    void seed(Transaction tx) {
        tx.catalog().upsertSeasons(seasons);
        tx.catalog().upsertCircuits(circuits);
        tx.catalog().upsertConstructors(constructors);
        tx.catalog().upsertDrivers(drivers);
        tx.races().upsertRaces(races);
        tx.results().upsertRaceResults(results);
    }

    List<LapTime> laps() {
        return laps;
    }

    /** The keys of {@link #laps()} with every lap time 1 ms slower: each row conflicts and changes. */
    List<LapTime> changedLaps() {
        return changedLaps;
    }

    List<RaceKey> lapRaces() {
        return races.subList(races.size() - LAP_RACES, races.size()).stream().map(Race::key).toList();
    }

    int resultCount() {
        return results.size();
    }
}
