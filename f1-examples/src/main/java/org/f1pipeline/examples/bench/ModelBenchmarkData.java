package org.f1pipeline.examples.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.model.LongRunCalculator;
import org.f1pipeline.model.PracticeLap;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Stores;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SynthCircuit;
import org.f1pipeline.testkit.synthetic.SynthConstructor;
import org.f1pipeline.testkit.synthetic.SynthDriver;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.f1pipeline.testkit.synthetic.WeatherSample;

/**
 * Seasons of the synthetic history ({@link SyntheticHistory}, the world the fake F1 servers serve) written straight
 * into a storage as domain records, with what each era's sources provide: schedule, entries, qualifying (from
 * 1994), sprint qualifying and sprints, results for every season; grand-prix lap times from 1996 (Jolpica); from
 * 2018 full lap detail (sectors, speed trap, tyres, pit flags, track status), qualifying best sectors and speed
 * trap, and conditions with safety-car laps (live timing); from 2023 FP2 long runs (OpenF1). Every race is
 * completed. Deterministic. Used by {@link ModelBenchmark} and by the cross-storage end-to-end test.
 */
public final class ModelBenchmarkData {

    private static final int JOLPICA_LAPS_FROM = 1996;
    private static final int LIVE_TIMING_FROM = 2018;
    private static final int OPENF1_FROM = 2023;

    private final SyntheticHistory history = new SyntheticHistory();

    /** Rows written by {@link #load}, by kind. */
    public record Counts(int races, int qualifying, int results, int laps, int longRuns) {
    }

    /** Writes seasons {@code from..to}, one transaction per season, and returns what was written. */
    public Counts load(Storage storage, int from, int to) {
        int[] n = new int[5];
        for (int year = from; year <= to; year++) {
            SyntheticSeason season = history.season(year);
            storage.useTransaction(tx -> write(tx, season, n));
        }
        return new Counts(n[0], n[1], n[2], n[3], n[4]);
    }

    private void write(Stores tx, SyntheticSeason s, int[] n) {
        int year = s.year();
        tx.catalog().upsertSeasons(List.of(new Season(year, "https://en.wikipedia.org/wiki/" + year
                + "_Formula_One_World_Championship")));
        tx.catalog().upsertCircuits(s.circuits().stream().map(ModelBenchmarkData::circuit).toList());
        tx.catalog().upsertConstructors(s.constructors().stream().map(ModelBenchmarkData::constructor).toList());
        tx.catalog().upsertDrivers(s.drivers().stream().map(ModelBenchmarkData::driver).toList());
        List<Race> races = new ArrayList<>();
        List<QualifyingResult> qualifying = new ArrayList<>();
        List<QualifyingResult> sprintQualifying = new ArrayList<>();
        List<RaceResult> results = new ArrayList<>();
        List<LapTime> laps = new ArrayList<>();
        List<LongRun> longRuns = new ArrayList<>();
        List<RaceConditions> conditions = new ArrayList<>();
        for (SyntheticRound r : s.rounds()) {
            RaceKey key = RaceKey.of(year, r.round());
            races.add(race(key, r));
            Map<String, int[]> sectors = year >= LIVE_TIMING_FROM && !r.qualifying().isEmpty()
                    ? bestSectors(s.sessionData(r.round(), SessionType.QUALIFYING)) : Map.of();
            r.qualifying().forEach(q -> qualifying.add(qualifying(key, q, sectors.get(q.entry().driverId()))));
            r.sprintQualifying().forEach(q -> sprintQualifying.add(qualifying(key, q, null)));
            r.sprintResults().forEach(x -> results.add(result(key, RaceType.SPRINT, x)));
            r.results().forEach(x -> results.add(result(key, RaceType.GRAND_PRIX, x)));
            if (year >= JOLPICA_LAPS_FROM) {
                SessionData race = s.sessionData(r.round(), SessionType.RACE);
                race.laps().forEach(l -> laps.add(lap(key, l, year >= LIVE_TIMING_FROM)));
                if (year >= LIVE_TIMING_FROM) {
                    conditions.add(conditions(key, race, s.wet(r, SessionType.RACE)));
                }
            }
            if (year >= OPENF1_FROM && r.session(SessionType.FP2) != null) {
                List<PracticeLap> fp2 = new ArrayList<>();
                s.sessionData(r.round(), SessionType.FP2).laps().forEach(l -> fp2.add(new PracticeLap(
                        DriverId.of(l.driverId()), l.lap(), (int) l.lapMs(), l.compound(), l.stint())));
                longRuns.addAll(LongRunCalculator.compute(key, fp2));
            }
        }
        tx.races().upsertRaces(races);
        tx.results().upsertQualifying(qualifying);
        tx.results().upsertSprintQualifying(sprintQualifying);
        tx.results().upsertRaceResults(results);
        tx.laps().upsertLaps(laps);
        tx.laps().upsertLongRuns(longRuns);
        tx.races().upsertConditions(conditions);
        n[0] += races.size();
        n[1] += qualifying.size() + sprintQualifying.size();
        n[2] += results.size();
        n[3] += laps.size();
        n[4] += longRuns.size();
    }

    private static Circuit circuit(SynthCircuit c) {
        return new Circuit(CircuitId.of(c.circuitId()), c.circuitName(), c.locality(), c.country(),
                Double.parseDouble(c.lat()), Double.parseDouble(c.lng()), null, null);
    }

    private static Constructor constructor(SynthConstructor c) {
        return new Constructor(ConstructorId.of(c.constructorId()), c.name(), c.nationality());
    }

    private static Driver driver(SynthDriver d) {
        String code = d.code() != null && d.code().matches("[A-Z0-9]{3}") ? d.code() : null;
        return new Driver(DriverId.of(d.driverId()), code, d.permanentNumber(), d.givenName(), d.familyName(),
                LocalDate.parse(d.dateOfBirth()), d.nationality());
    }

    private static Race race(RaceKey key, SyntheticRound r) {
        Map<SessionType, java.time.Instant> starts = new EnumMap<>(SessionType.class);
        r.sessions().forEach(session -> starts.put(session.type(), session.start()));
        LocalDate date = r.raceStart().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Race(key, r.raceName(), CircuitId.of(r.circuit().circuitId()), date, r.format(), starts,
                RaceStatus.COMPLETED);
    }

    /** Best S1, S2, S3 and top speed trap per driver over the session's timed laps (no out- or in-laps). */
    private static Map<String, int[]> bestSectors(SessionData session) {
        Map<String, int[]> best = new HashMap<>();
        for (LapRow l : session.laps()) {
            if (l.pitOut() || l.pitIn()) {
                continue;
            }
            int[] b = best.computeIfAbsent(l.driverId(), d -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE,
                    Integer.MAX_VALUE, 0});
            b[0] = Math.min(b[0], (int) l.s1());
            b[1] = Math.min(b[1], (int) l.s2());
            b[2] = Math.min(b[2], (int) l.s3());
            b[3] = Math.max(b[3], l.st());
        }
        return best;
    }

    private static QualifyingResult qualifying(RaceKey key, QualifyingRow q, int[] sectors) {
        Entry e = q.entry();
        return new QualifyingResult(key, DriverId.of(e.driverId()), ConstructorId.of(e.constructorId()), e.number(),
                q.position(), time(q.q1()), time(q.q2()), time(q.q3()), sectors == null ? null : sectors[0],
                sectors == null ? null : sectors[1], sectors == null ? null : sectors[2],
                sectors == null ? null : (double) sectors[3]);
    }

    private static Integer time(Long ms) {
        return ms == null || ms <= 0 ? null : Math.toIntExact(ms);
    }

    private static RaceResult result(RaceKey key, RaceType type, ResultRow x) {
        Entry e = x.entry();
        return new RaceResult(key, type, DriverId.of(e.driverId()), ConstructorId.of(e.constructorId()), e.number(),
                x.classified() ? x.position() : null, x.positionText(), x.grid(), x.points(), x.status(), x.millis(),
                x.laps(), Integer.valueOf(1).equals(x.fastestLapRank()));
    }

    /** A race lap: Jolpica's time and position only before live timing, every field after. */
    private static LapTime lap(RaceKey key, LapRow l, boolean detailed) {
        DriverId driver = DriverId.of(l.driverId());
        int ms = (int) l.lapMs();
        if (!detailed) {
            return new LapTime(key, RaceType.GRAND_PRIX, driver, l.lap(), ms, null, null, null, null, null, null, null,
                    false, false, null, null, l.position());
        }
        return new LapTime(key, RaceType.GRAND_PRIX, driver, l.lap(), ms, (int) l.s1(), (int) l.s2(), (int) l.s3(),
                (double) l.st(), l.compound(), l.tyreAge(), null, l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(),
                l.position());
    }

    private static RaceConditions conditions(RaceKey key, SessionData race, boolean wet) {
        List<WeatherSample> samples = race.weather();
        double rain = share(samples, WeatherSample::rainfall);
        return new RaceConditions(key, RaceType.GRAND_PRIX, wet ? WeatherLabel.WET : WeatherLabel.DRY, rain,
                samples.stream().mapToDouble(WeatherSample::airTemp).average().orElse(20),
                samples.stream().mapToDouble(WeatherSample::trackTemp).average().orElse(30),
                samples.stream().mapToDouble(WeatherSample::humidity).average().orElse(50),
                lapsWith(race.laps(), "4"), lapsWith(race.laps(), "6"));
    }

    private static double share(List<WeatherSample> samples, Predicate<WeatherSample> test) {
        return samples.isEmpty() ? 0 : samples.stream().filter(test).count() / (double) samples.size();
    }

    /** Number of distinct laps during which the track status showed {@code code} (4 = SC, 6 = VSC). */
    private static int lapsWith(List<LapRow> laps, String code) {
        TreeSet<Integer> seen = new TreeSet<>();
        laps.stream().filter(l -> l.trackStatus() != null && l.trackStatus().contains(code))
                .forEach(l -> seen.add(l.lap()));
        return seen.size();
    }
}
