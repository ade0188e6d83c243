package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.model.ModelMath;
import org.f1pipeline.standings.Standing;

/**
 * The season-statistics definitions shared by the incremental and the from-scratch paths: rounding to the seed's
 * column precisions, the championship order and the car-performance normalisation. Stateless.
 */
public final class StatsRules {

    private StatsRules() {
    }

    /**
     * The grid slot used for position gain and luck: a pit-lane start (grid 0) counts as starting from the back of
     * the field, not as "better than pole" (the seed used 0, which made every pit-lane start a large loss).
     */
    public static int effectiveGrid(int grid, int fieldSize) {
        return grid > 0 ? grid : Math.max(fieldSize, 1);
    }

    /**
     * Championship positions: grand-prix plus sprint points, then countback on grand-prix finishes (most wins, then
     * most second places, ...), then id for a deterministic order. The seed ranked by grand-prix points only, ties
     * in input order (defect C4).
     */
    static <K extends Comparable<K>> Map<K, Integer> championship(Map<K, Totals> totals) {
        List<Map.Entry<K, Totals>> order = new ArrayList<>(totals.entrySet());
        Comparator<Map.Entry<K, Totals>> byPoints = Comparator.comparingDouble(
                e -> -ModelMath.round(e.getValue().championshipPoints(), 1));
        order.sort(byPoints.thenComparing((a, b) -> countback(a.getValue(), b.getValue()))
                .thenComparing(Map.Entry::getKey));
        Map<K, Integer> out = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            out.put(order.get(i).getKey(), i + 1);
        }
        return out;
    }

    private static int countback(Totals a, Totals b) {
        for (int p = 1; p <= Totals.MAX_POSITION; p++) {
            if (a.positions[p] != b.positions[p]) {
                return Integer.compare(b.positions[p], a.positions[p]);
            }
        }
        return 0;
    }

    /**
     * The driver record, with the seed's roundings (win rate 4, DNF rate 3, averages 2, points 1 decimals). Total
     * points and position are the official standings' ({@code championshipPoints}: the points that count, sprints
     * included, as stored in docs/standings.md); null falls back to the sum of grand-prix points.
     */
    static DriverSeasonStats driverStats(int season, int throughRound, DriverId driver, Totals t, int poles,
                                         int position, Double championshipPoints, Integer[] sectors, Double topSpeed,
                                         Double qualiDelta) {
        Double avgFinish = t.finished == 0 ? null : ModelMath.round((double) t.finishSum / t.finished, 2);
        Double avgGain = t.finished == 0 ? null : ModelMath.round((double) t.gainSum / t.finished, 2);
        double dnfRate = t.entered == 0 ? 0.0 : ModelMath.round((double) t.dnf / t.entered, 3);
        Double sprintAvg = t.sprintFinished == 0 ? null
                : ModelMath.round((double) t.sprintFinishSum / t.sprintFinished, 2);
        Double sprintWinRate = t.sprintEntered == 0 ? null
                : ModelMath.round(ModelMath.bayesianWinRate(t.sprintWins, t.sprintEntered), 4);
        return new DriverSeasonStats(season, driver, throughRound, t.entered, t.finished, t.wins, t.podiums, poles,
                championshipPoints != null ? championshipPoints : ModelMath.round(t.points, 1), position, avgFinish,
                ModelMath.round(ModelMath.bayesianWinRate(t.wins, t.entered), 4), avgGain, t.dnf, dnfRate,
                sectors[0], sectors[1], sectors[2], topSpeed == null ? null : ModelMath.round(topSpeed, 1),
                qualiDelta == null ? null : ModelMath.round(qualiDelta, 4), t.sprintEntered, t.sprintWins,
                t.sprintPodiums, ModelMath.round(t.sprintPoints, 1), sprintAvg, sprintWinRate);
    }

    /**
     * The team records. {@code carPerformanceScore} is min-max over the teams of (21 - average finish), a team
     * without a classified finish counting as 20; 0.0 for the slowest team is a real value (seed defect C1 was to
     * read it as missing). Rounded to 4 decimals as the seed's column stores it.
     */
    static List<TeamSeasonStats> teamStats(int season, int throughRound, Map<ConstructorId, Totals> teams,
                                           Map<ConstructorId, Integer> racesByTeam, Map<String, Standing> official) {
        List<ConstructorId> ids = new ArrayList<>(teams.keySet());
        ids.sort(Comparator.naturalOrder());
        double[] inverted = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Totals t = teams.get(ids.get(i));
            double avg = t.finished == 0 ? 20.0 : (double) t.finishSum / t.finished;
            inverted[i] = 21.0 - avg;
        }
        double[] carPerf = ModelMath.minmax(inverted);
        Map<ConstructorId, Integer> positions = championship(teams);
        // The constructors' championship (from 1958) ranks and scores teams; before it, the plain sums stand.
        List<TeamSeasonStats> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            ConstructorId id = ids.get(i);
            Totals t = teams.get(id);
            Double avgFinish = t.finished == 0 ? null : ModelMath.round((double) t.finishSum / t.finished, 2);
            double reliability = ModelMath.round(1.0 - (double) t.dnf / Math.max(t.entered, 1), 4);
            Standing line = official.get(id.value());
            // A team outside the official table (the Indianapolis 500 entrants of 1958-60, which scored for
            // drivers only) has no championship position; boxed, so the conditional never unboxes a null.
            Integer position = line != null ? Integer.valueOf(line.position())
                    : official.isEmpty() ? positions.get(id) : null;
            out.add(new TeamSeasonStats(season, id, throughRound, racesByTeam.getOrDefault(id, 0), t.entered, t.wins,
                    t.podiums, line != null ? line.points() : ModelMath.round(t.points, 1), position, avgFinish,
                    ModelMath.round(carPerf[i], 4), t.dnf, reliability, t.sprintWins, t.sprintPodiums,
                    ModelMath.round(t.sprintPoints, 1)));
        }
        return out;
    }
}
