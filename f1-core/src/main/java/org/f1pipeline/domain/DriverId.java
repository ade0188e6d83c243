package org.f1pipeline.domain;

import java.util.regex.Pattern;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * Stable driver identity: the Jolpica/Ergast {@code driverId} such as {@code max_verstappen}. Unlike the
 * three-letter code (Michael and Mick Schumacher are both {@code MSC}) or the car number (reused before 2014),
 * it never collides across careers.
 */
public record DriverId(String value) implements Comparable<DriverId> {

    // Case as the source has it: Jolpica's real ids include upper-case letters (scott_Brown, Changy, Cannoc).
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-]*");

    public DriverId {
        Checks.notBlank(value, "driverId");
        if (!ID.matcher(value).matches()) {
            throw new InvalidInputException("driverId",
                    "driverId must be letters, digits, '_' or '-', was '" + value + "'");
        }
    }

    public static DriverId of(String value) {
        return new DriverId(value);
    }

    @Override
    public int compareTo(DriverId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
