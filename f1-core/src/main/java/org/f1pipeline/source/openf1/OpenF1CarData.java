package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/car_data} (about 3.7 samples a second). Every channel may be null.
 *
 * @param speed    km/h
 * @param nGear    0-8
 * @param throttle %
 * @param brake    0 or 100
 * @param drs      DRS code (0/1 off, 8 eligible, 10/12/14 on)
 */
public record OpenF1CarData(int meetingKey, int sessionKey, Instant date, int driverNumber, Integer rpm,
                            Integer speed, Integer nGear, Integer throttle, Integer brake, Integer drs)
        implements OpenF1Row {
}
