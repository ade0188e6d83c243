package org.f1pipeline.model;

import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;

/**
 * Where the weather feature's pre-session outlook comes from. Implementations must only return what was known
 * before the session started (a forecast), never the observed conditions. Must be thread-safe if the engine is
 * shared.
 */
@FunctionalInterface
public interface WeatherForecast {

    /** The outlook for the race's grand prix or sprint, as known before it started. */
    WeatherOutlook outlook(Race race, RaceType type);

    /** No forecasts: every race is {@link WeatherOutlook#UNKNOWN}, so the weather feature is neutral. */
    static WeatherForecast none() {
        return NoForecast.INSTANCE;
    }

    /** The forecast of {@link #none()}; prints as {@code WeatherForecast.none()}. */
    enum NoForecast implements WeatherForecast {
        INSTANCE;

        @Override
        public WeatherOutlook outlook(Race race, RaceType type) {
            return WeatherOutlook.UNKNOWN;
        }

        @Override
        public String toString() {
            return "WeatherForecast.none()";
        }
    }
}
