package org.f1pipeline.view;

import java.util.Locale;

/** Number formats shared by the views. */
final class Formats {

    private Formats() {
    }

    /** {@code 0.4523} as {@code 45.2%}. */
    static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f%%", probability * 100);
    }

    /** Whole points as integers ({@code 25}), others with up to two decimals ({@code 4.5}). */
    static String points(double points) {
        if (points == Math.rint(points)) {
            return String.format(Locale.ROOT, "%.0f", points);
        }
        return String.format(Locale.ROOT, "%.2f", points).replaceAll("0+$", "");
    }

    /** A nullable number with a pattern, {@code -} for null. */
    static String number(Double value, String pattern) {
        return value == null ? "-" : String.format(Locale.ROOT, pattern, value);
    }
}
