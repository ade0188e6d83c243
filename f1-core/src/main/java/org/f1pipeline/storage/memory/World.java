package org.f1pipeline.storage.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One version of the whole database: a table per {@link Slot}. The committed world is never mutated; a
 * transaction works on a {@link #fork()}, which shares every table until the transaction first writes to it, and
 * commit publishes the fork. Not thread-safe: used under the storage lock only.
 */
final class World {

    private final Map<Slot<?, ?, ?>, Table<?, ?, ?>> tables;
    /** Tables this world copied and may therefore mutate. */
    private final Set<Slot<?, ?, ?>> copied = new HashSet<>();

    World() {
        this(new HashMap<>());
    }

    private World(Map<Slot<?, ?, ?>, Table<?, ?, ?>> tables) {
        this.tables = tables;
    }

    /** A world for one transaction: same tables, none of them writable yet. */
    World fork() {
        return new World(new HashMap<>(tables));
    }

    /** The table for reading. */
    @SuppressWarnings("unchecked") // the map only ever pairs a Slot<P,K,V> with a Table<P,K,V>
    <P, K, V> Table<P, K, V> read(Slot<P, K, V> slot) {
        Table<?, ?, ?> table = tables.get(slot);
        return table == null ? slot.empty() : (Table<P, K, V>) table;
    }

    /** The table for writing, copied on the first write of this world. */
    <P, K, V> Table<P, K, V> write(Slot<P, K, V> slot) {
        if (copied.add(slot)) {
            tables.put(slot, read(slot).copy());
        }
        return read(slot);
    }
}
