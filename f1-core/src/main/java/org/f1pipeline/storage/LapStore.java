package org.f1pipeline.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/** Lap times of grand prix and sprints (key: race, type, driver, lap) and FP2 long runs (race, driver, compound). */
public interface LapStore {

    /**
     * Inserts or updates laps; written in batches, built for hundreds of thousands of rows. Per session (race and
     * type) among the laps: when the {@link InputStore} digest recorded for the session is the digest of the laps
     * sent, the stored laps are already exactly those and nothing is written or recorded; otherwise the laps are
     * written and the session gets a new input version, with their digest when the session then holds exactly
     * these laps, else with {@link InputStore#UNKNOWN_DIGEST} (a partial write).
     */
    void upsertLaps(Collection<LapTime> laps);

    /** Makes {@code laps} the complete set of {@code type} laps of {@code race}; stale laps disappear. */
    void replaceLaps(RaceKey race, RaceType type, Collection<LapTime> laps);

    /** The race's laps of that type, by driver then lap. */
    List<LapTime> laps(RaceKey race, RaceType type);

    /** Bulk read: laps of that type for every listed race, by season, round, driver, lap. */
    List<LapTime> laps(Collection<RaceKey> races, RaceType type);

    /**
     * Bulk read: the grand-prix lap summaries of every listed race, by race then driver: exactly
     * {@link LapSummary#of} of the race's stored grand-prix laps (a race without laps has none). What the model reads
     * of the laps, a few kilobytes per race instead of a thousand laps. The built-in storages keep the summaries
     * with the laps, rewritten by every lap write in its transaction; this default computes them from
     * {@link #laps(Collection, RaceType)}, which gives the same result at the cost of reading every lap.
     */
    default List<LapSummary> lapSummaries(Collection<RaceKey> races) {
        return List.copyOf(LapSummary.of(laps(races, RaceType.GRAND_PRIX)));
    }

    /** Number of stored laps of that type for the race. */
    int lapCount(RaceKey race, RaceType type);

    /** Inserts or updates FP2 long runs. */
    void upsertLongRuns(Collection<LongRun> runs);

    /** Makes {@code runs} the complete FP2 long-run set of {@code race}. */
    void replaceLongRuns(RaceKey race, Collection<LongRun> runs);

    /** The race's long runs, by driver then compound. */
    List<LongRun> longRuns(RaceKey race);

    /**
     * Bulk read: long runs of every listed race, by season, round, driver, compound. The default asks race by race;
     * adapters override it with one query.
     */
    default List<LongRun> longRuns(Collection<RaceKey> races) {
        List<LongRun> all = new ArrayList<>();
        races.stream().distinct().sorted().forEach(race -> all.addAll(longRuns(race)));
        return List.copyOf(all);
    }
}
