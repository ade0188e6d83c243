package org.f1pipeline.recompute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;
import org.f1pipeline.storage.Stores;

/**
 * The reads of the per-season (stale) recompute, in the caller's transaction: the history before a season (range
 * reads, lap summaries only of the races whose circuit histories the remaining span reaches, as {@link SeasonRows}) and one
 * season whole (every lap summary and FP2 long run of it). Stateless.
 */
final class SeasonReader {

    private SeasonReader() {
    }

    /**
     * The weekends of seasons 1950..{@code season - 1}, in order, with the lap summaries the circuit histories of
     * {@code allRaces} from {@code season} on reach.
     */
    static List<Weekend> history(Stores tx, int season, List<Race> allRaces) {
        int last = season - 1;
        if (last < InputLedger.FIRST) {
            return List.of();
        }
        int first = InputLedger.FIRST;
        TreeMap<Integer, List<Race>> races = bySeason(
                allRaces.stream().filter(r -> r.key().season() <= last).toList(), Race::key);
        List<RaceKey> lapRaces = SeasonRows.historyLapRaces(allRaces, season);
        return assemble(tx.catalog().circuits(), races,
                bySeason(tx.results().qualifying(first, last), QualifyingResult::race),
                bySeason(tx.results().sprintQualifying(first, last), QualifyingResult::race),
                results(tx, first, last),
                bySeason(tx.races().conditions(first, last), RaceConditions::race),
                Map.of(),
                lapRaces.isEmpty() ? Map.of() : bySeason(tx.laps().lapSummaries(lapRaces), LapSummary::race));
    }

    /** The weekends of {@code season} with every lap summary and long run. */
    static List<Weekend> season(Stores tx, int season) {
        List<Race> seasonRaces = tx.races().races(season);
        if (seasonRaces.isEmpty()) {
            return List.of();
        }
        List<RaceKey> keys = seasonRaces.stream().map(Race::key).toList();
        return assemble(tx.catalog().circuits(), bySeason(seasonRaces, Race::key),
                bySeason(tx.results().qualifying(season, season), QualifyingResult::race),
                bySeason(tx.results().sprintQualifying(season, season), QualifyingResult::race),
                results(tx, season, season),
                bySeason(tx.races().conditions(season, season), RaceConditions::race),
                bySeason(tx.laps().longRuns(keys), LongRun::race),
                bySeason(tx.laps().lapSummaries(keys), LapSummary::race));
    }

    private static Map<Integer, List<RaceResult>> results(Stores tx, int from, int to) {
        List<RaceResult> both = new ArrayList<>(tx.results().raceResults(from, to, RaceType.GRAND_PRIX));
        both.addAll(tx.results().raceResults(from, to, RaceType.SPRINT));
        return bySeason(both, RaceResult::race);
    }

    private static List<Weekend> assemble(List<Circuit> circuits, TreeMap<Integer, List<Race>> races,
                                          Map<Integer, List<QualifyingResult>> qualifying,
                                          Map<Integer, List<QualifyingResult>> sprintQualifying,
                                          Map<Integer, List<RaceResult>> results,
                                          Map<Integer, List<RaceConditions>> conditions,
                                          Map<Integer, List<LongRun>> longRuns,
                                          Map<Integer, List<LapSummary>> laps) {
        List<Weekend> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Race>> e : races.entrySet()) {
            int season = e.getKey();
            out.addAll(Weekends.assembler().races(e.getValue()).circuits(circuits)
                    .qualifying(qualifying.getOrDefault(season, List.of()))
                    .sprintQualifying(sprintQualifying.getOrDefault(season, List.of()))
                    .results(results.getOrDefault(season, List.of()))
                    .conditions(conditions.getOrDefault(season, List.of()))
                    .longRuns(longRuns.getOrDefault(season, List.of()))
                    .lapSummaries(laps.getOrDefault(season, List.of()))
                    .build());
        }
        return out;
    }

    private static <T> TreeMap<Integer, List<T>> bySeason(Collection<T> rows, Function<T, RaceKey> key) {
        TreeMap<Integer, List<T>> out = new TreeMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row).season(), s -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
