package org.f1pipeline.model.internal;

import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.model.FinishOutcome;

/**
 * Raw running sums of one driver or one team over part of a season; {@link StatsRules} turns them into the
 * rounded domain statistics. Shared by drivers and teams because the result-based sums are the same. Not
 * thread-safe.
 */
public final class Totals {

    /** Highest finishing position tracked for countback. */
    static final int MAX_POSITION = 40;

    int entered;
    int finished;
    int wins;
    int podiums;
    int dnf;
    long finishSum;
    long gainSum;
    double points;
    /** positions[p] = number of grand-prix finishes in position p, for the championship countback. */
    final int[] positions = new int[MAX_POSITION + 1];
    int sprintEntered;
    int sprintFinished;
    int sprintWins;
    int sprintPodiums;
    long sprintFinishSum;
    double sprintPoints;

    /** Adds a grand-prix result; {@code fieldSize} is the number of results of that race (pit-lane starts). */
    void addGrandPrix(RaceResult r, int fieldSize) {
        entered++;
        points += r.points();
        FinishOutcome outcome = FinishOutcome.of(r);
        if (outcome.isDnf()) {
            dnf++;
        }
        if (outcome == FinishOutcome.CLASSIFIED) {
            int p = r.finishPosition();
            finished++;
            finishSum += p;
            gainSum += StatsRules.effectiveGrid(r.grid(), fieldSize) - p;
            positions[p]++;
            if (p == 1) {
                wins++;
            }
            if (p <= 3) {
                podiums++;
            }
        }
    }

    /** Adds a sprint result. */
    void addSprint(RaceResult r) {
        sprintEntered++;
        sprintPoints += r.points();
        if (FinishOutcome.of(r) == FinishOutcome.CLASSIFIED) {
            int p = r.finishPosition();
            sprintFinished++;
            sprintFinishSum += p;
            if (p == 1) {
                sprintWins++;
            }
            if (p <= 3) {
                sprintPodiums++;
            }
        }
    }

    /** Grand-prix plus sprint points: what the championship ranks by. */
    double championshipPoints() {
        return points + sprintPoints;
    }
}
