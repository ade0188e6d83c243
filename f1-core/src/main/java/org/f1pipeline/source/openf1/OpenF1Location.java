package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/location}: the car's position on track (arbitrary origin), about 3.7 samples a second.
 */
public record OpenF1Location(int meetingKey, int sessionKey, Instant date, int driverNumber, Integer x, Integer y,
                             Integer z) implements OpenF1Row {
}
