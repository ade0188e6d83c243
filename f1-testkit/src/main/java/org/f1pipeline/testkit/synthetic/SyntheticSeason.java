package org.f1pipeline.testkit.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.f1pipeline.domain.SessionType;

/**
 * One season of the synthetic history: calendar, entries and classifications, plus laps and other session
 * detail built on demand via {@link #sessionData(int, SessionType)}.
 */
public final class SyntheticSeason {
    private final int year;
    private final List<SyntheticRound> rounds;
    private final List<String> teamOrder;
    private final SyntheticHistory history;

    SyntheticSeason(int year, List<SyntheticRound> rounds, List<String> teamOrder, SyntheticHistory history) {
        this.year = year;
        this.rounds = List.copyOf(rounds);
        this.teamOrder = List.copyOf(teamOrder);
        this.history = history;
    }

    /** The season. */
    public int year() {
        return year;
    }

    /** All rounds in order. */
    public List<SyntheticRound> rounds() {
        return rounds;
    }

    /** A round by number (1-based). */
    public SyntheticRound round(int round) {
        if (round < 1 || round > rounds.size()) {
            throw new IllegalArgumentException("season " + year + " has rounds 1.." + rounds.size() + ", not " + round);
        }
        return rounds.get(round - 1);
    }

    /** Rounds whose grand prix has finished as of {@code now}. */
    public List<SyntheticRound> completedRounds(Instant now) {
        return rounds.stream().filter(r -> r.isCompleteAsOf(now)).toList();
    }

    /** Every driver with at least one entry, in order of first appearance. */
    public List<SynthDriver> drivers() {
        Map<String, SynthDriver> out = new LinkedHashMap<>();
        rounds.forEach(r -> r.entries().forEach(e -> out.putIfAbsent(e.driverId(), e.driver())));
        return List.copyOf(out.values());
    }

    /** Every team of the season. */
    public List<SynthConstructor> constructors() {
        Map<String, SynthConstructor> out = new LinkedHashMap<>();
        rounds.forEach(r -> r.entries().forEach(e -> out.putIfAbsent(e.constructorId(), e.constructor())));
        return List.copyOf(out.values());
    }

    /** Every circuit of the season (a circuit used twice appears once). */
    public List<SynthCircuit> circuits() {
        Map<String, SynthCircuit> out = new LinkedHashMap<>();
        rounds.forEach(r -> out.putIfAbsent(r.circuit().circuitId(), r.circuit()));
        return List.copyOf(out.values());
    }

    /** Laps, stints, pit stops, weather and race control of one session (built on demand, cached briefly). */
    public SessionData sessionData(int round, SessionType type) {
        SyntheticRound r = round(round);
        SyntheticSession s = r.session(type);
        if (s == null) {
            throw new IllegalArgumentException(r + " has no " + type + " session");
        }
        return history.cachedSession(year + "/" + round + "/" + type, () -> buildSession(r, s));
    }

    private SessionData buildSession(SyntheticRound r, SyntheticSession s) {
        boolean wet = wet(r, s.type());
        if (s.raceLike()) {
            List<ResultRow> rows = s.type() == SessionType.RACE ? r.results : r.sprintResults;
            List<Entry> grid = rows.stream().sorted(Comparator.comparingInt(ResultRow::grid))
                    .map(ResultRow::entry).toList();
            RaceSim.Outcome o = simulateRace(r, s.type(), grid);
            return new SessionData(r, s, o.laps(), o.stints(), o.pitStops(), WeatherGen.samples(r, s, wet),
                    o.raceControl(), o.trackStatus());
        }
        TimedSim.Outcome o = TimedSim.run(r, s, r.entries(), pace(r), wet);
        return new SessionData(r, s, o.laps(), o.stints(), List.of(), WeatherGen.samples(r, s, wet),
                o.raceControl(), List.of(new TrackStatusChange(0, "1", "AllClear")));
    }

    /** True when the session was run in the wet (inters/wets, rainfall in the weather feeds). */
    public boolean wet(SyntheticRound r, SessionType type) {
        return Rng.of("wet", year, r.round(), type).chance(0.12);
    }

    /** Practice classification by best lap (position order), for OpenF1 {@code session_result}. */
    public List<QualifyingRow> practiceClassification(int round, SessionType type) {
        SyntheticRound r = round(round);
        return TimedSim.run(r, r.session(type), r.entries(), pace(r), wet(r, type)).classification();
    }

    /** Drivers' championship after a round (0 = before the season), sorted by points then wins. */
    public List<Standing> driverStandings(int afterRound) {
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, List<SynthConstructor>> teams = new LinkedHashMap<>();
        Map<String, SynthDriver> drivers = new LinkedHashMap<>();
        for (SyntheticRound r : rounds.subList(0, Math.min(afterRound, rounds.size()))) {
            for (List<ResultRow> rows : List.of(r.sprintResults, r.results)) {
                for (ResultRow row : rows) {
                    String id = row.entry().driverId();
                    drivers.putIfAbsent(id, row.entry().driver());
                    List<SynthConstructor> list = teams.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!list.contains(row.entry().constructor())) {
                        list.add(row.entry().constructor());
                    }
                    int[] t = totals.computeIfAbsent(id, k -> new int[2]);
                    t[0] += row.points();
                    t[1] += rows == r.results && row.position() == 1 ? 1 : 0;
                }
            }
        }
        List<String> ids = new ArrayList<>(totals.keySet());
        ids.sort(Comparator.comparingInt((String id) -> -totals.get(id)[0]).thenComparingInt(id -> -totals.get(id)[1])
                .thenComparing(id -> drivers.get(id).familyName()));
        List<Standing> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            out.add(new Standing(i + 1, totals.get(id)[0], totals.get(id)[1], drivers.get(id), List.copyOf(teams.get(id))));
        }
        return out;
    }

    /** Constructors' championship after a round (empty before 1958, when it did not exist). */
    public List<Standing> constructorStandings(int afterRound) {
        if (year < 1958) {
            return List.of();
        }
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, SynthConstructor> teams = new LinkedHashMap<>();
        for (SyntheticRound r : rounds.subList(0, Math.min(afterRound, rounds.size()))) {
            for (List<ResultRow> rows : List.of(r.sprintResults, r.results)) {
                for (ResultRow row : rows) {
                    String id = row.entry().constructorId();
                    teams.putIfAbsent(id, row.entry().constructor());
                    int[] t = totals.computeIfAbsent(id, k -> new int[2]);
                    t[0] += row.points();
                    t[1] += rows == r.results && row.position() == 1 ? 1 : 0;
                }
            }
        }
        List<String> ids = new ArrayList<>(totals.keySet());
        ids.sort(Comparator.comparingInt((String id) -> -totals.get(id)[0]).thenComparingInt(id -> -totals.get(id)[1])
                .thenComparing(id -> id));
        List<Standing> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            out.add(new Standing(i + 1, totals.get(id)[0], totals.get(id)[1], null, List.of(teams.get(id))));
        }
        return out;
    }

    ToDoubleFunction<Entry> pace(SyntheticRound r) {
        double base = r.circuit().baseLapMs() * Eras.paceFactor(year);
        return e -> {
            int team = Math.max(0, teamOrder.indexOf(e.constructorId()));
            return base + team * 160 + Rng.of("teamform", year, e.constructorId()).nextDouble() * 300
                    + Rng.of("skill", e.driverId()).nextDouble() * 450
                    + Rng.of("form", year, r.round(), e.driverId()).gaussian() * 120;
        };
    }

    RaceSim.Outcome simulateRace(SyntheticRound r, SessionType type, List<Entry> grid) {
        return RaceSim.run(r, r.session(type), grid, pace(r), wet(r, type));
    }
}
