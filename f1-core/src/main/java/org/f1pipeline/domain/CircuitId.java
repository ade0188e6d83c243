package org.f1pipeline.domain;

import java.util.regex.Pattern;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * Stable circuit identity: the Jolpica/Ergast {@code circuitId} such as {@code monaco} or {@code bahrain}.
 */
public record CircuitId(String value) implements Comparable<CircuitId> {

    private static final Pattern ID = DriverId.ID;

    public CircuitId {
        Checks.notBlank(value, "circuitId");
        if (!ID.matcher(value).matches()) {
            throw new InvalidInputException("circuitId",
                    "circuitId must be letters, digits, '_' or '-', was '" + value + "'");
        }
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
