package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/intervals} (races only, about every 4 s).
 *
 * @param gapToLeader gap to the leader, or null (the leader, per the docs)
 * @param interval    gap to the car ahead, or null
 */
public record OpenF1Interval(int meetingKey, int sessionKey, Instant date, int driverNumber, OpenF1Gap gapToLeader,
                             OpenF1Gap interval) implements OpenF1Row {
}
