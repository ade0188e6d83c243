package org.f1pipeline.job.internal.compute;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelHistory;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;
import org.f1pipeline.storage.Stores;

/**
 * The bulk reads of the compute jobs, turned into {@link Weekend}s. Every read is one store call over a season
 * range, never one call per race or driver, so a job costs a fixed handful of round trips however long the
 * history is. Shared by the jobs and by {@link org.f1pipeline.recompute.ModelRecompute}; stateless.
 */
public final class ModelReads {

    /**
     * First season read as history. The model's memory is not bounded in time (a driver's last five finishes may
     * be seasons ago; the wet-race record and a circuit's safety-car record use every earlier race), so a job
     * reads from the first championship season; the reads are range scans, so absent seasons cost nothing.
     */
    public static final int HISTORY_FROM = RaceKey.FIRST_SEASON;

    private ModelReads() {
    }

    /** What a one-race job works on: the weekends up to the race's season, and the race's own weekend. */
    public record RaceInputs(List<Weekend> weekends, Weekend target) {

        /** The point-in-time history: every loaded weekend strictly before the target. */
        public ModelHistory history() {
            return ModelHistory.before(weekends, target.key());
        }
    }

    /**
     * The inputs of {@code compute_features} / {@code compute_sprint_features} for {@code key}: races,
     * circuits, qualifying, sprint qualifying, grand-prix and sprint results and conditions of every season up to
     * the race's (8 reads), grand-prix laps of only the races whose laps the features read
     * ({@link Weekends#lapRaces}, skipped when there are none) and the race's FP2 long runs.
     *
     * @throws ModelInputException when the race does not exist, or a sprint is asked for a weekend without one
     *                             (both before any further read)
     */
    public static RaceInputs forRace(Stores tx, RaceKey key, RaceType type) {
        List<Race> races = tx.races().races(HISTORY_FROM, key.season());
        Race target = requireRace(races, key, type);
        Weekends.Assembler in = Weekends.assembler().races(races).circuits(tx.catalog().circuits())
                .qualifying(tx.results().qualifying(HISTORY_FROM, key.season()))
                .sprintQualifying(tx.results().sprintQualifying(HISTORY_FROM, key.season()))
                .results(tx.results().raceResults(HISTORY_FROM, key.season(), RaceType.GRAND_PRIX))
                .results(tx.results().raceResults(HISTORY_FROM, key.season(), RaceType.SPRINT))
                .conditions(tx.races().conditions(HISTORY_FROM, key.season()))
                .longRuns(tx.laps().longRuns(key));
        List<RaceKey> lapRaces = Weekends.lapRaces(races, target);
        if (!lapRaces.isEmpty()) {
            in.laps(tx.laps().laps(lapRaces, RaceType.GRAND_PRIX));
        }
        List<Weekend> weekends = in.build();
        Weekend weekend = weekends.stream().filter(w -> w.key().equals(key)).findFirst().orElseThrow();
        return new RaceInputs(weekends, weekend);
    }

    /**
     * The inputs of {@code compute_season_stats}: the season's races, circuits, qualifying, grand-prix and sprint
     * results and every grand-prix lap of the season (the sector profile), 6 reads; only the first when the
     * season has no races (then the result is empty). Conditions, sprint qualifying and long runs are not read:
     * no statistic uses them.
     */
    public static List<Weekend> forSeason(Stores tx, int year) {
        List<Race> races = tx.races().races(year, year);
        if (races.isEmpty()) {
            return List.of();
        }
        List<RaceKey> keys = new ArrayList<>(races.size());
        races.forEach(r -> keys.add(r.key()));
        return Weekends.assembler().races(races).circuits(tx.catalog().circuits())
                .qualifying(tx.results().qualifying(year, year))
                .results(tx.results().raceResults(year, year, RaceType.GRAND_PRIX))
                .results(tx.results().raceResults(year, year, RaceType.SPRINT))
                .laps(tx.laps().laps(keys, RaceType.GRAND_PRIX))
                .build();
    }

    /**
     * The race among {@code races}, checked for the job's race type.
     *
     * @throws ModelInputException naming the race and what to do: run {@code sync_schedule} when it does not
     *                             exist; nothing to run when a sprint is asked for a conventional weekend
     */
    public static Race requireRace(List<Race> races, RaceKey key, RaceType type) {
        Race race = races.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() ->
                new ModelInputException(key, type, "sync_schedule", "race " + key + " does not exist: run "
                        + "sync_schedule for " + key.season() + " first"));
        if (type == RaceType.SPRINT && !race.isSprintWeekend()) {
            // Same wording as SprintFeatures, checked here so that a wrong request reads nothing else.
            throw new ModelInputException(key, RaceType.SPRINT, null, "race " + key + " is a "
                    + race.format().wireName() + " weekend without a sprint: the sprint jobs apply only to sprint "
                    + "weekends");
        }
        return race;
    }
}
