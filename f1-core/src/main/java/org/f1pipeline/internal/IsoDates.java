package org.f1pipeline.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * ISO dates ({@code yyyy-MM-dd}) and fixed-width digit runs read by hand. {@code LocalDate.parse} first initialises
 * java.time's formatter machinery and then parses through it: some 8 ms of a one-shot command that reads a calendar,
 * and the larger part of reading a date column of a bulk file (decision D91). Internal API.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * The date {@code text} names, exactly as {@link LocalDate#parse(CharSequence)} reads it: the canonical
     * {@code yyyy-MM-dd} by hand, anything else (an impossible day, a signed or longer year, other text) by
     * {@code LocalDate.parse}, which reads or refuses it with its own exception.
     */
    public static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && (day <= 28 || day <= YearMonth.of(year, month).lengthOfMonth())) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 unless every character there is an ASCII digit. */
    public static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
