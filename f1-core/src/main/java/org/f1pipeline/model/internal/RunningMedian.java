package org.f1pipeline.model.internal;

import java.util.Arrays;

/**
 * Median of a growing multiset of ints. Values are appended as they come (a season's sector times, race by race)
 * and merged into one sorted array only when the median is asked for: the default model reads a season's sector
 * medians once, at the season's end, where the seed's weighted-v3 reads them before every race. Either way a
 * query costs one sort of the values added since the last one and one linear merge, and adding costs a copy
 * (the two heaps used before cost some thirty comparisons and swaps per value, a tenth of a recompute's model
 * time). For an even count the median is the average of the two middle values, floored (as
 * {@link org.f1pipeline.model.ModelMath#medianFloor}). Not thread-safe.
 */
public final class RunningMedian {

    private static final int[] NONE = new int[0];

    /** Every value merged so far, ascending. */
    private int[] sorted = NONE;
    /** Values added since the last merge, in the order added. */
    private int[] pending = new int[64];
    private int pendingSize;

    /** Adds a value. */
    public void add(int value) {
        reserve(1);
        pending[pendingSize++] = value;
    }

    /** Adds every value of {@code values} (not kept: copied). */
    public void addAll(int[] values) {
        reserve(values.length);
        System.arraycopy(values, 0, pending, pendingSize, values.length);
        pendingSize += values.length;
    }

    /** Number of values added. */
    public int size() {
        return sorted.length + pendingSize;
    }

    /** The floored median, or null when empty. */
    public Integer median() {
        merge();
        int n = sorted.length;
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        return (int) Math.floorDiv((long) sorted[n / 2 - 1] + sorted[n / 2], 2L);
    }

    private void reserve(int more) {
        if (pendingSize + more > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingSize + more));
        }
    }

    /** Sorts the pending values and merges them into {@link #sorted}. */
    private void merge() {
        if (pendingSize == 0) {
            return;
        }
        Arrays.sort(pending, 0, pendingSize);
        int[] out = new int[sorted.length + pendingSize];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < sorted.length && j < pendingSize) {
            out[k++] = sorted[i] <= pending[j] ? sorted[i++] : pending[j++];
        }
        System.arraycopy(sorted, i, out, k, sorted.length - i);
        System.arraycopy(pending, j, out, k + sorted.length - i, pendingSize - j);
        sorted = out;
        pendingSize = 0;
    }
}
