package org.f1pipeline.source.openf1.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unit conversions shared by the derivations. Internal API. */
public final class Units {

    private Units() {
    }

    /**
     * Seconds to whole milliseconds, rounded to nearest. OpenF1 sends millisecond-precise decimals (99.359), whose
     * binary value can sit just below the intended number; flooring (as the seed did) would lose a millisecond.
     *
     * @param seconds a duration in seconds, or null
     * @return milliseconds, or null when the input is null, not finite or not positive
     */
    public static Integer millis(Double seconds) {
        if (seconds == null || !Double.isFinite(seconds) || seconds <= 0) {
            return null;
        }
        return (int) Math.round(seconds * 1000.0);
    }

    /** Rounds half-up to one decimal, on the decimal rendering of the value (so 27.45 gives 27.5). */
    public static Double round1(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
