package org.f1pipeline.bootstrap.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.f1pipeline.internal.IsoDates;

/**
 * The value formats of PostgreSQL's CSV output, as the dump holds them (null is always handled by the caller: these
 * take a non-null text). Each throws {@link DumpFormatException} naming the table and row. Internal API.
 */
public final class DumpValues {

    /** {@code interval}: {@code HH:MM:SS[.ffffff]}, trailing zeros of the fraction trimmed, {@code N day(s) } first. */
    private static final Pattern INTERVAL =
            Pattern.compile("(?:(\\d+) days? )?(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?");

    /** {@code timestamptz} as COPY prints it: {@code 2024-03-02 15:00:00+00}, seconds fraction and offset minutes optional. */
    private static final DateTimeFormatter TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendPattern("[XXX][X]")
            .toFormatter();

    private DumpValues() {
    }

    /** A whole number (ids, positions, laps). */
    public static int integer(String text, CsvTable t) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new DumpFormatException(t.where() + ": expected a whole number, was '" + text + "'");
        }
    }

    /** A whole number, or null for null. */
    public static Integer optInteger(String text, CsvTable t) {
        return text == null ? null : integer(text, t);
    }

    /** An id column (bigint). */
    public static long id(String text, CsvTable t) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DumpFormatException(t.where() + ": expected an id, was '" + text + "'");
        }
    }

    /** An optional id column; -1 for null. */
    public static long optId(String text, CsvTable t) {
        return text == null ? -1 : id(text, t);
    }

    /** A float column ({@code 25}, {@code 12.5}, {@code 43.7347}), or null. */
    public static Double optDecimal(String text, CsvTable t) {
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DumpFormatException(t.where() + ": expected a number, was '" + text + "'");
        }
    }

    /** A boolean ({@code t}/{@code f}); null stays null. */
    public static Boolean optBool(String text, CsvTable t) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "t", "true" -> Boolean.TRUE;
            case "f", "false" -> Boolean.FALSE;
            default -> throw new DumpFormatException(t.where() + ": expected t or f, was '" + text + "'");
        };
    }

    /** A date ({@code 2024-03-02}), or null. */
    public static LocalDate optDate(String text, CsvTable t) {
        if (text == null) {
            return null;
        }
        try {
            return IsoDates.date(text);
        } catch (DateTimeParseException e) {
            throw new DumpFormatException(t.where() + ": expected a date like 2024-03-02, was '" + text + "'");
        }
    }

    /** A time of day ({@code 15:00:00}), or null. */
    public static LocalTime optTime(String text, CsvTable t) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new DumpFormatException(t.where() + ": expected a time like 15:00:00, was '" + text + "'");
        }
    }

    /** A {@code timestamptz} ({@code 2024-03-02 15:00:00+00}), or null. */
    public static Instant optTimestamp(String text, CsvTable t) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, TIMESTAMPTZ).toInstant();
        } catch (DateTimeParseException e) {
            throw new DumpFormatException(t.where() + ": expected a timestamp like 2024-03-02 15:00:00+00, was '"
                    + text + "'");
        }
    }

    /**
     * An {@code interval} in microseconds ({@code 00:01:31.531} is 91,531,000), or -1 for null.
     */
    public static long optMicros(String text, CsvTable t) {
        if (text == null) {
            return -1;
        }
        long fast = simpleMicros(text);
        if (fast >= 0) {
            return fast;
        }
        Matcher m = INTERVAL.matcher(text);
        if (!m.matches()) {
            throw new DumpFormatException(t.where() + ": expected a duration like 00:01:31.531, was '" + text + "'");
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long seconds = ((days * 24 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 60
                + Long.parseLong(m.group(4));
        String fraction = m.group(5) == null ? "" : m.group(5);
        long micros = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00000").substring(0, 6));
        return seconds * 1_000_000 + micros;
    }

    /**
     * The common case without a regular expression (the lap table has one interval a row): exactly
     * {@code HH:MM:SS} with an optional fraction of 1-6 digits; -1 for anything else (the pattern then decides).
     */
    private static long simpleMicros(String s) {
        int n = s.length();
        if (n < 8 || s.charAt(2) != ':' || s.charAt(5) != ':') {
            return -1;
        }
        int h = IsoDates.digits(s, 0, 2);
        int m = IsoDates.digits(s, 3, 5);
        int sec = IsoDates.digits(s, 6, 8);
        if (h < 0 || m < 0 || sec < 0 || m > 59 || sec > 59) {
            return -1;
        }
        long micros = 0;
        if (n > 8) {
            if (s.charAt(8) != '.' || n == 9 || n > 15) {
                return -1;
            }
            int f = IsoDates.digits(s, 9, n);
            if (f < 0) {
                return -1;
            }
            micros = f;
            for (int i = n; i < 15; i++) {
                micros *= 10;
            }
        }
        return ((h * 60L + m) * 60 + sec) * 1_000_000 + micros;
    }
}
