package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * Stable circuit identity: the Jolpica/Ergast {@code circuitId} such as {@code monaco} or {@code bahrain}.
 *
 * <p>The source's opaque key, case-sensitive and kept exactly as the source spells it ({@code scott_Brown},
 * {@code lewis-evans}): only a blank value, control characters or more than 100 characters are refused
 * (see {@code Checks.sourceId}).
 */
public record CircuitId(String value) implements Comparable<CircuitId> {

    public CircuitId {
        Checks.sourceId(value, "circuitId");
    }

    public static CircuitId of(String value) {
        return new CircuitId(value);
    }

    @Override
    public int compareTo(CircuitId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
