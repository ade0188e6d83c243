package org.f1pipeline.source.openf1;

/**
 * One driver's best values over every lap of a session, the way the seed computes them for qualifying: each
 * sector's smallest time taken separately (they may come from different laps, out-laps and deleted laps included),
 * and the highest speed-trap reading rounded to 0.1 km/h. A value is null when no lap had it.
 *
 * @param driverNumber the car
 * @param sector1Ms    best sector 1, ms
 * @param sector2Ms    best sector 2, ms
 * @param sector3Ms    best sector 3, ms
 * @param speedTrapKph highest {@code st_speed}, km/h
 * @param bestLapMs    fastest complete lap, ms
 */
public record QualifyingBests(int driverNumber, Integer sector1Ms, Integer sector2Ms, Integer sector3Ms,
                              Double speedTrapKph, Integer bestLapMs) {
}
