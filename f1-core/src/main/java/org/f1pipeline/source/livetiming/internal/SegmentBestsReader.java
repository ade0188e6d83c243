package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.source.livetiming.SegmentBests;

/**
 * Qualifying segment bests from {@code BestLapTimes} patches. Per segment the last non-empty {@code Value} wins, with
 * the lap from the record that set it. Two real-archive behaviours: when the next segment starts the previous
 * segment's best is cleared ({@code Value:""}, {@code _deleted:["Lap"]}), which is not a deletion and is ignored; and
 * a deletion revert sends the earlier best as a {@code Value} without its {@code Lap}, whose lap is then looked up
 * among the values this car set in that segment. An empty value while its own segment is running (a deleted lap with
 * nothing to revert to) clears the segment.
 */
final class SegmentBestsReader {

    private static final class Car {
        final Integer[] times = new Integer[3];
        final Integer[] laps = new Integer[3];
        final Map<Integer, Integer>[] lapOfTime = newMaps();

        @SuppressWarnings("unchecked")
        private static Map<Integer, Integer>[] newMaps() {
            Map<Integer, Integer>[] m = new Map[3];
            for (int i = 0; i < 3; i++) {
                m[i] = new HashMap<>();
            }
            return m;
        }
    }

    private final Map<Integer, Car> cars = new LinkedHashMap<>();

    void accept(int number, JsonNode line, int currentPart) {
        JsonNode blt = line.get("BestLapTimes");
        if (blt == null) {
            return;
        }
        Car c = cars.computeIfAbsent(number, k -> new Car());
        Patches.eachIndexed(blt, (i, seg) -> {
            if (i < 0 || i > 2 || seg == null || !seg.isObject()) {
                return;
            }
            Integer ms = Patches.millis(Patches.text(seg, "Value"));
            Integer lap = Patches.integer(seg, "Lap");
            if (ms != null) {
                c.times[i] = ms;
                if (lap != null) {
                    c.lapOfTime[i].put(ms, lap);
                    c.laps[i] = lap;
                } else {
                    c.laps[i] = c.lapOfTime[i].get(ms);
                }
            } else if (Patches.explicitlyEmpty(seg, "Value") && currentPart == i + 1) {
                c.times[i] = null;
                c.laps[i] = null;
            }
        });
    }

    Map<Integer, SegmentBests> result() {
        Map<Integer, SegmentBests> out = new LinkedHashMap<>();
        cars.forEach((n, c) -> {
            if (Arrays.stream(c.times).anyMatch(x -> x != null)) {
                out.put(n, new SegmentBests(n, Arrays.asList(c.times), Arrays.asList(c.laps)));
            }
        });
        return out;
    }
}
