package org.f1pipeline.testkit.synthetic;

/**
 * One lap of one car in one session.
 *
 * @param number      car number
 * @param driverId    Jolpica driver id
 * @param lap         lap number within the session (1-based)
 * @param position    race/sprint position at the end of the lap (0 in timed sessions)
 * @param startMs     lap start, ms after the session start
 * @param lapMs       lap time in ms
 * @param s1          sector 1 in ms
 * @param s2          sector 2 in ms
 * @param s3          sector 3 in ms (s1 + s2 + s3 == lapMs)
 * @param compound    tyre compound ({@code SOFT}, {@code MEDIUM}, {@code HARD}, {@code INTERMEDIATE}, {@code WET})
 * @param tyreAge     laps on this set at the end of the lap (including laps from earlier sessions)
 * @param stint       1-based stint number
 * @param pitOut      the lap started in the pit lane
 * @param pitIn       the lap ended in the pit lane
 * @param i1          speed trap I1 (km/h)
 * @param i2          speed trap I2 (km/h)
 * @param st          speed trap ST (km/h)
 * @param trackStatus track-status codes active during the lap, FastF1 style ({@code "1"}, {@code "4"}, {@code "12"})
 * @param segment     qualifying segment 1..3 (0 outside qualifying)
 */
public record LapRow(int number, String driverId, int lap, int position, long startMs, long lapMs, long s1, long s2,
                     long s3, String compound, int tyreAge, int stint, boolean pitOut, boolean pitIn, int i1, int i2,
                     int st, String trackStatus, int segment) {

    /** End of the lap, ms after the session start. */
    public long endMs() {
        return startMs + lapMs;
    }
}
