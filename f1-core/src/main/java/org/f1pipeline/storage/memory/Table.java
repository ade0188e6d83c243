package org.f1pipeline.storage.memory;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rows grouped into sorted partitions, with copy-on-write at two levels so that a transaction can be rolled back by
 * simply dropping its copy. A transaction calls {@link #copy()} on its first write to the table (cost: one entry
 * per partition, the rows are shared), then {@link #write(Object)} copies a partition the first time it is written
 * in that transaction. Committed tables are therefore never mutated, and writing the laps of one race never copies
 * the laps of the other races. Not thread-safe: the storage lock serialises writers.
 */
final class Table<P, K, V> {

    private final Comparator<? super K> rowOrder;
    private final TreeMap<P, NavigableMap<K, V>> partitions;
    /** Partitions this copy made itself and may therefore mutate; every other partition is shared. */
    private final Set<P> owned;

    Table(Comparator<? super P> partitionOrder, Comparator<? super K> rowOrder) {
        this.rowOrder = rowOrder;
        this.partitions = new TreeMap<>(partitionOrder);
        this.owned = new HashSet<>();
    }

    private Table(Table<P, K, V> source) {
        this.rowOrder = source.rowOrder;
        this.partitions = new TreeMap<>(source.partitions);
        this.owned = new HashSet<>();
    }

    /** A writable copy sharing every partition with this table. */
    Table<P, K, V> copy() {
        return new Table<>(this);
    }

    /** The rows of one partition in row-key order (empty when absent); read-only. */
    NavigableMap<K, V> rows(P partition) {
        NavigableMap<K, V> rows = partitions.get(partition);
        return rows == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(rows);
    }

    /** Every partition, in partition order; read-only. */
    NavigableMap<P, NavigableMap<K, V>> partitions() {
        return Collections.unmodifiableNavigableMap(partitions);
    }

    /** Partitions from {@code from} to {@code to}, both inclusive, in partition order; read-only. */
    NavigableMap<P, NavigableMap<K, V>> between(P from, P to) {
        return Collections.unmodifiableNavigableMap(partitions.subMap(from, true, to, true));
    }

    /** The partition to mutate, copied (or created) on the first write of this transaction. */
    NavigableMap<K, V> write(P partition) {
        NavigableMap<K, V> rows = partitions.get(partition);
        if (rows != null && owned.contains(partition)) {
            return rows;
        }
        TreeMap<K, V> copy = new TreeMap<>(rowOrder);
        if (rows != null) {
            copy.putAll(rows);
        }
        partitions.put(partition, copy);
        owned.add(partition);
        return copy;
    }

    /** Makes {@code rows} the whole content of the partition (no copy of the old rows is needed). */
    void replace(P partition, Map<K, V> rows) {
        TreeMap<K, V> fresh = new TreeMap<>(rowOrder);
        fresh.putAll(rows);
        partitions.put(partition, fresh);
        owned.add(partition);
        prune(partition);
    }

    /** Drops the partition if it has no rows left, so range scans do not visit empty partitions. */
    void prune(P partition) {
        NavigableMap<K, V> rows = partitions.get(partition);
        if (rows != null && rows.isEmpty()) {
            partitions.remove(partition);
            owned.remove(partition);
        }
    }
}
