package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.internal.LapArrays;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.standings.internal.StandingsCalculator;

/**
 * One season's statistics, built up weekend by weekend: each weekend costs O(its rows) and a snapshot costs
 * O(drivers + teams), so the as-of statistics before every race of a season cost linear, not quadratic, time.
 * Not thread-safe.
 */
public final class SeasonAccumulator {

    private final int season;
    private int throughRound;
    private final Map<DriverId, DriverState> drivers = new HashMap<>();
    private final Map<ConstructorId, Totals> teams = new HashMap<>();
    private final Map<ConstructorId, Integer> teamRaces = new HashMap<>();
    /** The official standings, fed the same weekends: championship points and positions come from it. */
    private final StandingsCalculator championship;
    private SeasonStats snapshot;

    public SeasonAccumulator(int season) {
        this.season = season;
        this.championship = new StandingsCalculator(season);
        this.snapshot = SeasonStats.empty(season);
    }

    /** Adds a weekend of this season; the caller guarantees chronological order. */
    public void add(Weekend w) {
        if (w.key().season() != season) {
            throw new IllegalArgumentException("weekend " + w.key() + " is not in season " + season);
        }
        snapshot = null;
        if (!w.raceResults().isEmpty() || !w.sprintResults().isEmpty()) {
            throughRound = Math.max(throughRound, w.key().round());
        }
        if (!w.raceResults().isEmpty() && w.key().round() > championship.lastRound()) {
            // As the stored tables: a round counts once its grand prix is in, with its sprint.
            championship.addRound(w.key().round(), w.race().circuit(), w.raceResults(), w.sprintResults());
        }
        int field = w.raceResults().size();
        Set<ConstructorId> teamsThisRace = new HashSet<>();
        for (RaceResult r : w.raceResults()) {
            driver(r.driver()).totals.addGrandPrix(r, field);
            teams.computeIfAbsent(r.constructor(), k -> new Totals()).addGrandPrix(r, field);
            teamsThisRace.add(r.constructor());
        }
        teamsThisRace.forEach(t -> teamRaces.merge(t, 1, Integer::sum));
        for (RaceResult r : w.sprintResults()) {
            driver(r.driver()).totals.addSprint(r);
            teams.computeIfAbsent(r.constructor(), k -> new Totals()).addSprint(r);
        }
        addQualifying(w.qualifying());
        if (w.race().format() == EventFormat.CONVENTIONAL) {
            // The seed's sector profile reads conventional weekends only.
            for (LapSummary s : w.lapSummaries()) {
                driver(s.driver()).addLaps(s);
            }
        }
    }

    private void addQualifying(List<QualifyingResult> rows) {
        Map<ConstructorId, List<QualifyingResult>> timedByTeam = new HashMap<>();
        for (QualifyingResult q : rows) {
            if (q.position() == 1) {
                driver(q.driver()).poles++;
            }
            if (q.bestTimeMs() != null) {
                timedByTeam.computeIfAbsent(q.constructor(), k -> new ArrayList<>(2)).add(q);
            }
        }
        // Teammate delta: only teams with exactly two timed drivers, as the seed; team = the row's constructor.
        for (List<QualifyingResult> pair : timedByTeam.values()) {
            if (pair.size() == 2) {
                double a = pair.get(0).bestTimeMs();
                double b = pair.get(1).bestTimeMs();
                driver(pair.get(0).driver()).addDelta(TeammateDelta.relativeGap(a, b));
                driver(pair.get(1).driver()).addDelta(TeammateDelta.relativeGap(b, a));
            }
        }
    }

    private DriverState driver(DriverId id) {
        return drivers.computeIfAbsent(id, k -> new DriverState());
    }

    /** The statistics after every weekend added so far (cached until the next add). */
    public SeasonStats snapshot() {
        if (snapshot == null) {
            Map<DriverId, Totals> ranked = new HashMap<>();
            drivers.forEach((id, s) -> {
                if (s.totals.entered + s.totals.sprintEntered > 0) {
                    ranked.put(id, s.totals);
                }
            });
            Map<DriverId, Integer> positions = StatsRules.championship(ranked);
            Map<String, Standing> official = new HashMap<>();
            championship.table(StandingsKind.DRIVERS).forEach(s -> official.put(s.driver().value(), s));
            List<DriverSeasonStats> out = new ArrayList<>(ranked.size());
            for (DriverId id : ranked.keySet()) {
                DriverState s = drivers.get(id);
                Integer[] sectors = {s.sector1.median(), s.sector2.median(), s.sector3.median()};
                Double delta = s.deltaCount == 0 ? null : s.deltaSum / s.deltaCount;
                Standing line = official.get(id.value());
                out.add(StatsRules.driverStats(season, throughRound, id, s.totals, s.poles,
                        line != null ? line.position() : positions.get(id), line != null ? line.points() : null,
                        sectors, s.topSpeed, delta));
            }
            Map<String, Standing> teamsOfficial = new HashMap<>();
            championship.table(StandingsKind.CONSTRUCTORS).forEach(s -> teamsOfficial.put(s.constructor().value(), s));
            snapshot = new SeasonStats(season, throughRound, out,
                    StatsRules.teamStats(season, throughRound, teams, teamRaces, teamsOfficial));
        }
        return snapshot;
    }

    /** Per-driver running state of the season. */
    private static final class DriverState {
        final Totals totals = new Totals();
        final RunningMedian sector1 = new RunningMedian();
        final RunningMedian sector2 = new RunningMedian();
        final RunningMedian sector3 = new RunningMedian();
        Double topSpeed;
        int poles;
        double deltaSum;
        int deltaCount;

        void addLaps(LapSummary laps) {
            // The medians do not depend on the order the times are added in, nor the maximum.
            sector1.addAll(LapArrays.sectorMs(laps, 1)); // read only, not copied (D97)
            sector2.addAll(LapArrays.sectorMs(laps, 2));
            sector3.addAll(LapArrays.sectorMs(laps, 3));
            Double speed = laps.topSpeedKph();
            if (speed != null && (topSpeed == null || speed > topSpeed)) {
                topSpeed = speed;
            }
        }

        void addDelta(double delta) {
            deltaSum += delta;
            deltaCount++;
        }
    }
}
