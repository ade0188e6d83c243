package org.f1pipeline.internal;

import org.f1pipeline.InvalidInputException;

/**
 * Argument checks shared by the value records; messages always name the field. A value out of range is an
 * {@link InvalidInputException}, a missing one a {@link NullPointerException}. Internal API.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T notNull(T value, String field) {
        // No message supplier: a capturing lambda is an allocation per call, and the value records call this some
        // 300,000 times in a full recompute (6.8 MB of lambdas, measured with an allocation profile).
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        return value;
    }

    /** Longest source key accepted (Jolpica's are at most about 40 characters). */
    public static final int MAX_ID_LENGTH = 100;

    /**
     * A source's opaque key (driver, constructor, circuit id), case and characters as the source has them: only what
     * would harm storage or logs is refused, a blank value, a control character (line breaks, tabs, NUL, Unicode
     * format and line/paragraph separators), or more than {@value #MAX_ID_LENGTH} characters.
     */
    public static String sourceId(String value, String field) {
        notBlank(value, field);
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_ID_LENGTH + " characters, was "
                    + value.length() + " ('" + value.substring(0, 40) + "...')");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw new InvalidInputException(field, field + " must not contain control characters, had U+"
                        + String.format("%04X", (int) c) + " at index " + i + " in '"
                        + value.replaceAll("\\p{Cc}|\\p{Cf}|\\p{Zl}|\\p{Zp}", "?") + "'");
            }
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
