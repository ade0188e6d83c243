package org.f1pipeline.domain;

import java.util.Locale;

/** The seed's weather label: share of rainfall samples above 0.5 is wet, above 0.1 mixed, otherwise dry. */
public enum WeatherLabel {
    DRY, MIXED, WET;

    /** Label for a rainfall share in [0, 1], with the seed's thresholds. */
    public static WeatherLabel ofRainfallShare(double share) {
        if (share > 0.5) {
            return WET;
        }
        return share > 0.1 ? MIXED : DRY;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WeatherLabel fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
