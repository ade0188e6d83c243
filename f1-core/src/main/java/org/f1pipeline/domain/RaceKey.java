package org.f1pipeline.domain;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * Identity of a race weekend: season and round. Sprint and grand-prix data of one weekend share the key and are
 * told apart by {@link RaceType}.
 *
 * @param season the championship year, 1950 to 2100
 * @param round  the round within the season, 1 to 30
 */
public record RaceKey(int season, int round) implements Comparable<RaceKey> {

    /** First championship season. */
    public static final int FIRST_SEASON = 1950;
    /** Upper bound for seasons accepted by the domain (input validation is stricter: up to next year). */
    public static final int LAST_SEASON = 2100;
    /** Highest round number accepted. */
    public static final int MAX_ROUND = 30;


    public RaceKey {
        Checks.inRange(season, FIRST_SEASON, LAST_SEASON, "season");
        Checks.inRange(round, 1, MAX_ROUND, "round");
    }

    public static RaceKey of(int season, int round) {
        return new RaceKey(season, round);
    }

    /** Parses {@code "2024-05"} or {@code "2024/5"} as written by {@link #toString()} and by users. */
    public static RaceKey parse(String text) {
        Checks.notBlank(text, "raceKey");
        String[] parts = text.trim().split("[-/:]");
        if (parts.length != 2) {
            throw new InvalidInputException("raceKey",
                    "raceKey must look like 2024-05 (season-round), was '" + text + "'");
        }
        try {
            return new RaceKey(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("raceKey",
                    "raceKey must look like 2024-05 (season-round), was '" + text + "'");
        }
    }

    @Override
    public int compareTo(RaceKey other) {
        int bySeason = Integer.compare(season, other.season);
        return bySeason != 0 ? bySeason : Integer.compare(round, other.round);
    }

    // equals and hashCode are written out (the same results as the generated ones): a record's generated methods
    // call through a method handle, which the f1 command's C1-only JIT does not inline; race keys are hash keys of
    // every model and storage step (decision D91).
    @Override
    public boolean equals(Object other) {
        return other instanceof RaceKey key && season == key.season && round == key.round;
    }

    @Override
    public int hashCode() {
        return 31 * season + round;
    }

    @Override
    public String toString() {
        return season + "-" + (round < 10 ? "0" : "") + round;
    }
}
