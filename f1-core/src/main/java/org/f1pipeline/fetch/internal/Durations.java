package org.f1pipeline.fetch.internal;

import java.time.Duration;
import java.util.Locale;

/** Human-readable durations for the guide-style log lines. Internal API. */
public final class Durations {

    private Durations() {
    }

    /** Seconds as the guide writes them: {@code "10"} for whole seconds, otherwise one decimal ({@code "1.3"}). */
    public static String seconds(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 == 0) {
            return Long.toString(millis / 1000);
        }
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** Compact form for task timings: {@code "850ms"}, {@code "15s"}, {@code "2m05s"}. */
    public static String compact(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        long s = Math.round(millis / 1000.0);
        return s < 60 ? s + "s" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
