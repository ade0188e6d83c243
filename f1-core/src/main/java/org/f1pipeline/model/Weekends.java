package org.f1pipeline.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;

/**
 * Turns a handful of bulk storage reads into {@link Weekend}s, and tells a job which races' laps it needs.
 *
 * <p>A job typically reads, once per season range: {@code races(from, to)}, {@code circuits()},
 * {@code qualifying(from, to)}, {@code sprintQualifying(from, to)}, {@code raceResults(from, to, GRAND_PRIX)},
 * {@code raceResults(from, to, SPRINT)}, {@code conditions(from, to)}, {@code laps(keys, GRAND_PRIX)} and the FP2
 * long runs, and hands them to {@link #assembler()}. Thread-safe (stateless); the assembler itself is not.
 */
public final class Weekends {

    /** How many past races at a circuit the long-run fallback looks at (tyre degradation uses the newest 4). */
    public static final int CIRCUIT_HISTORY_RACES = 6;

    private Weekends() {
    }

    /** A new assembler. */
    public static Assembler assembler() {
        return new Assembler();
    }

    /**
     * The races whose grand-prix laps the features of {@code target} read: the last
     * {@value #CIRCUIT_HISTORY_RACES} completed races at its circuit before it (race pace and tyre degradation).
     * Loading only these laps gives the same features as loading every lap; a few hundred laps instead of a
     * season's. (The sector profile of the season statistics reads the season's laps, so {@code
     * compute_season_stats} loads those.) Sorted by key.
     *
     * @param races every race of the history, in any order
     */
    public static List<RaceKey> lapRaces(Collection<Race> races, Race target) {
        List<Race> sorted = new ArrayList<>(races);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        Deque<RaceKey> atCircuit = new ArrayDeque<>();
        for (Race r : sorted) {
            if (r.key().compareTo(target.key()) >= 0) {
                break;
            }
            if (r.circuit().equals(target.circuit()) && r.status() == RaceStatus.COMPLETED) {
                atCircuit.addLast(r.key());
                if (atCircuit.size() > CIRCUIT_HISTORY_RACES) {
                    atCircuit.removeFirst();
                }
            }
        }
        return List.copyOf(atCircuit);
    }

    /** Groups bulk reads by race. Every row must belong to one of the given races. Not thread-safe. */
    public static final class Assembler {
        private final Map<RaceKey, Race> races = new TreeMap<>();
        private final Map<CircuitId, Circuit> circuits = new HashMap<>();
        private final Map<RaceKey, List<QualifyingResult>> qualifying = new HashMap<>();
        private final Map<RaceKey, List<QualifyingResult>> sprintQualifying = new HashMap<>();
        private final Map<RaceKey, List<RaceResult>> sprintResults = new HashMap<>();
        private final Map<RaceKey, List<RaceResult>> raceResults = new HashMap<>();
        private final Map<RaceKey, List<LapTime>> laps = new HashMap<>();
        private final Map<RaceKey, List<LongRun>> longRuns = new HashMap<>();
        private final Map<RaceKey, RaceConditions> conditions = new HashMap<>();
        private final Map<RaceKey, List<LapSummary>> lapSummaries = new HashMap<>();

        private Assembler() {
        }

        /** The weekends to build (every race gets a weekend, even without any data). */
        public Assembler races(Collection<Race> rows) {
            rows.forEach(r -> races.put(r.key(), r));
            return this;
        }

        /** The circuits of those races (extra circuits are fine). */
        public Assembler circuits(Collection<Circuit> rows) {
            rows.forEach(c -> circuits.put(c.id(), c));
            return this;
        }

        /** Grand-prix qualifying rows. */
        public Assembler qualifying(Collection<QualifyingResult> rows) {
            group(rows, QualifyingResult::race, qualifying);
            return this;
        }

        /** Sprint-qualifying (shootout) rows. */
        public Assembler sprintQualifying(Collection<QualifyingResult> rows) {
            group(rows, QualifyingResult::race, sprintQualifying);
            return this;
        }

        /** Grand-prix and/or sprint results; each row goes to its own type. */
        public Assembler results(Collection<RaceResult> rows) {
            for (RaceResult r : rows) {
                Map<RaceKey, List<RaceResult>> target = r.type() == RaceType.SPRINT ? sprintResults : raceResults;
                target.computeIfAbsent(r.race(), k -> new ArrayList<>()).add(r);
            }
            return this;
        }

        /** Grand-prix laps; sprint laps are ignored (no feature reads them). */
        public Assembler laps(Collection<LapTime> rows) {
            for (LapTime lap : rows) {
                if (lap.type() == RaceType.GRAND_PRIX) {
                    laps.computeIfAbsent(lap.race(), k -> new ArrayList<>()).add(lap);
                }
            }
            return this;
        }

        /**
         * Grand-prix lap summaries ({@link org.f1pipeline.storage.LapStore#lapSummaries}), the model's part of the
         * laps: for races whose laps are not given.
         */
        public Assembler lapSummaries(Collection<LapSummary> rows) {
            group(rows, LapSummary::race, lapSummaries);
            return this;
        }

        /** FP2 long runs. */
        public Assembler longRuns(Collection<LongRun> rows) {
            group(rows, LongRun::race, longRuns);
            return this;
        }

        /** Observed conditions; sprint conditions are ignored (no feature reads them). */
        public Assembler conditions(Collection<RaceConditions> rows) {
            for (RaceConditions c : rows) {
                if (c.type() == RaceType.GRAND_PRIX) {
                    conditions.put(c.race(), c);
                }
            }
            return this;
        }

        /**
         * The weekends, by race key.
         *
         * @throws IllegalArgumentException when a row belongs to a race that was not given, or a race's circuit
         *                                  is missing
         */
        public List<Weekend> build() {
            for (Map<RaceKey, ?> rows : List.of(qualifying, sprintQualifying, sprintResults, raceResults, laps,
                    longRuns, conditions, lapSummaries)) {
                for (RaceKey key : rows.keySet()) {
                    if (!races.containsKey(key)) {
                        throw new InvalidInputException("rows",
                                "rows of race " + key + " were given but the race itself "
                                + "was not; pass it to races(...)");
                    }
                }
            }
            List<Weekend> out = new ArrayList<>(races.size());
            for (Race race : races.values()) {
                Circuit circuit = circuits.get(race.circuit());
                if (circuit == null) {
                    throw new InvalidInputException("race", "race " + race.key() + " is at circuit " + race.circuit()
                            + ", which was not given; pass it to circuits(...)");
                }
                RaceKey k = race.key();
                out.add(new Weekend(race, circuit, get(qualifying, k), get(sprintQualifying, k), get(sprintResults, k),
                        get(raceResults, k), get(laps, k), get(longRuns, k), conditions.get(k),
                        get(lapSummaries, k)));
            }
            return out;
        }

        private static <T> List<T> get(Map<RaceKey, List<T>> map, RaceKey key) {
            return map.getOrDefault(key, List.of());
        }

        private static <T> void group(Collection<T> rows, Function<T, RaceKey> key, Map<RaceKey, List<T>> into) {
            for (T row : rows) {
                into.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
            }
        }
    }
}
