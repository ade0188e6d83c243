package org.f1pipeline.recompute;

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
import java.util.TreeSet;
import java.util.function.Function;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.internal.compute.ModelReads;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;
import org.f1pipeline.storage.Stores;

/**
 * The range reads of a recompute, made once for the whole history up to the last season and grouped by season:
 * races, circuits, qualifying, sprint qualifying, grand-prix and sprint results, conditions (one call each), the
 * FP2 long runs of the computed span (one call), and the grand-prix lap summaries (one call) of every race of the
 * span and of the races before it that its circuit histories reach back to. The summaries are what the model reads
 * of the laps (about 11,000 rows for 2000-2025, where the laps are about 600,000), so everything is read up front.
 * Not thread-safe.
 */
final class SeasonRows {

    private final List<Circuit> circuits;
    private final TreeMap<Integer, List<Race>> races;
    private final Map<Integer, List<QualifyingResult>> qualifying;
    private final Map<Integer, List<QualifyingResult>> sprintQualifying;
    private final Map<Integer, List<RaceResult>> results;
    private final Map<Integer, List<RaceConditions>> conditions;
    private final Map<Integer, List<LongRun>> longRuns;
    private final Map<Integer, List<LapSummary>> lapSummaries;

    /**
     * Reads seasons {@code first..last} of {@code all} (the races from {@link ModelReads#HISTORY_FROM} to the end
     * of the computed span), whose span starts at {@code from}.
     */
    private SeasonRows(Stores tx, List<Race> all, List<Circuit> circuits, int first, int last, int from) {
        List<Race> races = all.stream().filter(r -> r.key().season() >= first && r.key().season() <= last).toList();
        this.races = new TreeMap<>(bySeason(races, Race::key));
        this.circuits = circuits;
        this.qualifying = bySeason(tx.results().qualifying(first, last), QualifyingResult::race);
        this.sprintQualifying = bySeason(tx.results().sprintQualifying(first, last), QualifyingResult::race);
        List<RaceResult> both = new ArrayList<>(tx.results().raceResults(first, last, RaceType.GRAND_PRIX));
        both.addAll(tx.results().raceResults(first, last, RaceType.SPRINT));
        this.results = bySeason(both, RaceResult::race);
        this.conditions = bySeason(tx.races().conditions(first, last), RaceConditions::race);
        List<RaceKey> span = races.stream().map(Race::key).filter(k -> k.season() >= from).toList();
        this.longRuns = span.isEmpty() ? Map.of() : bySeason(tx.laps().longRuns(span), LongRun::race);
        // A span read (first >= from) needs no history races' laps: those were read with the history.
        List<RaceKey> lapRaces = new ArrayList<>(first >= from ? List.of() : historyLapRaces(all, from).stream()
                .filter(k -> k.season() >= first && k.season() <= last).toList());
        lapRaces.addAll(span);
        this.lapSummaries = lapRaces.isEmpty() ? Map.of() : bySeason(tx.laps().lapSummaries(lapRaces),
                LapSummary::race);
    }

    /** Nothing to compute: no races in the span. */
    private SeasonRows() {
        this.races = new TreeMap<>();
        this.circuits = List.of();
        this.qualifying = Map.of();
        this.sprintQualifying = Map.of();
        this.results = Map.of();
        this.conditions = Map.of();
        this.longRuns = Map.of();
        this.lapSummaries = Map.of();
    }

    /**
     * Makes the range reads of a recompute of {@code from..to} (seasons before {@code from} are history); only the
     * first when the span has no races.
     */
    static SeasonRows read(Stores tx, int from, int to) {
        List<Race> all = tx.races().races(ModelReads.HISTORY_FROM, to);
        return read(tx, all, tx.catalog().circuits(), ModelReads.HISTORY_FROM, to, from);
    }

    /**
     * The reads of seasons {@code first..last} of a recompute of {@code from..} whose races (from
     * {@link ModelReads#HISTORY_FROM} to the end of the span) are {@code all}: a recompute reads its history
     * ({@code first = HISTORY_FROM, last = from - 1}) and its span ({@code from..to}) separately, so that the
     * second read overlaps the replay of the first. {@code circuits} is the catalog's circuits, read once. Nothing
     * is read when the span has no races.
     */
    static SeasonRows read(Stores tx, List<Race> all, List<Circuit> circuits, int first, int last, int from) {
        boolean none = all.stream().noneMatch(r -> r.key().season() >= from);
        boolean empty = all.stream().noneMatch(r -> r.key().season() >= first && r.key().season() <= last);
        return none || empty || first > last ? new SeasonRows()
                : new SeasonRows(tx, all, circuits, first, last, from);
    }

    /** Seasons with at least one race, ascending. */
    Collection<Integer> seasons() {
        return races.keySet();
    }

    /**
     * The season's weekends, with the lap summaries of every race of a season of the computed span (the sector
     * profile of its statistics reads them all) and, before the span, of the races later circuit histories reach.
     */
    List<Weekend> weekends(int season) {
        return Weekends.assembler().races(races.get(season)).circuits(circuits)
                .qualifying(qualifying.getOrDefault(season, List.of()))
                .sprintQualifying(sprintQualifying.getOrDefault(season, List.of()))
                .results(results.getOrDefault(season, List.of()))
                .conditions(conditions.getOrDefault(season, List.of()))
                .longRuns(longRuns.getOrDefault(season, List.of()))
                .lapSummaries(lapSummaries.getOrDefault(season, List.of()))
                .build();
    }

    /**
     * The races before season {@code from} whose laps the circuit history of a race in the span can read: at each
     * circuit raced in the span, the last {@value Weekends#CIRCUIT_HISTORY_RACES} completed races before it (the
     * same rule as {@link Weekends#lapRaces}, applied at the start of the span).
     */
    static List<RaceKey> historyLapRaces(List<Race> races, int from) {
        Set<CircuitId> raced = new HashSet<>();
        races.stream().filter(r -> r.key().season() >= from).forEach(r -> raced.add(r.circuit()));
        Map<CircuitId, Deque<RaceKey>> lastAt = new HashMap<>();
        races.stream().filter(r -> r.key().season() < from && r.status() == RaceStatus.COMPLETED
                        && raced.contains(r.circuit()))
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .forEach(r -> {
                    Deque<RaceKey> keys = lastAt.computeIfAbsent(r.circuit(), c -> new ArrayDeque<>());
                    keys.addLast(r.key());
                    if (keys.size() > Weekends.CIRCUIT_HISTORY_RACES) {
                        keys.removeFirst();
                    }
                });
        TreeSet<RaceKey> out = new TreeSet<>();
        lastAt.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    private static <T> Map<Integer, List<T>> bySeason(Collection<T> rows, Function<T, RaceKey> key) {
        Map<Integer, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row).season(), s -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
