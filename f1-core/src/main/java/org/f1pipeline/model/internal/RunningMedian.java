package org.f1pipeline.model.internal;

import java.util.Arrays;

/**
 * Median of a growing multiset of ints. Values are appended as they come (a season's sector times, race by race),
 * and a query selects the middle values in place (quickselect with three-way partitions, falling back to a sort of
 * what is left if a partition goes badly), without sorting everything: the default model asks once per season
 * (about 1,000 sector times per driver and sector), where a full sort of them was 14 ms of a cold recompute's
 * model thread (decision D100); the seed's weighted-v3 asks before every race, each query linear like the merge of
 * sorted runs used before. For an even count the median is the average of the two middle values, floored (as
 * {@link org.f1pipeline.model.ModelMath#medianFloor}). Not thread-safe.
 */
public final class RunningMedian {

    /** Every value added, in no particular order (a query reorders them). */
    private int[] values = new int[64];
    private int size;

    /** Adds a value. */
    public void add(int value) {
        reserve(1);
        values[size++] = value;
    }

    /** Adds every value of {@code values} (not kept: copied). */
    public void addAll(int[] more) {
        reserve(more.length);
        System.arraycopy(more, 0, values, size, more.length);
        size += more.length;
    }

    /** Number of values added. */
    public int size() {
        return size;
    }

    /** The floored median, or null when empty. */
    public Integer median() {
        if (size == 0) {
            return null;
        }
        int k = size / 2;
        select(values, 0, size - 1, k);
        int upper = values[k];
        if (size % 2 == 1) {
            return upper;
        }
        // After the selection everything before k is at most values[k]: the lower middle value is their maximum.
        int lower = values[0];
        for (int i = 1; i < k; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (int) Math.floorDiv((long) lower + upper, 2L);
    }

    private void reserve(int more) {
        if (size + more > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + more));
        }
    }

    /**
     * Reorders {@code a[lo..hi]} so that {@code a[k]} holds the value a sort would put there, everything before it
     * is at most that and everything after at least. A season's times come as ascending runs, one per race: the
     * median of three keeps the pivots central there, and a budget of partitions bounds a bad case by one sort.
     */
    static void select(int[] a, int lo, int hi, int k) {
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo + 1)) + 4;
        while (hi > lo) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            // Three ways: below, equal to, above the pivot (sector times repeat to the millisecond).
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return;
            }
        }
    }

    private static int medianOfThree(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
