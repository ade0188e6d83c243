package org.f1pipeline.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;

/**
 * Parameters of one job run: a season ({@code year}), optionally a {@code round}, or a race key (the seed's
 * {@code --race_id}). Range checks happen at construction and throw {@link InvalidInputException} naming the field;
 * {@link #validateFor(Job, int)} then checks that the job gets what it needs, before any I/O.
 *
 * @param year  season, 1950 to next year
 * @param round round within the season, 1 to 30
 * @param race  the race, for compute jobs (equivalent to year + round)
 */
public record JobParams(Integer year, Integer round, RaceKey race) {

    public JobParams {
        if (year != null && (year < RaceKey.FIRST_SEASON || year > RaceKey.LAST_SEASON)) {
            throw new InvalidInputException("year", "year must be between " + RaceKey.FIRST_SEASON
                    + " and next year, was " + year);
        }
        if (round != null && (round < 1 || round > RaceKey.MAX_ROUND)) {
            throw new InvalidInputException("round", "round must be between 1 and " + RaceKey.MAX_ROUND
                    + ", was " + round);
        }
        if (round != null && year == null && race == null) {
            throw new InvalidInputException("year", "round " + round + " needs a year");
        }
        if (race != null && ((year != null && year != race.season()) || (round != null && round != race.round()))) {
            throw new InvalidInputException("race", "race " + race + " contradicts year " + year + " / round " + round);
        }
    }

    /** No parameters (jobs that detect their target themselves). */
    public static JobParams none() {
        return new JobParams(null, null, null);
    }

    /** A whole season. */
    public static JobParams year(int year) {
        return new JobParams(year, null, null);
    }

    /** One round of a season. */
    public static JobParams round(int year, int round) {
        return new JobParams(year, round, null);
    }

    /** One race. */
    public static JobParams race(RaceKey race) {
        return new JobParams(race.season(), race.round(), race);
    }

    /** The race these parameters point at: the race key, or year + round; null when neither is given. */
    public RaceKey raceKey() {
        if (race != null) {
            return race;
        }
        return year != null && round != null ? RaceKey.of(year, round) : null;
    }

    /**
     * Checks that {@code job} gets the parameters it needs and that the season is not beyond
     * {@code latestSeason} (normally next year by the pipeline's clock).
     *
     * @return these parameters, for chaining
     * @throws InvalidInputException naming the missing or out-of-range field
     */
    public JobParams validateFor(Job job, int latestSeason) {
        Integer season = year != null ? year : race != null ? Integer.valueOf(race.season()) : null;
        if (season != null && season > latestSeason) {
            throw new InvalidInputException("year", "year must be between " + RaceKey.FIRST_SEASON + " and "
                    + latestSeason + ", was " + season);
        }
        switch (job.scope()) {
            case YEAR -> {
                if (season == null) {
                    throw new InvalidInputException("year", job.jobName() + " needs the parameter year,"
                            + " e.g. JobParams.year(2024)");
                }
            }
            case ROUND, RACE -> {
                if (raceKey() == null) {
                    String missing = season == null ? "year" : "round";
                    throw new InvalidInputException(missing, job.jobName() + " needs a race: the parameters"
                            + " year and round, or race (e.g. JobParams.race(RaceKey.of(2024, 5)))");
                }
            }
            default -> throw new IllegalStateException("unhandled scope " + job.scope());
        }
        return this;
    }

    /** The parameters that are set, by name, for logs and failure lines. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        RaceKey key = raceKey();
        if (key != null) {
            map.put("year", key.season());
            map.put("round", key.round());
            map.put("race_id", key.toString());
        } else if (year != null) {
            map.put("year", year);
        }
        return map;
    }
}
