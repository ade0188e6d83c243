package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/overtakes} (races only; OpenF1 warns it may be incomplete).
 *
 * @param position the overtaking driver's new position, or null
 */
public record OpenF1Overtake(int meetingKey, int sessionKey, Instant date, int overtakingDriverNumber,
                             int overtakenDriverNumber, Integer position) implements OpenF1Row {
}
