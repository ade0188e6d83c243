package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/weather} (one sample a minute). Every measure may be null.
 *
 * @param date             sample time
 * @param airTemperature   °C
 * @param trackTemperature °C
 * @param humidity         relative humidity, %
 * @param pressure         mbar
 * @param rainfall         whether it was raining (the wire sends 0/1)
 * @param windDirection    degrees
 * @param windSpeed        m/s
 */
public record OpenF1Weather(int meetingKey, int sessionKey, Instant date, Double airTemperature,
                            Double trackTemperature, Double humidity, Double pressure, Boolean rainfall,
                            Integer windDirection, Double windSpeed) implements OpenF1Row {
}
