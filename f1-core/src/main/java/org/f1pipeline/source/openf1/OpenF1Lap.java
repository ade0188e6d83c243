package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/laps}. Timing values are null when F1 did not publish them (out-laps, the first lap of a
 * race, a speed trap that did not fire). The mini-sector {@code segments_sector_*} arrays are not kept.
 *
 * @param lapNumber     lap number, from 1
 * @param dateStart     approximate start of the lap, or null
 * @param lapDuration   lap time in seconds, or null
 * @param sector1       sector 1 time in seconds, or null
 * @param sector2       sector 2 time in seconds, or null
 * @param sector3       sector 3 time in seconds, or null
 * @param i1Speed       intermediate 1 speed in km/h, or null
 * @param i2Speed       intermediate 2 speed in km/h, or null
 * @param stSpeed       speed trap in km/h, or null
 * @param pitOutLap     the lap started from the pit lane (null on the wire is read as false)
 */
public record OpenF1Lap(int meetingKey, int sessionKey, int driverNumber, int lapNumber, Instant dateStart,
                        Double lapDuration, Double sector1, Double sector2, Double sector3, Integer i1Speed,
                        Integer i2Speed, Integer stSpeed, boolean pitOutLap) implements OpenF1Row {
}
