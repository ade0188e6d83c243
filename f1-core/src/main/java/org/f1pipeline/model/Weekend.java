package org.f1pipeline.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;

/**
 * Everything the model may use about one race weekend, as loaded from storage. Lists may be empty (a session not
 * held or not ingested yet); {@code conditions} may be null.
 *
 * <p>Point-in-time contract: when a weekend is the <em>target</em> of {@link GrandPrixFeatures} or
 * {@link SprintFeatures}, only its pre-session parts are read (the qualifying and sprint-qualifying
 * classifications, FP2 long runs, and for a sprint the starting grid of the sprint results); its results, laps and
 * conditions are ignored, so a recompute after the race gives the same features. Once added to a
 * {@link ModelHistory}, all of it becomes history for later weekends. Immutable and thread-safe.
 *
 * @param circuit           the weekend's circuit (overtake rate); its id must match the race's
 * @param qualifying        grand-prix qualifying classification (the grand-prix grid)
 * @param sprintQualifying  sprint qualifying / shootout classification, SQ1-SQ3 in the q1-q3 fields
 * @param sprintResults     sprint classification ({@link RaceType#SPRINT} rows)
 * @param raceResults       grand-prix classification ({@link RaceType#GRAND_PRIX} rows)
 * @param laps              grand-prix laps; may be left empty for weekends whose laps no later feature needs, see
 *                          {@link Weekends#lapRaces}, or when {@code lapSummaries} are given instead
 * @param longRuns          FP2 long runs
 * @param conditions        observed grand-prix conditions (wet-race history, safety-car history), or null
 * @param lapSummaries      what the model reads of the grand-prix laps (sector profile, circuit race pace and tyre
 *                          degradation), one per driver: computed from {@code laps} when those are given (then
 *                          this must be empty or equal to it), else as read from storage
 *                          ({@link org.f1pipeline.storage.LapStore#lapSummaries}); the model reads only these
 */
public record Weekend(Race race, Circuit circuit, List<QualifyingResult> qualifying,
                      List<QualifyingResult> sprintQualifying, List<RaceResult> sprintResults,
                      List<RaceResult> raceResults, List<LapTime> laps, List<LongRun> longRuns,
                      RaceConditions conditions, List<LapSummary> lapSummaries) {

    /** A weekend whose lap summaries are those of {@code laps}. */
    public Weekend(Race race, Circuit circuit, List<QualifyingResult> qualifying,
                   List<QualifyingResult> sprintQualifying, List<RaceResult> sprintResults,
                   List<RaceResult> raceResults, List<LapTime> laps, List<LongRun> longRuns,
                   RaceConditions conditions) {
        this(race, circuit, qualifying, sprintQualifying, sprintResults, raceResults, laps, longRuns, conditions,
                List.of());
    }

    public Weekend {
        if (race == null || circuit == null) {
            throw new InvalidInputException("weekend", "weekend.race and weekend.circuit must not be null");
        }
        RaceKey key = race.key();
        if (!circuit.id().equals(race.circuit())) {
            throw new InvalidInputException("weekend", "weekend " + key + ": circuit " + circuit.id()
                    + " is not the race's circuit " + race.circuit());
        }
        qualifying = List.copyOf(qualifying);
        sprintQualifying = List.copyOf(sprintQualifying);
        sprintResults = List.copyOf(sprintResults);
        raceResults = List.copyOf(raceResults);
        laps = List.copyOf(laps);
        longRuns = List.copyOf(longRuns);
        lapSummaries = summaries(key, laps, List.copyOf(lapSummaries));
        checkQualifying(key, qualifying, "qualifying");
        checkQualifying(key, sprintQualifying, "sprintQualifying");
        checkResults(key, sprintResults, RaceType.SPRINT, "sprintResults");
        checkResults(key, raceResults, RaceType.GRAND_PRIX, "raceResults");
        for (LapTime lap : laps) {
            if (!lap.race().equals(key) || lap.type() != RaceType.GRAND_PRIX) {
                throw new InvalidInputException("weekend", "weekend " + key + ": laps must be grand-prix laps of " + key
                        + ", got a " + lap.type() + " lap of " + lap.race());
            }
        }
        for (LongRun run : longRuns) {
            if (!run.race().equals(key)) {
                throw new InvalidInputException("weekend", "weekend " + key + ": long run of " + run.race()
                        + " does not belong here");
            }
        }
        if (conditions != null && (!conditions.race().equals(key) || conditions.type() != RaceType.GRAND_PRIX)) {
            throw new InvalidInputException("weekend",
                    "weekend " + key + ": conditions must be the grand-prix conditions of "
                    + key + ", got " + conditions.type() + " of " + conditions.race());
        }
    }

    private static List<LapSummary> summaries(RaceKey key, List<LapTime> laps, List<LapSummary> given) {
        for (LapSummary s : given) {
            if (!s.race().equals(key)) {
                throw new InvalidInputException("weekend", "weekend " + key + ": lap summary of " + s.race()
                        + " does not belong here");
            }
        }
        if (laps.isEmpty()) {
            return given;
        }
        List<LapSummary> computed = List.copyOf(LapSummary.of(laps));
        if (!given.isEmpty() && !given.equals(computed)) {
            throw new InvalidInputException("weekend", "weekend " + key + ": the lap summaries given are not those"
                    + " of the laps given; give one or the other");
        }
        return computed;
    }

    /** The race key. */
    public RaceKey key() {
        return race.key();
    }

    /** A builder with every list empty and no conditions. */
    public static Builder builder(Race race, Circuit circuit) {
        return new Builder(race, circuit);
    }

    private static void checkQualifying(RaceKey key, List<QualifyingResult> rows, String field) {
        Set<DriverId> seen = new HashSet<>();
        for (QualifyingResult q : rows) {
            if (!q.race().equals(key)) {
                throw new InvalidInputException("weekend", "weekend " + key + ": " + field + " row of " + q.race()
                        + " does not belong here");
            }
            if (!seen.add(q.driver())) {
                throw new InvalidInputException("weekend",
                        "weekend " + key + ": " + field + " lists " + q.driver() + " twice");
            }
        }
    }

    private static void checkResults(RaceKey key, List<RaceResult> rows, RaceType type, String field) {
        Set<DriverId> seen = new HashSet<>();
        for (RaceResult r : rows) {
            if (!r.race().equals(key) || r.type() != type) {
                throw new InvalidInputException("weekend", "weekend " + key + ": " + field + " must be " + type
                        + " rows of " + key + ", got a " + r.type() + " row of " + r.race());
            }
            if (!seen.add(r.driver())) {
                throw new InvalidInputException("weekend",
                        "weekend " + key + ": " + field + " lists " + r.driver() + " twice");
            }
        }
    }

    /** Builds a {@link Weekend}; every list starts empty. Not thread-safe. */
    public static final class Builder {
        private final Race race;
        private final Circuit circuit;
        private List<QualifyingResult> qualifying = List.of();
        private List<QualifyingResult> sprintQualifying = List.of();
        private List<RaceResult> sprintResults = List.of();
        private List<RaceResult> raceResults = List.of();
        private List<LapTime> laps = List.of();
        private List<LongRun> longRuns = List.of();
        private RaceConditions conditions;
        private List<LapSummary> lapSummaries = List.of();

        private Builder(Race race, Circuit circuit) {
            this.race = race;
            this.circuit = circuit;
        }

        /** Grand-prix qualifying rows. */
        public Builder qualifying(List<QualifyingResult> rows) {
            this.qualifying = rows;
            return this;
        }

        /** Sprint-qualifying (shootout) rows. */
        public Builder sprintQualifying(List<QualifyingResult> rows) {
            this.sprintQualifying = rows;
            return this;
        }

        /** Sprint results. */
        public Builder sprintResults(List<RaceResult> rows) {
            this.sprintResults = rows;
            return this;
        }

        /** Grand-prix results. */
        public Builder raceResults(List<RaceResult> rows) {
            this.raceResults = rows;
            return this;
        }

        /** Grand-prix laps. */
        public Builder laps(List<LapTime> rows) {
            this.laps = rows;
            return this;
        }

        /** Grand-prix lap summaries, when the laps themselves are not given. */
        public Builder lapSummaries(List<LapSummary> rows) {
            this.lapSummaries = rows;
            return this;
        }

        /** FP2 long runs. */
        public Builder longRuns(List<LongRun> rows) {
            this.longRuns = rows;
            return this;
        }

        /** Observed grand-prix conditions, or null. */
        public Builder conditions(RaceConditions value) {
            this.conditions = value;
            return this;
        }

        /** Validates and builds the weekend. */
        public Weekend build() {
            return new Weekend(race, circuit, qualifying, sprintQualifying, sprintResults, raceResults, laps, longRuns,
                    conditions, lapSummaries);
        }
    }
}
