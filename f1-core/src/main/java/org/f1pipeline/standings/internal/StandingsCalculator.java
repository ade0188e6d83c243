package org.f1pipeline.standings.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;

/**
 * Builds one season's official standings round by round: add each round's grand-prix and sprint results in round
 * order, and read the table after the last round added at any time. Used by the storage update (one table per
 * round), the season statistics and the model's as-of history, so all three agree by construction.
 *
 * <p>The rules ({@link ChampionshipRules}): a round's points are the sum of the driver's result points (grand prix
 * plus sprint, as published); the season's {@link Counting} picks the results that count; constructors score the
 * sum of their cars' points from 1979, and before that only their best-placed car, paid on the constructors' scale
 * and without the drivers' fastest-lap point; races skipped for constructors (Indianapolis 1950-1960) count for
 * drivers only; ties are broken by countback (more wins, then more second places, ..., then better retirements);
 * official adjustments last. Not thread-safe.
 */
public final class StandingsCalculator {

    private final int season;
    private final SeasonRules rules;
    private final List<Adjustment> adjustments;
    private final TieOrder ties;
    private final Map<DriverId, Tally> drivers = new HashMap<>();
    private final Map<ConstructorId, Tally> teams = new HashMap<>();
    private int lastRound;

    /** A calculator for {@code season}, with that season's rules and adjustments; full ties ordered by id. */
    public StandingsCalculator(int season) {
        this(season, TieOrder.ids());
    }

    /** A calculator for {@code season} that orders full ties by {@code ties} (names, as the official tables). */
    public StandingsCalculator(int season, TieOrder ties) {
        this.season = season;
        this.ties = ties;
        this.rules = ChampionshipRules.season(season);
        this.adjustments = ChampionshipRules.adjustments(season);
    }

    /** The last round added; 0 before the first. */
    public int lastRound() {
        return lastRound;
    }

    /**
     * Adds one round.
     *
     * @param round     the round, later than every round added before
     * @param circuit   where it was run (the Indianapolis 500 counts for drivers only)
     * @param grandPrix the grand-prix results (one row per driver)
     * @param sprint    the sprint results of the same weekend, empty if none
     */
    public void addRound(int round, CircuitId circuit, List<RaceResult> grandPrix, List<RaceResult> sprint) {
        addRound(round, circuit, grandPrix, sprint, List.of());
    }

    /**
     * Adds one round whose classification had drivers in several cars (1950s shared drives).
     *
     * @param otherCars the rows of drivers' other cars, besides their row in {@code grandPrix}: they count in the
     *                  countback (every car a driver drove), and for their team, but their points are already in the
     *                  driver's row (summed or not by the season's shared-drive rule)
     */
    public void addRound(int round, CircuitId circuit, List<RaceResult> grandPrix, List<RaceResult> sprint,
                         List<RaceResult> otherCars) {
        if (round <= lastRound) {
            throw new IllegalArgumentException("round " + round + " of " + season + " added after round " + lastRound);
        }
        lastRound = round;
        for (RaceResult r : grandPrix) {
            Tally t = drivers.computeIfAbsent(r.driver(), k -> new Tally());
            t.addPoints(round, r.points());
            t.addFinish(r);
            t.team = r.constructor();
        }
        for (RaceResult r : otherCars) {
            drivers.computeIfAbsent(r.driver(), k -> new Tally()).addFinish(r);
        }
        for (RaceResult r : sprint) {
            Tally t = drivers.computeIfAbsent(r.driver(), k -> new Tally());
            t.addPoints(round, r.points());
            if (t.team == null) {
                t.team = r.constructor();
            }
        }
        if (rules.hasConstructors() && (rules.constructorsSkipCircuit() == null
                || !rules.constructorsSkipCircuit().equals(circuit.value()))) {
            addTeams(round, grandPrix, otherCars, sprint);
        }
    }

    private void addTeams(int round, List<RaceResult> grandPrix, List<RaceResult> otherCars,
                          List<RaceResult> sprint) {
        Map<ConstructorId, Double> points = new LinkedHashMap<>();
        double factor = BestCar.raceFactor(rules, grandPrix);
        for (RaceResult r : grandPrix) {
            Tally t = teams.computeIfAbsent(r.constructor(), k -> new Tally());
            t.addFinish(r);
            double value = rules.bestCarOnly() ? BestCar.value(rules, r, factor) : r.points();
            points.merge(r.constructor(), value, rules.bestCarOnly() ? Math::max : Double::sum);
        }
        for (RaceResult r : otherCars) { // their points are their drivers' rows' already
            teams.computeIfAbsent(r.constructor(), k -> new Tally()).addFinish(r);
            points.merge(r.constructor(), rules.bestCarOnly() ? BestCar.value(rules, r, factor) : 0.0, Math::max);
        }
        for (RaceResult r : sprint) {
            teams.computeIfAbsent(r.constructor(), k -> new Tally());
            points.merge(r.constructor(), r.points(), Double::sum);
        }
        points.forEach((team, p) -> teams.get(team).addPoints(round, voided(team, round) ? 0.0 : p));
    }

    private boolean voided(ConstructorId team, int round) {
        if (adjustments.isEmpty()) {
            return false; // most seasons: no stream per team and round
        }
        return adjustments.stream().anyMatch(a -> a.type() == Adjustment.Type.RACE_POINTS_VOID
                && a.round() == round && a.id().equals(team.value()));
    }

    /** The table after the last round added, by position; empty before the first round (and for constructors before 1958). */
    public List<Standing> table(StandingsKind kind) {
        if (lastRound == 0) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        if (kind == StandingsKind.DRIVERS) {
            drivers.forEach((id, t) -> lines.add(line(kind, id.value(), t)));
        } else {
            teams.forEach((id, t) -> lines.add(line(kind, id.value(), t)));
        }
        lines.sort(Comparator.comparing((Line l) -> l.mark != null)
                .thenComparing(Comparator.comparingDouble((Line l) -> l.points).reversed())
                .thenComparing((a, b) -> Tally.countback(a.tally, b.tally))
                .thenComparing(l -> ties.key(kind == StandingsKind.CONSTRUCTORS, l.id)));
        List<Standing> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int position = i + 1;
            String text = l.mark != null ? l.mark : Integer.toString(position);
            out.add(kind == StandingsKind.DRIVERS
                    ? Standing.driver(season, lastRound, position, text, DriverId.of(l.id), l.tally.team, l.points,
                            l.tally.wins)
                    : Standing.constructor(season, lastRound, position, text, ConstructorId.of(l.id), l.points,
                            l.tally.wins));
        }
        return out;
    }

    private Line line(StandingsKind kind, String id, Tally t) {
        Counting counting = kind == StandingsKind.DRIVERS ? rules.drivers() : rules.constructors();
        double points = counting.count(t.perRound, rules.rounds());
        String mark = null;
        for (Adjustment a : adjustments) {
            if (a.kind() == kind && a.id().equals(id)) {
                if (a.type() == Adjustment.Type.DEDUCTION && lastRound >= a.round()) {
                    points -= a.points();
                } else if (a.type() == Adjustment.Type.EXCLUDED) {
                    mark = a.mark();
                }
            }
        }
        return new Line(id, t, round4(points), mark);
    }

    /** Points to 4 decimals: sums of Jolpica's 2-decimal shares (1954's 1/7 = 0.14) carry binary noise. */
    static double round4(double points) {
        return Math.round(points * 10_000.0) / 10_000.0;
    }

    private record Line(String id, Tally tally, double points, String mark) {
    }
}
