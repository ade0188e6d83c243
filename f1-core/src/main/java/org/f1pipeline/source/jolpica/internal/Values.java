package org.f1pipeline.source.jolpica.internal;

import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure parsers for Jolpica's string-encoded values (data-sources.md section 1.7). Each throws
 * {@link IllegalArgumentException} on malformed input; {@link Node} turns that into a {@code SourceFormatException}
 * naming the JSON path. Internal API.
 */
public final class Values {

    /**
     * {@code [H:]M:SS.fff}, {@code SS.fff} or {@code H:MM:SS.fff}; Jolpica always sends three decimals but Ergast-era
     * data had fewer, so one to nine are accepted (digits past the millisecond are dropped, not rounded, to match
     * how both servers truncate).
     */
    private static final Pattern DURATION = Pattern.compile("(?:(?:(\\d+):)?(\\d+):)?(\\d+)(?:\\.(\\d{1,9}))?");

    private Values() {
    }

    /**
     * Parses a lap, qualifying, race or pit-stop duration such as {@code "1:23.456"}, {@code "59.043"},
     * {@code "1:25:33.607"} or {@code "40:55.302"} into milliseconds.
     *
     * @param text the value, never blank
     * @return milliseconds
     * @throws IllegalArgumentException when the text is not a duration
     */
    public static long durationMs(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration like 1:23.456, was '" + text + "'");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        String fraction = m.group(4) == null ? "" : m.group(4);
        String millis = (fraction + "000").substring(0, 3);
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Integer.parseInt(millis);
    }

    /**
     * Parses an integer string such as {@code "12"}.
     *
     * @throws IllegalArgumentException when the text is not a whole number
     */
    public static int integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, was '" + text + "'", e);
        }
    }

    /**
     * Parses a long integer string such as a {@code millis} value.
     *
     * @throws IllegalArgumentException when the text is not a whole number
     */
    public static long longInteger(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, was '" + text + "'", e);
        }
    }

    /**
     * Parses a decimal such as points ({@code "25"}, {@code "12.5"}) or a coordinate ({@code "-1.01694"}).
     *
     * @throws IllegalArgumentException when the text is not a finite number
     */
    public static double decimal(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, was '" + text + "'", e);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("expected a finite number, was '" + text + "'");
        }
        return value;
    }

    /** Whether a position text is a finishing position (digits only) rather than R, D, W, F or N. */
    public static boolean isNumeric(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a schedule time. Jolpica sends UTC as {@code "15:00:00Z"}; an explicit offset is converted to UTC, and a
     * bare {@code "15:00:00"} is taken as UTC because the API documents every schedule time as UTC.
     *
     * @throws IllegalArgumentException when the text is not a time of day
     */
    public static LocalTime utcTime(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("Z") || t.endsWith("z")) {
                return LocalTime.parse(t.substring(0, t.length() - 1));
            }
            if (t.indexOf('+') > 0 || t.lastIndexOf('-') > 0) {
                return OffsetTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
            }
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a time like 15:00:00Z, was '" + text + "'", e);
        }
    }

    /**
     * Parses a local time of day such as a pit stop's {@code "14:19:22"}.
     *
     * @throws IllegalArgumentException when the text is not a time of day
     */
    public static LocalTime localTime(String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a time like 14:19:22, was '" + text + "'", e);
        }
    }
}
