package org.f1pipeline.examples.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.SynthDriver;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;

/**
 * The lap-load benchmark's data: the grand-prix laps of the synthetic history's seasons 1996-2025 (the real-scale
 * lap record: Jolpica publishes laps from 1996), time and position only before 2018 and every live-timing field
 * from 2018, plus the seasons, circuits, teams, drivers and races they refer to. Built once, deterministic.
 * Two variants of the laps for re-upserts: 1 % of the rows changed as whole races (what a corrected race looks
 * like), and 1 % of the rows changed spread over every race (the worst case for skipping unchanged races).
 */
final class LapLoadBenchmarkData {

    static final int FIRST_SEASON = 1996;
    static final int LAST_SEASON = 2025;
    private static final int LIVE_TIMING_FROM = 2018;

    private final List<Season> seasons = new ArrayList<>();
    private final Map<String, Circuit> circuits = new LinkedHashMap<>();
    private final Map<String, Constructor> constructors = new LinkedHashMap<>();
    private final Map<String, Driver> drivers = new LinkedHashMap<>();
    private final List<Race> races = new ArrayList<>();
    private final List<LapTime> laps = new ArrayList<>(700_000);
    private final List<LapTime> changedRaces;
    private final List<LapTime> changedSpread;
    private final int racesChanged;

    LapLoadBenchmarkData() {
        SyntheticHistory history = new SyntheticHistory();
        for (int year = FIRST_SEASON; year <= LAST_SEASON; year++) {
            SyntheticSeason s = history.season(year);
            seasons.add(Season.of(year));
            s.circuits().forEach(c -> circuits.putIfAbsent(c.circuitId(), new Circuit(CircuitId.of(c.circuitId()),
                    c.circuitName(), c.locality(), c.country(), Double.parseDouble(c.lat()),
                    Double.parseDouble(c.lng()), null, null)));
            s.constructors().forEach(c -> constructors.putIfAbsent(c.constructorId(), new Constructor(
                    ConstructorId.of(c.constructorId()), c.name(), c.nationality())));
            s.drivers().forEach(d -> drivers.putIfAbsent(d.driverId(), driver(d)));
            for (SyntheticRound r : s.rounds()) {
                RaceKey key = RaceKey.of(year, r.round());
                races.add(race(key, r));
                boolean detailed = year >= LIVE_TIMING_FROM;
                s.sessionData(r.round(), SessionType.RACE).laps().forEach(l -> laps.add(lap(key, l, detailed)));
            }
        }
        // Every 100th race changed whole (about 1 % of the rows), and every 100th lap changed anywhere.
        List<LapTime> byRace = new ArrayList<>(laps.size());
        List<LapTime> spread = new ArrayList<>(laps.size());
        RaceKey previous = null;
        int raceIndex = -1;
        for (int i = 0; i < laps.size(); i++) {
            LapTime lap = laps.get(i);
            if (!lap.race().equals(previous)) {
                previous = lap.race();
                raceIndex++;
            }
            byRace.add(raceIndex % 100 == 50 ? slower(lap) : lap);
            spread.add(i % 100 == 37 ? slower(lap) : lap);
        }
        this.racesChanged = (raceIndex + 50) / 100;
        this.changedRaces = byRace;
        this.changedSpread = spread;
    }

    private static LapTime slower(LapTime l) {
        return new LapTime(l.race(), l.type(), l.driver(), l.lap(), l.lapTimeMs() == null ? 100_000
                : l.lapTimeMs() + 1, l.sector1Ms(), l.sector2Ms(), l.sector3Ms(), l.speedTrapKph(), l.compound(),
                l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(), l.position());
    }

    private static Driver driver(SynthDriver d) {
        String code = d.code() != null && d.code().matches("[A-Z0-9]{3}") ? d.code() : null;
        return new Driver(DriverId.of(d.driverId()), code, d.permanentNumber(), d.givenName(), d.familyName(),
                LocalDate.parse(d.dateOfBirth()), d.nationality());
    }

    private static Race race(RaceKey key, SyntheticRound r) {
        Map<SessionType, Instant> starts = new EnumMap<>(SessionType.class);
        r.sessions().forEach(session -> starts.put(session.type(), session.start()));
        return new Race(key, r.raceName(), CircuitId.of(r.circuit().circuitId()),
                r.raceStart().atOffset(ZoneOffset.UTC).toLocalDate(), r.format(), starts, RaceStatus.COMPLETED);
    }

    /** A race lap: Jolpica's time and position only before live timing, every field after. */
    private static LapTime lap(RaceKey key, LapRow l, boolean detailed) {
        DriverId driver = DriverId.of(l.driverId());
        int ms = (int) l.lapMs();
        if (!detailed) {
            return LapTime.basic(key, RaceType.GRAND_PRIX, driver, l.lap(), ms, l.position());
        }
        return new LapTime(key, RaceType.GRAND_PRIX, driver, l.lap(), ms, (int) l.s1(), (int) l.s2(), (int) l.s3(),
                (double) l.st(), l.compound(), l.tyreAge(), null, l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(),
                l.position());
    }

    /** Writes everything but the laps (the untimed set-up of each run). */
    void seed(Transaction tx) {
        tx.catalog().upsertSeasons(seasons);
        tx.catalog().upsertCircuits(List.copyOf(circuits.values()));
        tx.catalog().upsertConstructors(List.copyOf(constructors.values()));
        tx.catalog().upsertDrivers(List.copyOf(drivers.values()));
        tx.races().upsertRaces(races);
    }

    List<LapTime> laps() {
        return laps;
    }

    /** {@link #laps()} with every lap of every 100th race 1 ms slower. */
    List<LapTime> changedRaces() {
        return changedRaces;
    }

    /** {@link #laps()} with every 100th lap 1 ms slower: every race has a changed lap. */
    List<LapTime> changedSpread() {
        return changedSpread;
    }

    int racesChanged() {
        return racesChanged;
    }

    List<RaceKey> raceKeys() {
        return races.stream().map(Race::key).toList();
    }

    int raceCount() {
        return races.size();
    }
}
