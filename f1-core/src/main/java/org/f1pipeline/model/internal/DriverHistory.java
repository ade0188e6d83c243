package org.f1pipeline.model.internal;

import java.util.List;

/**
 * What the features remember about one driver across seasons, keyed by the stable driver id (never the
 * three-letter code, seed defect D2): his last classified grand-prix finishes (luck), his wet-race finishes
 * (weather), and his last timed qualifying and sprint-qualifying sessions (teammate deltas). Bounded: O(1) memory
 * per driver. Not thread-safe.
 */
public final class DriverHistory {

    /** Classified grand-prix finishes kept for the luck factor. */
    public static final int LUCK_WINDOW = 5;

    /** One classified grand-prix finish: the effective grid slot and the finishing position. */
    public record Finish(int grid, int position) {
    }

    private final Recent<Finish> finishes = new Recent<>(LUCK_WINDOW);
    private final Recent<TeammateDelta.Session> qualifying = new Recent<>(TeammateDelta.WINDOW);
    private final Recent<TeammateDelta.Session> sprintQualifying = new Recent<>(TeammateDelta.WINDOW);
    private long wetFinishSum;
    private int wetFinishes;

    void addFinish(Finish finish) {
        finishes.add(finish);
    }

    void addWetFinish(int position) {
        wetFinishSum += position;
        wetFinishes++;
    }

    void addQualifying(TeammateDelta.Session session) {
        qualifying.add(session);
    }

    void addSprintQualifying(TeammateDelta.Session session) {
        sprintQualifying.add(session);
    }

    /** The last classified grand-prix finishes, newest first (at most {@value #LUCK_WINDOW}). */
    public List<Finish> recentFinishes() {
        return finishes.newestFirst();
    }

    /** The last timed grand-prix qualifying sessions, newest first. */
    public List<TeammateDelta.Session> recentQualifying() {
        return qualifying.newestFirst();
    }

    /** The last timed sprint-qualifying sessions, newest first. */
    public List<TeammateDelta.Session> recentSprintQualifying() {
        return sprintQualifying.newestFirst();
    }

    /** Number of classified finishes in wet or mixed grands prix. */
    public int wetFinishes() {
        return wetFinishes;
    }

    /** Mean classified finish in wet or mixed grands prix; only meaningful when {@link #wetFinishes()} > 0. */
    public double wetAverageFinish() {
        return (double) wetFinishSum / wetFinishes;
    }
}
