package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the TimingData patch stream per car the way FastF1 does (spec 3.6 points 1-7), not the merged final state:
 * a lap ends with the record that raises {@code NumberOfLaps}; values in that record, and sector times, lap time and
 * I1/I2/FL speeds arriving at most 5 s after the boundary belong to the lap that ended; {@code ST} goes to the lap in
 * progress; data with a lower {@code NumberOfLaps} than seen (late data) and anything after the session's end is
 * ignored; outside races nothing counts before the car first left the pits ({@code InPit:false}), in races nothing
 * before the start. {@code InPit:true} marks the lap in progress as an in-lap; {@code InPit:false} marks the next lap
 * as an out-lap when the same record ends a lap or the next lap starts within 5 s, else the lap in progress.
 */
final class LapBuilder {

    static final long LATE_MS = 5_000;

    /** One car's walk. */
    static final class Car {
        final int number;
        final TreeMap<Integer, LapAcc> laps = new TreeMap<>();
        int completed;
        long lastBoundary = -1;
        boolean started;
        Long firstOut;

        Car(int number) {
            this.number = number;
        }

        LapAcc lap(int n) {
            return laps.computeIfAbsent(n, LapAcc::new);
        }
    }

    /** Session parts (qualifying segment) with the time each began. */
    final List<long[]> parts = new ArrayList<>();
    final Map<Integer, Car> cars = new LinkedHashMap<>();
    private final boolean raceLike;
    private final Long startedAt;
    private final Long endMs;
    private final SegmentBestsReader bests = new SegmentBestsReader();

    LapBuilder(boolean raceLike, Long startedAt, Long endMs) {
        this.raceLike = raceLike;
        this.startedAt = startedAt;
        this.endMs = endMs;
    }

    SegmentBestsReader bests() {
        return bests;
    }

    void walk(List<StreamRecord> records) {
        for (StreamRecord r : records) {
            long t = r.timeMs();
            if (endMs != null && t > endMs) {
                break;
            }
            Integer part = Patches.integer(r.data(), "SessionPart");
            if (part != null && part > 0 && (parts.isEmpty() || parts.get(parts.size() - 1)[1] != part)) {
                parts.add(new long[] {t, part});
            }
            int currentPart = parts.isEmpty() ? 0 : (int) parts.get(parts.size() - 1)[1];
            Patches.eachField(r.data().get("Lines"), (key, line) -> {
                if (key.isEmpty() || !key.chars().allMatch(Character::isDigit) || !line.isObject()) {
                    return;
                }
                int number = Integer.parseInt(key);
                bests.accept(number, line, currentPart);
                car(number, line, t);
            });
        }
    }

    private void car(int number, JsonNode line, long t) {
        Car c = cars.computeIfAbsent(number, Car::new);
        Integer nl = Patches.integer(line, "NumberOfLaps");
        if (nl != null && nl < c.completed) {
            return;
        }
        boolean ends = nl != null && nl > c.completed;
        // Races: every car on the grid is running from the start (the real feed also sends InPit:false when the
        // cars leave for the grid, synthetic feeds need not); elsewhere only once the car has left the pits.
        boolean live = raceLike ? startedAt == null || t >= startedAt : c.started;
        int inProgress = c.completed + 1;
        int endTarget = ends ? nl : c.completed > 0 && t - c.lastBoundary <= LATE_MS ? c.completed : inProgress;
        if (live) {
            values(c, line, t, ends ? nl : inProgress, endTarget);
        }
        JsonNode inPit = line.get("InPit");
        if (inPit != null && inPit.isBoolean()) {
            if (inPit.asBoolean()) {
                if (live) {
                    LapAcc a = c.lap(ends ? nl : inProgress);
                    a.pitIn = true;
                    a.touched(t);
                }
            } else {
                c.started = true;
                // A race's pit exit before the start is the drive to the grid, not an out-lap.
                boolean countsAsPitOut = !raceLike || startedAt != null && t > startedAt;
                if (c.firstOut == null) {
                    c.firstOut = t;
                }
                if (countsAsPitOut) {
                    LapAcc a = c.lap(ends ? nl + 1 : inProgress);
                    a.pitOut = true;
                    a.pitOutTime = t;
                    a.startTime = t;
                }
            }
        }
        if (ends) {
            LapAcc done = c.lap(nl);
            done.endTime = t;
            if (done.pitOut && done.pitOutTime != null && t - done.pitOutTime < LATE_MS && done.lap > 1) {
                done.pitOut = false;
                LapAcc next = c.lap(nl + 1);
                next.pitOut = true;
                next.pitOutTime = done.pitOutTime;
                next.startTime = t;
            }
            c.completed = nl;
            c.lastBoundary = t;
        }
    }

    private void values(Car c, JsonNode line, long t, int stTarget, int endTarget) {
        Patches.eachIndexed(line.get("Sectors"), (i, s) -> {
            String v = Patches.text(s, "Value");
            Integer ms = Patches.millis(v);
            if (i >= 0 && i < 3 && ms != null) {
                LapAcc a = c.lap(endTarget);
                a.sectors[i] = ms;
                a.touched(t);
            }
        });
        JsonNode speeds = line.get("Speeds");
        if (speeds != null && speeds.isObject()) {
            Integer i1 = Patches.integer(speeds.get("I1"), "Value");
            Integer i2 = Patches.integer(speeds.get("I2"), "Value");
            Integer fl = Patches.integer(speeds.get("FL"), "Value");
            Integer st = Patches.integer(speeds.get("ST"), "Value");
            if (i1 != null || i2 != null || fl != null) {
                LapAcc a = c.lap(endTarget);
                a.i1 = i1 != null ? i1 : a.i1;
                a.i2 = i2 != null ? i2 : a.i2;
                a.fl = fl != null ? fl : a.fl;
                a.touched(t);
            }
            if (st != null) {
                LapAcc a = c.lap(stTarget);
                a.st = st;
                a.touched(t);
            }
        }
        JsonNode last = line.get("LastLapTime");
        if (last != null && last.isObject() && last.has("Value")) {
            Integer ms = Patches.millis(Patches.text(last, "Value"));
            LapAcc a = c.lap(endTarget);
            if (ms != null) {
                a.lapTime = ms;
                a.lapTimeEmpty = false;
            } else if (Patches.explicitlyEmpty(last, "Value") && a.lapTime == null) {
                a.lapTimeEmpty = true;
            }
        }
    }

    /** The qualifying segment in force at session time {@code t} (null outside qualifying). */
    Integer partAt(Long t) {
        if (parts.isEmpty() || t == null) {
            return null;
        }
        Integer p = (int) parts.get(0)[1];
        for (long[] x : parts) {
            if (x[0] <= t) {
                p = (int) x[1];
            }
        }
        return p;
    }
}
