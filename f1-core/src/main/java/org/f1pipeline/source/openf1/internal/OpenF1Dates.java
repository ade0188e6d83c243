package org.f1pipeline.source.openf1.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes OpenF1 timestamps. Internal API.
 *
 * <p>The API sends ISO-8601 with an explicit offset and 0-6 fraction digits ({@code 2023-09-15T13:08:19.923000+00:00});
 * re-serialised copies use a space instead of {@code T}; the server treats naive values as UTC. All three are accepted.
 */
public final class OpenF1Dates {

    /** What filters send: microseconds and an explicit {@code +00:00}, the API's own rendering. */
    private static final DateTimeFormatter FILTER =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private OpenF1Dates() {
    }

    /**
     * Parses one timestamp.
     *
     * @param text the value as sent
     * @return the instant
     * @throws DateTimeParseException when the text is no ISO date-time (or date)
     */
    public static Instant parse(String text) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (hasOffset(t)) {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
    }

    /** The filter rendering of {@code instant}, e.g. {@code 2023-09-16T13:03:35.200000+00:00} (not URL-encoded). */
    public static String format(Instant instant) {
        return FILTER.format(instant);
    }

    private static boolean hasOffset(String t) {
        if (t.endsWith("Z") || t.endsWith("z")) {
            return true;
        }
        // An offset starts with + or - after the time part (the date's own '-' are before index 10).
        int plus = t.lastIndexOf('+');
        int minus = t.lastIndexOf('-');
        return Math.max(plus, minus) > 10;
    }
}
