package org.f1pipeline.source.livetiming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One car's best time per qualifying segment (Q1/Q2/Q3, or SQ1-SQ3), from {@code TimingData}'s
 * {@code BestLapTimes}: the last non-empty value of each segment, with the lap it was set on.
 *
 * @param carNumber racing number
 * @param timesMs   three entries, null for a segment without a time
 * @param laps      three entries, the lap each best was set on, null when unknown
 */
public record SegmentBests(int carNumber, List<Integer> timesMs, List<Integer> laps) {

    /** Copies the lists (nulls allowed) and checks there are three of each. */
    public SegmentBests {
        if (timesMs == null || timesMs.size() != 3 || laps == null || laps.size() != 3) {
            throw new IllegalArgumentException("segmentBests needs three times and three laps");
        }
        timesMs = Collections.unmodifiableList(new ArrayList<>(timesMs));
        laps = Collections.unmodifiableList(new ArrayList<>(laps));
    }

    /** The best of segment {@code n} (1-3), or null. */
    public Integer segment(int n) {
        return timesMs.get(n - 1);
    }

    /** The highest segment with a time (0 when none). */
    public int reached() {
        for (int i = 2; i >= 0; i--) {
            if (timesMs.get(i) != null) {
                return i + 1;
            }
        }
        return 0;
    }
}
