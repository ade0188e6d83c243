package org.f1pipeline.source.livetiming;

/**
 * One {@code WeatherData} sample (once a minute). Values the feed left out are null.
 *
 * @param timeMs    session time of the sample
 * @param airTempC  air temperature
 * @param humidity  relative humidity, percent
 * @param pressure  air pressure, mbar
 * @param rainfall  rain falling
 * @param trackTempC track temperature
 * @param windDirection wind direction, degrees
 * @param windSpeed wind speed, m/s
 */
public record ArchiveWeather(long timeMs, Double airTempC, Double humidity, Double pressure, Boolean rainfall,
                             Double trackTempC, Integer windDirection, Double windSpeed) {
}
