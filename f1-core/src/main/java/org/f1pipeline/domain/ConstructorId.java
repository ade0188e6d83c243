package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * Stable team identity: the Jolpica/Ergast {@code constructorId} such as {@code red_bull}. Stored per entry, so a
 * driver who changes team mid-season is credited to the right team for each race.
 *
 * <p>The source's opaque key, case-sensitive and kept exactly as the source spells it ({@code scott_Brown},
 * {@code lewis-evans}): only a blank value, control characters or more than 100 characters are refused
 * (see {@code Checks.sourceId}).
 */
public record ConstructorId(String value) implements Comparable<ConstructorId> {

    public ConstructorId {
        Checks.sourceId(value, "constructorId");
    }

    public static ConstructorId of(String value) {
        return new ConstructorId(value);
    }

    @Override
    public int compareTo(ConstructorId other) {
        return value.compareTo(other.value);
    }

    // equals and hashCode are written out (the same results as the generated ones): a record's generated methods
    // call through a method handle, which the f1 command's C1-only JIT does not inline; these ids are hash keys
    // of every model and storage step (decision D91).
    @Override
    public boolean equals(Object other) {
        return other instanceof ConstructorId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
