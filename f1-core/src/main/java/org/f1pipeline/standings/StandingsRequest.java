package org.f1pipeline.standings;

import java.time.Clock;
import java.time.LocalDate;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;

/**
 * Which championship table to read: checked on construction, before anything is opened, read or written (a CLI
 * checks its arguments with it before it opens the database).
 *
 * @param season the season, 1950 or later
 * @param round  the table after this round (1 to RaceKey.MAX_ROUND), or null for the season's last round with results
 * @param kind   drivers' or constructors' (the latter from 1958)
 */
public record StandingsRequest(int season, Integer round, StandingsKind kind) {

    /** The first season with a constructors' championship. */
    public static final int FIRST_CONSTRUCTORS_SEASON = 1958;

    /** @throws InvalidInputException naming the field: year, round, kind or constructors */
    public StandingsRequest {
        if (season < 1950) {
            throw new InvalidInputException("year", "year must be 1950 or later (the first world championship),"
                    + " was " + season);
        }
        if (round != null && (round < 1 || round > RaceKey.MAX_ROUND)) {
            // Same bound as a job's round (RaceKey): a table after round 40 cannot exist, so say so, not "no data".
            throw new InvalidInputException("round", "round must be between 1 and " + RaceKey.MAX_ROUND
                    + ", was " + round);
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "kind must be drivers or constructors");
        }
        if (kind == StandingsKind.CONSTRUCTORS && season < FIRST_CONSTRUCTORS_SEASON) {
            throw new InvalidInputException("kind", "there was no constructors' championship before "
                    + FIRST_CONSTRUCTORS_SEASON + " (season " + season + "); ask for kind DRIVERS");
        }
    }

    /**
     * This request, if its season is not later than next year by {@code clock}.
     *
     * @throws InvalidInputException naming the field year otherwise
     */
    public StandingsRequest requireKnownBy(Clock clock) {
        int next = LocalDate.now(clock).getYear() + 1;
        if (season > next) {
            throw new InvalidInputException("year", "year must be between 1950 and " + next + ", was " + season);
        }
        return this;
    }
}
