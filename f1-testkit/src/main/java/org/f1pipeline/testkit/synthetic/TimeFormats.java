package org.f1pipeline.testkit.synthetic;

/**
 * Time formatting exactly as the real sources print it. Public so tests can build expected strings.
 */
public final class TimeFormats {
    private TimeFormats() {
    }

    /** Jolpica lap/qualifying time: {@code 1:23.456}, {@code 59.043}, {@code 1:25:33.607} (leading zero stripped). */
    public static String lapTime(long ms) {
        long h = ms / 3_600_000;
        long m = (ms / 60_000) % 60;
        long s = (ms / 1000) % 60;
        long milli = ms % 1000;
        if (h > 0) {
            return String.format("%d:%02d:%02d.%03d", h, m, s, milli);
        }
        if (m > 0) {
            return String.format("%d:%02d.%03d", m, s, milli);
        }
        return String.format("%d.%03d", s, milli);
    }

    /** Winner's race time, {@code 1:25:33.607} (same format as {@link #lapTime(long)}). */
    public static String raceTime(long ms) {
        return lapTime(ms);
    }

    /** Seconds with three decimals, {@code 24.563}; {@code M:SS.mmm} from one minute (Jolpica pit durations). */
    public static String pitDuration(long ms) {
        return lapTime(ms);
    }

    /** OpenF1 float seconds, e.g. {@code 91.743}. */
    public static double seconds(long ms) {
        return ms / 1000.0;
    }

    /** Live-timing stream prefix {@code HH:MM:SS.mmm}. */
    public static String streamPrefix(long ms) {
        long v = Math.max(0, ms);
        return String.format("%02d:%02d:%02d.%03d", v / 3_600_000, (v / 60_000) % 60, (v / 1000) % 60, v % 1000);
    }
}
