package org.f1pipeline.standings.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which of a season's round scores count towards a championship: all of them, the best N, or the best of each half
 * of a split season (1967-1980). Values, immutable.
 *
 * @param split how the season is divided; the best results are picked in each part independently
 * @param best  how many results count per part: a number, {@link #ALL} or {@link #ALL_BUT_ONE}
 */
public record Counting(Split split, int best) {

    /** Every result counts. */
    public static final int ALL = -1;

    /** All but the worst result of each part count (1967-1978: e.g. best 5 of the first 6 rounds). */
    public static final int ALL_BUT_ONE = -2;

    /** How a season is divided for counting; Jolpica's championship-system split types. */
    public enum Split {
        /** One part: the whole season. */
        NONE,
        /** Two halves by round number, the first one round longer when the count is odd (1967-1978). */
        HALVES_LARGER_FIRST,
        /** Two halves by round number, the second one round longer when the count is odd (1979, 1980). */
        HALVES_LARGER_SECOND
    }

    public Counting {
        if (split == null) {
            throw new IllegalArgumentException("counting.split must not be null");
        }
        if (best < ALL_BUT_ONE || best == 0) {
            throw new IllegalArgumentException("counting.best must be positive, ALL or ALL_BUT_ONE, was " + best);
        }
    }

    /** Every result counts. */
    public static Counting all() {
        return new Counting(Split.NONE, ALL);
    }

    /** The best {@code n} results of the season count. */
    public static Counting best(int n) {
        return new Counting(Split.NONE, n);
    }

    /** Whether counting needs the season's number of rounds (to cut it in halves, or to drop one per part). */
    public boolean needsRounds() {
        return split != Split.NONE || best == ALL_BUT_ONE;
    }

    /** Rounds in the first part of a season of {@code totalRounds} rounds. */
    int firstPart(int totalRounds) {
        return switch (split) {
            case NONE -> totalRounds;
            case HALVES_LARGER_FIRST -> (totalRounds + 1) / 2;
            case HALVES_LARGER_SECOND -> totalRounds / 2;
        };
    }

    /**
     * The points that count.
     *
     * @param perRound    points scored in each round so far (round number to points)
     * @param totalRounds the season's number of rounds, needed only when {@link #needsRounds()}
     */
    public double count(Map<Integer, Double> perRound, int totalRounds) {
        if (best == ALL) {
            return perRound.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        if (needsRounds() && totalRounds < 1) {
            throw new IllegalStateException("counting " + this + " needs the season's number of rounds");
        }
        int first = firstPart(totalRounds);
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        perRound.forEach((round, points) -> (split == Split.NONE || round <= first ? a : b).add(points));
        int limitA = best == ALL_BUT_ONE ? first - 1 : best;
        int limitB = best == ALL_BUT_ONE ? totalRounds - first - 1 : best;
        return top(a, limitA) + top(b, limitB);
    }

    private static double top(List<Double> scores, int n) {
        return scores.stream().sorted(Comparator.reverseOrder()).limit(Math.max(n, 0))
                .mapToDouble(Double::doubleValue).sum();
    }

    /** For documentation and messages, e.g. {@code best 11}, {@code best 4 of each half (larger second)}. */
    public String describe() {
        String n = best == ALL ? "all" : best == ALL_BUT_ONE ? "all but one" : "best " + best;
        return switch (split) {
            case NONE -> n;
            case HALVES_LARGER_FIRST -> n + " of each half (first half larger)";
            case HALVES_LARGER_SECOND -> n + " of each half (second half larger)";
        };
    }
}
