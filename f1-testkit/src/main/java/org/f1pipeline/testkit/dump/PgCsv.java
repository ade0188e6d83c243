package org.f1pipeline.testkit.dump;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Values as PostgreSQL's {@code COPY ... TO STDOUT WITH CSV HEADER} prints them (session TimeZone UTC,
 * IntervalStyle postgres, extra_float_digits default): what Jolpica's {@code generate_csv_dump.py} puts in its files.
 */
final class PgCsv {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private PgCsv() {
    }

    /** boolean: {@code t} / {@code f}; null stays null (an empty field). */
    static String bool(Boolean b) {
        return b == null ? null : b ? "t" : "f";
    }

    /**
     * interval from milliseconds: {@code 00:01:31.531}, {@code 01:25:33.6}, {@code 00:00:24} (hours always two
     * digits or more, fractional seconds with trailing zeros trimmed and dropped when zero).
     */
    static String interval(Long ms) {
        if (ms == null) {
            return null;
        }
        if (ms < 0) {
            throw new IllegalArgumentException("negative interval " + ms);
        }
        long h = ms / 3_600_000;
        long m = (ms / 60_000) % 60;
        long s = (ms / 1000) % 60;
        long milli = ms % 1000;
        StringBuilder out = new StringBuilder(16);
        out.append(h < 10 ? "0" : "").append(h).append(':').append(m < 10 ? "0" : "").append(m).append(':')
                .append(s < 10 ? "0" : "").append(s);
        if (milli != 0) {
            String frac = String.format("%03d", milli);
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(frac, 0, end);
        }
        return out.toString();
    }

    /** timestamptz in UTC: {@code 2024-03-02 15:00:00+00} (whole seconds: the history has no fractions). */
    static String timestamp(Instant t) {
        if (t == null) {
            return null;
        }
        if (t.getNano() != 0) {
            throw new IllegalArgumentException("fractional timestamp " + t);
        }
        return TIMESTAMP.format(t) + "+00";
    }

    /**
     * double precision as PostgreSQL 12+ prints it: the shortest text that reads back to the same double, no
     * trailing {@code .0} for whole numbers. Callers pass decimal texts or values with few decimals, where the
     * shortest form is the plain decimal with trailing zeros removed.
     */
    static String number(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        String text = s.toPlainString();
        if (Double.parseDouble(text) != d.doubleValue()) {
            throw new IllegalArgumentException("not representable as a short double: " + d);
        }
        return text;
    }

    /** {@link #number(BigDecimal)} of a decimal text such as {@code 52.0786}; null/blank stays null. */
    static String number(String decimal) {
        return decimal == null || decimal.isBlank() ? null : number(new BigDecimal(decimal.trim()));
    }

    /** An integer column. */
    static String integer(Number n) {
        return n == null ? null : String.valueOf(n.longValue());
    }

    /**
     * One CSV field: null is the empty unquoted field; a value is quoted (quotes doubled) when it is empty or holds
     * a comma, a quote, CR or LF, or is exactly {@code \.} (PostgreSQL's end-of-data marker).
     */
    static void field(StringBuilder line, String value) {
        if (value == null) {
            return;
        }
        boolean quote = value.isEmpty() || value.equals("\\.");
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }
}
