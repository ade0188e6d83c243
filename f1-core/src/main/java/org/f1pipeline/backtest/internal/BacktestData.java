package org.f1pipeline.backtest.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
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
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;
import org.f1pipeline.storage.Stores;

/**
 * The reads of a backtest, in one transaction: the whole history up to the last season (races, circuits,
 * qualifying, sprint qualifying, results, conditions: one range read each), driver names, and, only when a model
 * to compute reads them, the laps of the scored seasons (one read per season, as the season is reached, so at most
 * one season of laps is in memory) plus those of the earlier races the circuit histories reach, and the FP2 long
 * runs of the span. Weekends are assembled one season at a time. Not thread-safe.
 */
final class BacktestData {

    private final Stores tx;
    private final int from;
    private final boolean laps;
    private final boolean longRuns;
    private final Map<CircuitId, Circuit> circuits = new HashMap<>();
    private final TreeMap<Integer, List<Race>> races;
    private final Map<Integer, List<QualifyingResult>> qualifying;
    private final Map<Integer, List<QualifyingResult>> sprintQualifying;
    private final Map<Integer, List<RaceResult>> results;
    private final Map<Integer, List<RaceConditions>> conditions;
    private final Map<Integer, List<LapTime>> historyLaps;
    private final Map<Integer, List<LongRun>> spanLongRuns;
    private final Map<DriverId, String> names = new HashMap<>();

    BacktestData(Stores tx, int from, int to, boolean laps, boolean longRuns) {
        this.tx = tx;
        this.from = from;
        this.laps = laps;
        this.longRuns = longRuns;
        int first = RaceKey.FIRST_SEASON;
        List<Race> all = tx.races().races(first, to);
        this.races = new TreeMap<>(bySeason(all, Race::key));
        tx.catalog().circuits().forEach(c -> circuits.put(c.id(), c));
        this.qualifying = bySeason(tx.results().qualifying(first, to), QualifyingResult::race);
        this.sprintQualifying = bySeason(tx.results().sprintQualifying(first, to), QualifyingResult::race);
        List<RaceResult> both = new ArrayList<>(tx.results().raceResults(first, to, RaceType.GRAND_PRIX));
        both.addAll(tx.results().raceResults(first, to, RaceType.SPRINT));
        this.results = bySeason(both, RaceResult::race);
        this.conditions = bySeason(tx.races().conditions(first, to), RaceConditions::race);
        this.historyLaps = laps ? bySeason(tx.laps().laps(reachedBack(all, from), RaceType.GRAND_PRIX),
                LapTime::race) : Map.of();
        List<RaceKey> span = all.stream().map(Race::key).filter(k -> k.season() >= from).toList();
        this.spanLongRuns = longRuns ? bySeason(tx.laps().longRuns(span), LongRun::race) : Map.of();
        for (Driver d : tx.catalog().drivers()) {
            names.put(d.id(), d.fullName());
        }
    }

    /** Every season with races, in order. */
    Collection<Integer> seasons() {
        return races.keySet();
    }

    /** A driver's display name (the id when unknown). */
    String name(DriverId id) {
        return names.getOrDefault(id, id.value());
    }

    /** The race's name. */
    String raceName(RaceKey key) {
        return races.getOrDefault(key.season(), List.of()).stream().filter(r -> r.key().equals(key))
                .map(Race::name).findFirst().orElse(key.toString());
    }

    /** The season's weekends, with laps and long runs when a computed model needs them. */
    List<Weekend> weekends(int season) {
        List<Race> seasonRaces = races.getOrDefault(season, List.of());
        Weekends.Assembler in = Weekends.assembler().races(seasonRaces).circuits(circuits.values())
                .qualifying(qualifying.getOrDefault(season, List.of()))
                .sprintQualifying(sprintQualifying.getOrDefault(season, List.of()))
                .results(results.getOrDefault(season, List.of()))
                .conditions(conditions.getOrDefault(season, List.of()));
        if (laps) {
            in.laps(season >= from ? tx.laps().laps(seasonRaces.stream().map(Race::key).toList(),
                    RaceType.GRAND_PRIX) : historyLaps.getOrDefault(season, List.of()));
        }
        if (longRuns) {
            in.longRuns(spanLongRuns.getOrDefault(season, List.of()));
        }
        return in.build();
    }

    /**
     * The completed races before {@code from} whose laps the circuit histories of the span read: the last
     * {@value Weekends#CIRCUIT_HISTORY_RACES} at each circuit raced in the span.
     */
    static List<RaceKey> reachedBack(List<Race> all, int from) {
        Set<CircuitId> inSpan = new HashSet<>();
        all.stream().filter(r -> r.key().season() >= from).forEach(r -> inSpan.add(r.circuit()));
        Map<CircuitId, Deque<RaceKey>> last = new HashMap<>();
        all.stream().filter(r -> r.key().season() < from && r.status() == RaceStatus.COMPLETED
                && inSpan.contains(r.circuit())).sorted((a, b) -> a.key().compareTo(b.key())).forEach(r -> {
                    Deque<RaceKey> q = last.computeIfAbsent(r.circuit(), k -> new ArrayDeque<>());
                    q.addLast(r.key());
                    if (q.size() > Weekends.CIRCUIT_HISTORY_RACES) {
                        q.removeFirst();
                    }
                });
        List<RaceKey> out = new ArrayList<>();
        last.values().forEach(out::addAll);
        out.sort(null);
        return out;
    }

    private static <T> Map<Integer, List<T>> bySeason(Collection<T> rows, Function<T, RaceKey> key) {
        Map<Integer, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row).season(), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
