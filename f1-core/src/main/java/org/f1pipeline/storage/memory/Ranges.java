package org.f1pipeline.storage.memory;

import java.util.Collections;
import java.util.NavigableMap;
import org.f1pipeline.domain.RaceKey;

/** Season ranges over tables partitioned by race, clamped to the seasons a {@link RaceKey} can hold. */
final class Ranges {

    private Ranges() {
    }

    /** Partitions of races in seasons {@code fromSeason..toSeason} inclusive (empty when the range is empty). */
    static <K, V> NavigableMap<RaceKey, NavigableMap<K, V>> seasons(Table<RaceKey, K, V> table, int fromSeason,
                                                                   int toSeason) {
        int from = Math.max(fromSeason, RaceKey.FIRST_SEASON);
        int to = Math.min(toSeason, RaceKey.LAST_SEASON);
        if (from > to) {
            return Collections.emptyNavigableMap();
        }
        return table.between(RaceKey.of(from, 1), RaceKey.of(to, RaceKey.MAX_ROUND));
    }

    /** Partitions of seasons {@code fromSeason..toSeason} inclusive, for tables partitioned by season. */
    static <K, V> NavigableMap<Integer, NavigableMap<K, V>> years(Table<Integer, K, V> table, int fromSeason,
                                                                 int toSeason) {
        if (fromSeason > toSeason) {
            return Collections.emptyNavigableMap();
        }
        return table.between(fromSeason, toSeason);
    }
}
