package org.f1pipeline.storage.memory;

import java.util.Comparator;

/**
 * Names one table of the in-memory world and fixes how it is organised: rows grouped in partitions (one race, one
 * season ...), each partition sorted by its row key. Slots are constants of the store classes; a {@link World}
 * maps each slot to its current {@link Table}.
 *
 * @param <P> partition key
 * @param <K> row key inside a partition
 * @param <V> row
 */
final class Slot<P, K, V> {

    /** The single partition of a table that is not partitioned (seasons, circuits, drivers ...). */
    enum All { ROWS }

    private final String name;
    private final Table<P, K, V> empty;

    private Slot(String name, Comparator<? super P> partitionOrder, Comparator<? super K> rowOrder) {
        this.name = name;
        this.empty = new Table<>(partitionOrder, rowOrder);
    }

    /** A partitioned table whose partitions sort by {@code partitionOrder}. */
    static <P, K, V> Slot<P, K, V> partitioned(String name, Comparator<? super P> partitionOrder,
                                               Comparator<? super K> rowOrder) {
        return new Slot<>(name, partitionOrder, rowOrder);
    }

    /** A table with a single partition, {@link All#ROWS}. */
    static <K, V> Slot<All, K, V> flat(String name, Comparator<? super K> rowOrder) {
        return new Slot<>(name, Comparator.<All>naturalOrder(), rowOrder);
    }

    /** The shared empty table; only ever read, since writers always work on a {@link Table#copy()}. */
    Table<P, K, V> empty() {
        return empty;
    }

    @Override
    public String toString() {
        return name;
    }
}
