package org.f1pipeline.testkit.synthetic;

/**
 * One weather reading (once a minute, like the real feeds).
 *
 * @param atMs          ms after the session start (negative before it)
 * @param airTemp       °C
 * @param trackTemp     °C
 * @param humidity      %
 * @param pressure      mbar
 * @param rainfall      whether it is raining
 * @param windDirection degrees
 * @param windSpeed     m/s
 */
public record WeatherSample(long atMs, double airTemp, double trackTemp, double humidity, double pressure,
                            boolean rainfall, int windDirection, double windSpeed) {
}
