package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceResult;

/**
 * Driver and team strength from every earlier grand prix, updated race by race (the inputs {@code driver_elo} and
 * {@code team_elo}). An Elo system over the finishing order: every pair of starters is a game won by the one
 * classified ahead (the unclassified behind every classified driver, ordered by laps completed), the expected score
 * is {@code 1 / (1 + 10^((R_b - R_a) / 400))}, and each pair moves both ratings by
 * {@code K x w x (1 - expected) / (starters - 1)}, with {@code w = exp(-place / 3)} of the better-placed driver's
 * place (0 for the winner): games at the front count most, because the front decides who wins (games whose
 * better-placed driver is 16th or worse, weighing under 1 %, are skipped).
 *
 * <p>Era-aware by construction: only the order counts (not points, whose scales changed), and dividing by the
 * field size keeps a 33-car 1950s race and a 20-car modern one on the same footing. Teams play the same games
 * against other teams (never against their own second car), and at each new season every team keeps
 * {@value #TEAM_CARRY_PERCENT} % of its distance from the reference, because cars change over the winter; drivers
 * keep theirs. Newcomers start {@value #NEWCOMER_OFFSET} below the reference. Not
 * thread-safe.
 */
public final class Ratings {

    /** The reference rating, shown as 0 by the inputs. */
    public static final double REFERENCE = 1500;
    /** Newcomers start this far below the reference (they are mostly slower than the field). */
    public static final double NEWCOMER_OFFSET = 50;
    /** Update size. */
    static final double K = 96;
    /** Places over which a game's weight falls by e. */
    static final double FRONT_WEIGHT_PLACES = 3;
    /** Games are played from the first this many places only (further back a game weighs under 1 %). */
    static final int FRONT_PLACES = 15;
    /** Share of a team's distance from the reference kept over the winter, in percent. */
    static final int TEAM_CARRY_PERCENT = 60;

    private final Map<DriverId, Double> drivers = new HashMap<>();
    private final Map<ConstructorId, Double> teams = new HashMap<>();
    private int season = Integer.MIN_VALUE;

    /** The driver's rating as the input scale: {@code (rating - 1500) / 100}. */
    public double driver(DriverId id) {
        return (drivers.getOrDefault(id, REFERENCE - NEWCOMER_OFFSET) - REFERENCE) / 100.0;
    }

    /**
     * The team's rating as the input scale, for a race of {@code forSeason}: when that season has not started yet
     * here (its first race), the winter regression is applied, as {@link #startSeason} will when the race is added.
     */
    public double team(ConstructorId id, int forSeason) {
        double r = teams.getOrDefault(id, REFERENCE - NEWCOMER_OFFSET);
        if (forSeason > season && season != Integer.MIN_VALUE && teams.containsKey(id)) {
            r = REFERENCE + TEAM_CARRY_PERCENT / 100.0 * (r - REFERENCE);
        }
        return (r - REFERENCE) / 100.0;
    }

    /** Moves to {@code newSeason} if it is later than the current one: team ratings regress to the reference. */
    public void startSeason(int newSeason) {
        if (newSeason > season) {
            if (season != Integer.MIN_VALUE) {
                double carry = TEAM_CARRY_PERCENT / 100.0;
                teams.replaceAll((k, r) -> REFERENCE + carry * (r - REFERENCE));
            }
            season = newSeason;
        }
    }

    /** Updates both ratings from a grand prix's results (drivers who failed to qualify or did not start are left out). */
    public void addRace(List<RaceResult> results) {
        List<RaceResult> order = new ArrayList<>(results.size());
        for (RaceResult r : results) {
            if (!r.positionText().equals("F") && !r.positionText().equals("W")) {
                order.add(r);
            }
        }
        int n = order.size();
        if (n < 2) {
            return;
        }
        order.sort(Comparator.comparingInt((RaceResult r) -> r.finishPosition() == null ? Integer.MAX_VALUE
                : r.finishPosition()).thenComparingInt(r -> r.laps() == null ? 0 : -r.laps())
                .thenComparing(RaceResult::driver));
        double[] dr = new double[n];
        double[] tr = new double[n];
        int[] teamOf = new int[n];
        List<ConstructorId> teamIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RaceResult r = order.get(i);
            dr[i] = drivers.getOrDefault(r.driver(), REFERENCE - NEWCOMER_OFFSET);
            int t = teamIds.indexOf(r.constructor());
            if (t < 0) {
                t = teamIds.size();
                teamIds.add(r.constructor());
            }
            teamOf[i] = t;
            tr[i] = teams.getOrDefault(r.constructor(), REFERENCE - NEWCOMER_OFFSET);
        }
        double[] dDelta = new double[n];
        double[] tDelta = new double[teamIds.size()];
        double scale = K / (n - 1);
        for (int i = 0; i < Math.min(n, FRONT_PLACES); i++) {
            double weight = scale * Math.exp(-i / FRONT_WEIGHT_PLACES);
            for (int j = i + 1; j < n; j++) {
                double d = weight * (1 - expected(dr[i], dr[j]));
                dDelta[i] += d;
                dDelta[j] -= d;
                if (teamOf[i] != teamOf[j]) {
                    double t = weight * (1 - expected(tr[i], tr[j]));
                    tDelta[teamOf[i]] += t;
                    tDelta[teamOf[j]] -= t;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            drivers.put(order.get(i).driver(), dr[i] + dDelta[i]);
        }
        for (int t = 0; t < tDelta.length; t++) {
            teams.put(teamIds.get(t), teams.getOrDefault(teamIds.get(t), REFERENCE - NEWCOMER_OFFSET) + tDelta[t]);
        }
    }

    private static final double LN10_OVER_400 = Math.log(10) / 400.0;

    private static double expected(double a, double b) {
        return 1.0 / (1.0 + Math.exp((b - a) * LN10_OVER_400));
    }
}
