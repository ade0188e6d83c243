package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.RaceKey;

/**
 * The teammate qualifying gap: per session, and rolled over a driver's last {@value #WINDOW} sessions (seed section
 * 5.11, shared by the grand-prix and sprint models). Team membership is the constructor of each qualifying row,
 * so a mid-season swap pairs the driver with the right teammate. Stateless.
 */
public final class TeammateDelta {

    /** Sessions per driver in the rolling window; the newest weighs {@value}, the oldest 1. */
    public static final int WINDOW = 5;

    private TeammateDelta() {
    }

    /** One timed session of a driver: the race, the team he drove for, and his best segment time. */
    public record Session(RaceKey race, ConstructorId team, int bestMs) {
    }

    /** {@code (teammate - own) / teammate}: positive when the driver was faster. */
    public static double relativeGap(double ownMs, double teammateMs) {
        return (teammateMs - ownMs) / teammateMs;
    }

    /**
     * Raw rolling deltas (before normalisation) for a pool: {@code sessions.get(i)} is driver i's newest sessions,
     * newest first, at most {@value #WINDOW}. Teammates are only other pool drivers whose own window holds the same
     * (race, team), as in the seed. For each of driver i's sessions at index k with a teammate, the term
     * {@code (best teammate - own) / best teammate} is weighted {@code WINDOW - k}; the result is the weighted mean,
     * or 0 when no session had a teammate.
     */
    public static double[] rolling(List<List<Session>> sessions) {
        Map<RaceTeam, List<int[]>> byRaceTeam = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            for (Session s : sessions.get(i)) {
                byRaceTeam.computeIfAbsent(new RaceTeam(s.race(), s.team()), k -> new ArrayList<>(2))
                        .add(new int[] {i, s.bestMs()});
            }
        }
        double[] out = new double[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            List<Session> own = sessions.get(i);
            double sumW = 0;
            double sumWd = 0;
            for (int k = 0; k < own.size() && k < WINDOW; k++) {
                Session s = own.get(k);
                int bestMate = Integer.MAX_VALUE;
                for (int[] entry : byRaceTeam.get(new RaceTeam(s.race(), s.team()))) {
                    if (entry[0] != i) {
                        bestMate = Math.min(bestMate, entry[1]);
                    }
                }
                if (bestMate == Integer.MAX_VALUE) {
                    continue;
                }
                int weight = WINDOW - k;
                sumWd += weight * relativeGap(s.bestMs(), bestMate);
                sumW += weight;
            }
            out[i] = sumW > 0 ? sumWd / sumW : 0.0;
        }
        return out;
    }

    private record RaceTeam(RaceKey race, ConstructorId team) {
    }
}
