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
import java.util.concurrent.Future;
import java.util.function.Function;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.LapTime;
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
 * FP2 long runs of the computed span (one call) and the grand-prix laps of the races before the span that its
 * circuit histories reach back to (one call). The laps of the computed seasons, by far the bulk, are read by
 * {@link #weekends} a few seasons at a time ({@value #LAP_BATCH_RACES} races per call at most) on the
 * {@link StoreWorker}, one batch ahead of the season being assembled, and dropped once their season is assembled:
 * few round trips, bounded memory, and the reading overlaps with the model's work on the previous batch. Not
 * thread-safe.
 */
final class SeasonRows {

    /**
     * Races whose laps one read covers: about 50,000 laps (some 10 MB of records) for modern races, so 2000-2025
     * takes 13 calls. Whole seasons only; a season with more races is read alone. Small batches keep the pipeline
     * short at both ends (the first batch is waited for, the last one's model work is not overlapped) and at most
     * two batches in memory; each call costs one round trip plus one query per season.
     */
    static final int LAP_BATCH_RACES = 48;

    private final Stores tx;
    private final StoreWorker worker;
    private final int from;
    private final List<Circuit> circuits;
    private final TreeMap<Integer, List<Race>> races;
    private final Map<Integer, List<QualifyingResult>> qualifying;
    private final Map<Integer, List<QualifyingResult>> sprintQualifying;
    private final Map<Integer, List<RaceResult>> results;
    private final Map<Integer, List<RaceConditions>> conditions;
    private final Map<Integer, List<LongRun>> longRuns;
    private final Map<Integer, List<LapTime>> historyLaps;
    /** Lap reads submitted for computed seasons not yet assembled, by first season of their batch. */
    private final TreeMap<Integer, Future<Map<Integer, List<LapTime>>>> lapReads = new TreeMap<>();
    /** Laps of the batch being assembled, by season. */
    private Map<Integer, List<LapTime>> batchLaps = Map.of();

    private SeasonRows(Stores tx, StoreWorker worker, int from, int to, List<Race> all) {
        this.tx = tx;
        this.worker = worker;
        this.from = from;
        int first = ModelReads.HISTORY_FROM;
        this.races = new TreeMap<>(bySeason(all, Race::key));
        this.circuits = tx.catalog().circuits();
        this.qualifying = bySeason(tx.results().qualifying(first, to), QualifyingResult::race);
        this.sprintQualifying = bySeason(tx.results().sprintQualifying(first, to), QualifyingResult::race);
        List<RaceResult> both = new ArrayList<>(tx.results().raceResults(first, to, RaceType.GRAND_PRIX));
        both.addAll(tx.results().raceResults(first, to, RaceType.SPRINT));
        this.results = bySeason(both, RaceResult::race);
        this.conditions = bySeason(tx.races().conditions(first, to), RaceConditions::race);
        List<RaceKey> span = all.stream().map(Race::key).filter(k -> k.season() >= from).toList();
        this.longRuns = span.isEmpty() ? Map.of() : bySeason(tx.laps().longRuns(span), LongRun::race);
        List<RaceKey> reach = historyLapRaces(all, from);
        this.historyLaps = reach.isEmpty() ? Map.of()
                : bySeason(tx.laps().laps(reach, RaceType.GRAND_PRIX), LapTime::race);
    }

    /** Nothing to compute: no races in the span. */
    private SeasonRows(Stores tx, StoreWorker worker, int from) {
        this.tx = tx;
        this.worker = worker;
        this.from = from;
        this.races = new TreeMap<>();
        this.circuits = List.of();
        this.qualifying = Map.of();
        this.sprintQualifying = Map.of();
        this.results = Map.of();
        this.conditions = Map.of();
        this.longRuns = Map.of();
        this.historyLaps = Map.of();
    }

    /**
     * Makes the range reads of a recompute of {@code from..to} (seasons before {@code from} are history) on the
     * calling thread; only the first when the span has no races. The lap reads of {@link #weekends} go to
     * {@code worker}, which must not have started any task yet.
     */
    static SeasonRows read(Stores tx, StoreWorker worker, int from, int to) {
        List<Race> all = tx.races().races(ModelReads.HISTORY_FROM, to);
        boolean none = all.stream().noneMatch(r -> r.key().season() >= from);
        return none ? new SeasonRows(tx, worker, from) : new SeasonRows(tx, worker, from, to, all);
    }

    /** Seasons with at least one race, ascending. */
    Collection<Integer> seasons() {
        return races.keySet();
    }

    /**
     * The season's weekends. A season of the computed span gets every grand-prix lap of its races (one read:
     * the sector profile of its statistics needs them all); an earlier season only the laps its later circuit
     * histories reach.
     */
    List<Weekend> weekends(int season) {
        List<Race> seasonRaces = races.get(season);
        List<LapTime> laps;
        if (season >= from) {
            if (!batchLaps.containsKey(season)) {
                Integer first = lapReads.isEmpty() ? null : lapReads.firstKey();
                Future<Map<Integer, List<LapTime>>> read = first != null && first == season
                        ? lapReads.remove(first) : submitLapRead(season);
                readAhead(season);
                batchLaps = worker.await(read);
            }
            laps = batchLaps.remove(season);
        } else {
            laps = historyLaps.getOrDefault(season, List.of());
        }
        return Weekends.assembler().races(seasonRaces).circuits(circuits)
                .qualifying(qualifying.getOrDefault(season, List.of()))
                .sprintQualifying(sprintQualifying.getOrDefault(season, List.of()))
                .results(results.getOrDefault(season, List.of()))
                .conditions(conditions.getOrDefault(season, List.of()))
                .longRuns(longRuns.getOrDefault(season, List.of()))
                .laps(laps)
                .build();
    }

    /** Queues the read of the batch after the one starting at {@code season}, if any. */
    private void readAhead(int season) {
        List<Integer> batch = batchSeasons(season);
        Integer next = races.higherKey(batch.get(batch.size() - 1));
        if (next != null && !lapReads.containsKey(next)) {
            lapReads.put(next, submitLapRead(next));
        }
    }

    /** Queues the read of the laps of {@code first} and of the following seasons that fit in one batch. */
    private Future<Map<Integer, List<LapTime>>> submitLapRead(int first) {
        List<Integer> seasons = batchSeasons(first);
        List<RaceKey> keys = new ArrayList<>();
        seasons.forEach(season -> races.get(season).forEach(r -> keys.add(r.key())));
        return worker.submit(() -> {
            Map<Integer, List<LapTime>> bySeason = new HashMap<>();
            seasons.forEach(season -> bySeason.put(season, new ArrayList<>()));
            // Laps come by season: one map lookup per season, not one boxed lookup per lap.
            int season = -1;
            List<LapTime> into = null;
            for (LapTime lap : tx.laps().laps(keys, RaceType.GRAND_PRIX)) {
                if (lap.race().season() != season) {
                    season = lap.race().season();
                    into = bySeason.get(season);
                }
                into.add(lap);
            }
            return bySeason;
        });
    }

    /** {@code first} and the seasons after it whose races fit in one lap batch with it. */
    private List<Integer> batchSeasons(int first) {
        List<Integer> covered = new ArrayList<>();
        int count = 0;
        for (Map.Entry<Integer, List<Race>> season : races.tailMap(first, true).entrySet()) {
            if (!covered.isEmpty() && count + season.getValue().size() > LAP_BATCH_RACES) {
                break;
            }
            count += season.getValue().size();
            covered.add(season.getKey());
        }
        return covered;
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
