package org.f1pipeline.source.openf1;

/**
 * One row of {@code /v1/starting_grid}. OpenF1 files it under the qualifying (or sprint-qualifying) session.
 *
 * @param position    grid slot, or null
 * @param lapDuration the qualifying lap in seconds, or null
 */
public record OpenF1StartingGrid(int meetingKey, int sessionKey, int driverNumber, Integer position,
                                 Double lapDuration) implements OpenF1Row {
}
