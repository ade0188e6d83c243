package org.f1pipeline.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.InputKind;

/**
 * The laps of one upsert call split into their sessions (race and type), in the order the sessions first appear,
 * each with its laps, whether their keys (driver, lap) are distinct, and their digest. The storages use it to skip
 * the sessions whose stored laps are exactly the ones sent (decision D72). Internal API.
 */
public final class LapSets {

    /** The laps of one session (race and type) in one call. */
    public static final class Group {
        private final RaceKey race;
        private final RaceType type;
        private final List<LapTime> laps = new ArrayList<>();
        /** Lap numbers seen per driver, as bits (laps are 1..200). */
        private final Map<DriverId, long[]> seen = new HashMap<>();
        private boolean distinct = true;
        private long digest;

        private Group(RaceKey race, RaceType type) {
            this.race = race;
            this.type = type;
        }

        private void add(LapTime lap, long[] bits) {
            laps.add(lap);
            int n = lap.lap();
            long bit = 1L << (n & 63);
            if ((bits[n >>> 6] & bit) != 0) {
                distinct = false;
            }
            bits[n >>> 6] |= bit;
        }

        public RaceKey race() {
            return race;
        }

        public RaceType type() {
            return type;
        }

        /** The input kind its laps are recorded under. */
        public InputKind kind() {
            return InputKind.laps(type);
        }

        /** The session's laps of the call, in call order. */
        public List<LapTime> laps() {
            return laps;
        }

        /** Whether no two laps of the session share a driver and lap number. */
        public boolean distinct() {
            return distinct;
        }

        /** {@link InputDigest#ofLaps} of {@link #laps()}, computed once. */
        public long digest() {
            if (digest == 0) {
                digest = InputDigest.ofLaps(laps);
            }
            return digest;
        }
    }

    /** Driver, then lap: a session's primary-key order. */
    private static final Comparator<LapTime> IN_SESSION = Comparator.comparing(LapTime::driver)
            .thenComparingInt(LapTime::lap);
    /** Season, round, then race type by stored name: the order of the lap tables' primary keys. */
    private static final Comparator<Group> SESSIONS = Comparator.comparing(Group::race)
            .thenComparing(g -> g.type().name());

    private LapSets() {
    }

    /**
     * The laps of {@code groups} in primary-key order (race, type, driver, lap), each group's laps sorted in
     * place. The sort is stable, so laps that repeat a key keep their order (the later still wins). Sources list
     * laps lap by lap; written in key order, PostgreSQL builds or extends the key's b-tree about a third faster and
     * reads come back in key order.
     */
    public static List<LapTime> inKeyOrder(List<Group> groups) {
        List<Group> sorted = new ArrayList<>(groups);
        sorted.sort(SESSIONS);
        List<LapTime> out = new ArrayList<>(sorted.stream().mapToInt(g -> g.laps.size()).sum());
        for (Group g : sorted) {
            sortSession(g.laps);
            out.addAll(g.laps);
        }
        return out;
    }

    /**
     * Sorts one session's laps by driver then lap, stably: by driver into buckets (first-appearance order), the
     * drivers sorted, each bucket sorted by lap unless it already is (laps come lap by lap from the sources, so
     * each driver's are usually in order). About four times cheaper than a comparison sort of the whole session.
     */
    private static void sortSession(List<LapTime> laps) {
        if (isSorted(laps)) {
            return;
        }
        Map<DriverId, List<LapTime>> byDriver = new HashMap<>();
        for (LapTime lap : laps) {
            byDriver.computeIfAbsent(lap.driver(), d -> new ArrayList<>()).add(lap);
        }
        List<DriverId> drivers = new ArrayList<>(byDriver.keySet());
        drivers.sort(null);
        laps.clear();
        for (DriverId driver : drivers) {
            List<LapTime> own = byDriver.get(driver);
            if (!isSorted(own)) {
                own.sort(IN_SESSION);
            }
            laps.addAll(own);
        }
    }

    private static boolean isSorted(List<LapTime> laps) {
        for (int i = 1; i < laps.size(); i++) {
            if (IN_SESSION.compare(laps.get(i - 1), laps.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The sessions of {@code laps}, in first-appearance order. */
    public static List<Group> of(Collection<LapTime> laps) {
        Map<List<Object>, Group> sets = new LinkedHashMap<>();
        Group current = null;
        DriverId driver = null;
        long[] bits = null;
        for (LapTime lap : laps) {
            // Bulk laps come grouped by race and driver: look up only when the session or driver changes.
            if (current == null || current.type != lap.type() || !current.race.equals(lap.race())) {
                current = sets.computeIfAbsent(List.of(lap.race(), lap.type()), k -> new Group(lap.race(), lap.type()));
                driver = null;
            }
            if (!lap.driver().equals(driver)) {
                driver = lap.driver();
                bits = current.seen.computeIfAbsent(driver, d -> new long[4]);
            }
            current.add(lap, bits);
        }
        List<Group> result = new ArrayList<>(sets.values());
        result.forEach(s -> s.seen.clear());
        return result;
    }
}
