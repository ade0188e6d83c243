package org.f1pipeline.internal;

import java.util.Objects;
import org.f1pipeline.InvalidInputException;

/**
 * Argument checks shared by the value records; messages always name the field. A value out of range is an
 * {@link InvalidInputException}, a missing one a {@link NullPointerException}. Internal API.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static Integer inRange(Integer value, int min, int max, String field) {
        return value == null ? null : inRange(value.intValue(), min, max, field);
    }

    public static Long nonNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidInputException(field, field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static Integer positive(Integer value, String field) {
        if (value != null && value <= 0) {
            throw new InvalidInputException(field, field + " must be > 0, was " + value);
        }
        return value;
    }

    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, field + " must be a finite number, was " + value);
        }
        return value;
    }

    public static Double finite(Double value, String field) {
        return value == null ? null : finite(value.doubleValue(), field);
    }

    public static Double unitInterval(Double value, String field) {
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            throw new InvalidInputException(field, field + " must be between 0 and 1, was " + value);
        }
        return value;
    }
}
