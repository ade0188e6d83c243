package org.f1pipeline.domain;

import java.util.regex.Pattern;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * Stable team identity: the Jolpica/Ergast {@code constructorId} such as {@code red_bull}. Stored per entry, so a
 * driver who changes team mid-season is credited to the right team for each race.
 */
public record ConstructorId(String value) implements Comparable<ConstructorId> {

    private static final Pattern ID = DriverId.ID;

    public ConstructorId {
        Checks.notBlank(value, "constructorId");
        if (!ID.matcher(value).matches()) {
            throw new InvalidInputException("constructorId",
                    "constructorId must be letters, digits, '_' or '-', was '" + value + "'");
        }
    }

    public static ConstructorId of(String value) {
        return new ConstructorId(value);
    }

    @Override
    public int compareTo(ConstructorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
