package org.f1pipeline.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.TeamSeasonStats;

/**
 * A season's driver and team statistics at one point in time: after the weekends up to round
 * {@link #throughRound()}. This is what {@code compute_season_stats} stores, and (as-of the weekend before a race)
 * what the features read. Immutable and thread-safe; equal when all the statistics are equal.
 */
public final class SeasonStats {

    private final int season;
    private final int throughRound;
    private final List<DriverSeasonStats> drivers;
    private final List<TeamSeasonStats> teams;
    private final Map<DriverId, DriverSeasonStats> byDriver;
    private final Map<ConstructorId, TeamSeasonStats> byTeam;

    /**
     * Statistics of one season; the lists are sorted by id and must hold one entry per driver or team of that
     * season.
     *
     * @param throughRound the last round with results included (0 when none yet)
     */
    public SeasonStats(int season, int throughRound, List<DriverSeasonStats> drivers, List<TeamSeasonStats> teams) {
        this.season = season;
        this.throughRound = throughRound;
        this.drivers = drivers.stream().sorted(Comparator.comparing(DriverSeasonStats::driver)).toList();
        this.teams = teams.stream().sorted(Comparator.comparing(TeamSeasonStats::team)).toList();
        this.byDriver = new HashMap<>();
        this.byTeam = new HashMap<>();
        for (DriverSeasonStats d : this.drivers) {
            if (d.season() != season || byDriver.put(d.driver(), d) != null) {
                throw new InvalidInputException("driverStats",
                        "driver stats must be unique and of season " + season + ", got "
                        + d.driver() + " of " + d.season());
            }
        }
        for (TeamSeasonStats t : this.teams) {
            if (t.season() != season || byTeam.put(t.team(), t) != null) {
                throw new InvalidInputException("teamStats",
                        "team stats must be unique and of season " + season + ", got "
                        + t.team() + " of " + t.season());
            }
        }
    }

    /** No statistics yet (before the season's first weekend). */
    public static SeasonStats empty(int season) {
        return new SeasonStats(season, 0, List.of(), List.of());
    }

    /** The season (year). */
    public int season() {
        return season;
    }

    /** The last round with results included; 0 when empty. */
    public int throughRound() {
        return throughRound;
    }

    /** Every driver with at least one grand-prix or sprint result, by driver id. */
    public List<DriverSeasonStats> drivers() {
        return drivers;
    }

    /** Every team with at least one grand-prix or sprint result, by team id. */
    public List<TeamSeasonStats> teams() {
        return teams;
    }

    /** The driver's statistics, if he has a result this season. */
    public Optional<DriverSeasonStats> driver(DriverId id) {
        return Optional.ofNullable(byDriver.get(id));
    }

    /** The team's statistics, if it has a result this season. */
    public Optional<TeamSeasonStats> team(ConstructorId id) {
        return Optional.ofNullable(byTeam.get(id));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeasonStats other && season == other.season && throughRound == other.throughRound
                && drivers.equals(other.drivers) && teams.equals(other.teams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(season, throughRound, drivers, teams);
    }

    @Override
    public String toString() {
        return "SeasonStats[" + season + " through round " + throughRound + ", " + drivers.size() + " drivers, "
                + teams.size() + " teams]";
    }
}
