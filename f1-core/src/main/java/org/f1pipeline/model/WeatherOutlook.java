package org.f1pipeline.model;

import org.f1pipeline.domain.WeatherLabel;

/**
 * What was known about the weather <em>before</em> a session: a forecast, or nothing. The weather feature reads
 * only this, never the label observed during the race (seed defect A2: that label exists only after the race, so
 * using it in a backfill leaks the result). The default is {@link #UNKNOWN}, which scores like a dry forecast
 * (0.5 for everyone).
 */
public enum WeatherOutlook {
    /** No forecast: neutral. */
    UNKNOWN,
    /** Dry forecast: neutral. */
    DRY,
    /** Mixed conditions forecast: the wet-history feature applies. */
    MIXED,
    /** Wet race forecast: the wet-history feature applies. */
    WET;

    /** Whether the forecast calls for rain (mixed or wet), the case in which the seed's wet feature applies. */
    public boolean expectsRain() {
        return this == MIXED || this == WET;
    }

    /** The outlook matching a forecast label; null gives {@link #UNKNOWN}. */
    public static WeatherOutlook of(WeatherLabel forecast) {
        if (forecast == null) {
            return UNKNOWN;
        }
        return switch (forecast) {
            case DRY -> DRY;
            case MIXED -> MIXED;
            case WET -> WET;
        };
    }
}
