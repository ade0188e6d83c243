package org.f1pipeline.testkit.synthetic;

/**
 * A pit stop in a race or sprint.
 *
 * @param number     car number
 * @param driverId   Jolpica driver id
 * @param lap        the in-lap
 * @param stop       1-based stop number
 * @param atMs       pit entry, ms after the session start
 * @param laneMs     pit-lane time in ms (Jolpica {@code duration}, OpenF1 {@code lane_duration})
 * @param stationaryMs time stationary in ms (OpenF1 {@code stop_duration})
 */
public record PitStopRow(int number, String driverId, int lap, int stop, long atMs, long laneMs, long stationaryMs) {
}
