package org.f1pipeline.domain;

import java.util.Comparator;
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

    private static final Comparator<RaceKey> ORDER =
            Comparator.comparingInt(RaceKey::season).thenComparingInt(RaceKey::round);

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
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return season + "-" + (round < 10 ? "0" : "") + round;
    }
}
