package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;

/** Race weekends, their progress status, and the conditions observed in each race. */
public interface RaceStore {

    /**
     * Inserts or updates races by {@link RaceKey}. New rows take the status of the record; existing rows keep their
     * stored status (the seed's exclude-on-update rule: re-syncing a schedule never resets progress) while every
     * other column is overwritten. The season and circuit must exist.
     */
    void upsertRaces(Collection<Race> races);

    Optional<Race> race(RaceKey key);

    /** The season's races, by round. */
    List<Race> races(int season);

    /** Races of seasons {@code fromSeason..toSeason} inclusive, by season then round. */
    List<Race> races(int fromSeason, int toSeason);

    /**
     * Moves the race to {@code to} only if its current status is in {@code from} (the seed's guarded transitions).
     *
     * @return whether the guard matched (the race is now in status {@code to})
     * @throws StorageException if the race does not exist
     */
    boolean transitionStatus(RaceKey key, Set<RaceStatus> from, RaceStatus to);

    /**
     * Sets the status unconditionally (ingest_race, cancellation, the auto runner's roll-back).
     *
     * @throws StorageException if the race does not exist
     */
    void setStatus(RaceKey key, RaceStatus status);

    /** Inserts or updates conditions by (race, type). */
    void upsertConditions(Collection<RaceConditions> conditions);

    Optional<RaceConditions> conditions(RaceKey key, RaceType type);

    /** Conditions of seasons {@code fromSeason..toSeason} inclusive, by season, round, then type. */
    List<RaceConditions> conditions(int fromSeason, int toSeason);
}
