package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.RaceKey;

/** Pit stops of grands prix (key: race, driver, stop number). */
public interface PitStopStore {

    /** Inserts or updates pit stops. */
    void upsertPitStops(Collection<PitStop> stops);

    /** Makes {@code stops} the complete set of pit stops of {@code race}; stale stops disappear. */
    void replacePitStops(RaceKey race, Collection<PitStop> stops);

    /** The race's pit stops, by driver then stop number. */
    List<PitStop> pitStops(RaceKey race);

    /** Bulk read: the pit stops of every race of seasons {@code fromSeason..toSeason}, by season, round, driver, stop. */
    List<PitStop> pitStops(int fromSeason, int toSeason);

    /** Number of stored pit stops of the race. */
    int pitStopCount(RaceKey race);
}
