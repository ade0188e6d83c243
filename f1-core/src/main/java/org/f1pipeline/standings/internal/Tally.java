package org.f1pipeline.standings.internal;

import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.RaceResult;

/**
 * One driver's or team's season so far: points per round, and the finishes the countback reads. Not thread-safe.
 */
final class Tally {

    /** Positions 1..MAX are counted; classification orders of 99 rows are plenty (the largest field was 34). */
    static final int MAX = 99;

    final Map<Integer, Double> perRound = new TreeMap<>();
    /** finishes[p] = classified finishes in position p (all of them, counted or dropped). */
    final int[] finishes = new int[MAX + 1];
    /** unclassified[p] = unclassified results at classification order p (not disqualifications). */
    final int[] unclassified = new int[MAX + 1];
    int wins;
    ConstructorId team;

    void addPoints(int round, double points) {
        perRound.merge(round, points, Double::sum);
    }

    /**
     * Records a grand-prix result for the countback: a classified finish by its position, otherwise a retirement or
     * non-start by its classification order. A disqualified result (D, or E) counts for nothing, as in the official
     * tables (a disqualified car's place does not help its driver or team in a tie).
     */
    void addFinish(RaceResult r) {
        if (r.finishPosition() != null) {
            finishes[Math.min(r.finishPosition(), MAX)]++;
            if (r.finishPosition() == 1) {
                wins++;
            }
        } else if (r.positionOrder() != null && !disqualified(r.positionText())) {
            unclassified[Math.min(r.positionOrder(), MAX)]++;
        }
    }

    private static boolean disqualified(String positionText) {
        return positionText.equals("D") || positionText.equals("E");
    }

    /**
     * The countback: more wins first, then more second places, and so on; then the better retirements (lower
     * classification order). Negative when {@code a} ranks ahead of {@code b}.
     */
    static int countback(Tally a, Tally b) {
        for (int p = 1; p <= MAX; p++) {
            if (a.finishes[p] != b.finishes[p]) {
                return Integer.compare(b.finishes[p], a.finishes[p]);
            }
        }
        for (int p = 1; p <= MAX; p++) {
            if (a.unclassified[p] != b.unclassified[p]) {
                return Integer.compare(b.unclassified[p], a.unclassified[p]);
            }
        }
        return 0;
    }
}
