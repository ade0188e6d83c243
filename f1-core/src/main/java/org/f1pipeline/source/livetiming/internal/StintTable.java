package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TimingAppData stints per car, merged by stint index (later partial records fill fields; the first time a
 * stint was seen is kept). The lap counters ({@code TotalLaps}) are not trusted: around red flags they jump and
 * trailing 0-lap stints appear, so the laps of each stint come from the lap table's pit-out laps, not from here.
 */
final class StintTable {

    /** One stint as the feed describes it. */
    static final class Stint {
        final int index;
        final long firstSeen;
        String compound;
        Boolean fresh;
        Integer startLaps;
        Integer totalLaps;
        boolean tyresNotChanged;

        Stint(int index, long firstSeen) {
            this.index = index;
            this.firstSeen = firstSeen;
        }

        /** Laps the counters say were driven on this stint (a hint only). */
        Integer counterLaps() {
            return totalLaps == null || startLaps == null ? null : totalLaps - startLaps;
        }
    }

    private final Map<Integer, TreeMap<Integer, Stint>> cars = new LinkedHashMap<>();

    void walk(List<StreamRecord> records, Long endMs) {
        for (StreamRecord r : records) {
            if (endMs != null && r.timeMs() > endMs) {
                break;
            }
            Patches.eachField(r.data().get("Lines"), (key, line) -> {
                if (key.isEmpty() || !key.chars().allMatch(Character::isDigit) || !line.isObject()) {
                    return;
                }
                TreeMap<Integer, Stint> stints = cars.computeIfAbsent(Integer.parseInt(key), k -> new TreeMap<>());
                Patches.eachIndexed(line.get("Stints"), (i, s) -> merge(stints, i, s, r.timeMs()));
            });
        }
    }

    private static void merge(TreeMap<Integer, Stint> stints, int i, JsonNode s, long t) {
        if (s == null || !s.isObject()) {
            return;
        }
        Stint st = stints.computeIfAbsent(i, k -> new Stint(k, t));
        String compound = Patches.text(s, "Compound");
        if (compound != null) {
            st.compound = compound.toUpperCase(java.util.Locale.ROOT);
        }
        String fresh = Patches.text(s, "New");
        if (fresh != null) {
            st.fresh = fresh.equalsIgnoreCase("true");
        }
        Integer start = Patches.integer(s, "StartLaps");
        if (start != null) {
            st.startLaps = start;
        }
        Integer total = Patches.integer(s, "TotalLaps");
        if (total != null) {
            st.totalLaps = total;
        }
        String same = Patches.text(s, "TyresNotChanged");
        if (same != null) {
            st.tyresNotChanged = same.equals("1");
        }
    }

    /** Compound name to number of stints on it, over every car (unknown compounds left out). */
    Map<String, Integer> compoundUsage() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        cars.values().forEach(m -> m.values().forEach(s -> {
            if (s.compound != null && !s.compound.equals("UNKNOWN") && !s.compound.equals("TEST_UNKNOWN")) {
                out.merge(s.compound, 1, Integer::sum);
            }
        }));
        return out;
    }

    /** The stints of a car in index order (empty when none). */
    List<Stint> of(int car) {
        TreeMap<Integer, Stint> s = cars.get(car);
        return s == null ? List.of() : new ArrayList<>(s.values());
    }
}
