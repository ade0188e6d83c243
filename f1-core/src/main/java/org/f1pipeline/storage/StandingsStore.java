package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;

/**
 * Official championship standings after every round (drivers' and constructors'), derived from the results by
 * {@code org.f1pipeline.standings}; the ingest jobs keep them in step with the results in the same transaction.
 * Natural key of a line: (season, round, kind, driver or constructor).
 *
 * <p>It also keeps the rows of a driver's other cars in a race (the 1950s shared drives): the result store holds
 * one row per driver and race, the championship countback counts every car he drove.
 */
public interface StandingsStore {

    /**
     * Makes {@code rows} the complete standings of {@code season} for every round from {@code fromRound} on, both
     * kinds: lines (and whole tables) of those rounds that are not among {@code rows} disappear; earlier rounds and
     * other seasons are untouched. Every row must be of that season and of a round {@code >= fromRound}.
     */
    void replaceFrom(int season, int fromRound, Collection<Standing> rows);

    /** The table of {@code kind} after {@code round}, by position; empty when none is stored. */
    List<Standing> after(int season, int round, StandingsKind kind);

    /** The last round of {@code season} that has a stored table (drivers'); empty when none. */
    OptionalInt lastRound(int season);

    /**
     * Makes {@code rows} the other-car rows of {@code race}'s {@code type} results (a driver's rows besides the one
     * the result store keeps; empty for almost every race). Every row must be of that race and type and have a
     * {@link RaceResult#positionOrder()}.
     */
    void replaceSharedDrives(RaceKey race, RaceType type, Collection<RaceResult> rows);

    /** The other-car rows of the season's races, by round, type, driver and classification order. */
    List<RaceResult> sharedDrives(int season);
}
