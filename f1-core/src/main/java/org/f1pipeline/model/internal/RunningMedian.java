package org.f1pipeline.model.internal;

import java.util.Arrays;

/**
 * Median of a growing multiset of ints in O(log n) per insert and O(1) per query (two heaps), so a season's
 * as-of sector medians can be read before every race without re-sorting every lap. For an even count the median
 * is the average of the two middle values, floored (as {@link org.f1pipeline.model.ModelMath#medianFloor}).
 * Not thread-safe.
 */
public final class RunningMedian {

    private final IntHeap lower = new IntHeap(true);  // max-heap: the smaller half
    private final IntHeap upper = new IntHeap(false); // min-heap: the larger half

    /** Adds a value. */
    public void add(int value) {
        if (lower.size == 0 || value <= lower.peek()) {
            lower.push(value);
        } else {
            upper.push(value);
        }
        // Keep lower.size == upper.size or upper.size + 1.
        if (lower.size > upper.size + 1) {
            upper.push(lower.pop());
        } else if (upper.size > lower.size) {
            lower.push(upper.pop());
        }
    }

    /** Number of values added. */
    public int size() {
        return lower.size + upper.size;
    }

    /** The floored median, or null when empty. */
    public Integer median() {
        if (lower.size == 0) {
            return null;
        }
        if (lower.size > upper.size) {
            return lower.peek();
        }
        return (int) Math.floorDiv((long) lower.peek() + upper.peek(), 2L);
    }

    /** A binary heap of ints, max-first or min-first. */
    private static final class IntHeap {
        private final boolean max;
        private int[] data = new int[16];
        private int size;

        IntHeap(boolean max) {
            this.max = max;
        }

        int peek() {
            return data[0];
        }

        void push(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            int i = size++;
            data[i] = v;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!before(data[i], data[parent])) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        int pop() {
            int top = data[0];
            data[0] = data[--size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int best = i;
                if (l < size && before(data[l], data[best])) {
                    best = l;
                }
                if (r < size && before(data[r], data[best])) {
                    best = r;
                }
                if (best == i) {
                    return top;
                }
                swap(i, best);
                i = best;
            }
        }

        private boolean before(int a, int b) {
            return max ? a > b : a < b;
        }

        private void swap(int i, int j) {
            int t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }
}
