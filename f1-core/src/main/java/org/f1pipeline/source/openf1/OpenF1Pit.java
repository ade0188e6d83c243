package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/pit}: a pit-lane visit.
 *
 * @param date         when the car entered the pit lane, or null
 * @param lapNumber    the lap on which the car pitted (its in-lap), or null
 * @param laneDuration time in the pit lane in seconds ({@code lane_duration}, or the deprecated
 *                     {@code pit_duration} when only that is present), or null
 * @param stopDuration stationary time in seconds (only from the 2024 US GP), or null
 */
public record OpenF1Pit(int meetingKey, int sessionKey, int driverNumber, Instant date, Integer lapNumber,
                        Double laneDuration, Double stopDuration) implements OpenF1Row {
}
