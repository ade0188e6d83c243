package org.f1pipeline.source.openf1;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gap as OpenF1 sends it in {@code intervals} and {@code session_result}: a number of seconds, a lap count
 * ({@code "+1 LAP"}, {@code "+2 LAPS"}), or, for the leader, {@code "LAP 12"} (read as 0 seconds) — the field mixes
 * types, so it is kept as this small union instead of a number.
 *
 * @param seconds    the gap in seconds, or null when it is given in laps or unreadable
 * @param lapsBehind the number of laps behind, or null when it is given in seconds
 * @param text       the original text, or null when the wire value was a number
 */
public record OpenF1Gap(Double seconds, Integer lapsBehind, String text) {

    private static final Pattern LAPS = Pattern.compile("\\+?\\s*(\\d+)\\s*LAPS?");
    private static final Pattern LEADER = Pattern.compile("LAP\\s*\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d+(\\.\\d+)?");

    /** A gap given in seconds. */
    public static OpenF1Gap seconds(double seconds) {
        return new OpenF1Gap(seconds, null, null);
    }

    /**
     * Reads the textual forms: {@code "+1 LAP"}, {@code "+3 LAPS"}, the leader's {@code "LAP 5"} (0 s) and numbers
     * sent as text ({@code "+0.512"}). Anything else keeps only the text.
     *
     * @param text the wire text
     * @return the gap
     */
    public static OpenF1Gap parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher laps = LAPS.matcher(t);
        if (laps.matches()) {
            return new OpenF1Gap(null, Integer.parseInt(laps.group(1)), text);
        }
        if (LEADER.matcher(t).matches()) {
            return new OpenF1Gap(0.0, null, text);
        }
        if (NUMBER.matcher(t).matches()) {
            return new OpenF1Gap(Double.parseDouble(t), null, text);
        }
        return new OpenF1Gap(null, null, text);
    }

    /** Whether the car is one or more laps behind. */
    public boolean lapped() {
        return lapsBehind != null && lapsBehind > 0;
    }
}
