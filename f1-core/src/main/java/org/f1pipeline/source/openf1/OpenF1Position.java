package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/position}: a driver's running position from {@code date} on.
 *
 * @param position the position, or null
 */
public record OpenF1Position(int meetingKey, int sessionKey, Instant date, int driverNumber, Integer position)
        implements OpenF1Row {
}
