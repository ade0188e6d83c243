package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.List;

/** The newest {@code capacity} items added, oldest dropped first (a ring buffer). Not thread-safe. */
public final class Recent<T> {

    private final Object[] items;
    private int next;
    private int size;

    public Recent(int capacity) {
        this.items = new Object[capacity];
    }

    /** Adds the newest item. */
    public void add(T item) {
        items[next] = item;
        next = (next + 1) % items.length;
        size = Math.min(size + 1, items.length);
    }

    /** Number of items held. */
    public int size() {
        return size;
    }

    /** The items, newest first. */
    @SuppressWarnings("unchecked")
    public List<T> newestFirst() {
        List<T> out = new ArrayList<>(size);
        for (int k = 1; k <= size; k++) {
            out.add((T) items[Math.floorMod(next - k, items.length)]);
        }
        return out;
    }
}
