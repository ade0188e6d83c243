package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * One driver's result in a qualifying session: the grand-prix qualifying, or (stored apart) the sprint
 * qualifying / shootout, whose segments are SQ1-SQ3.
 *
 * @param position  qualifying classification (not the grid after penalties)
 * @param q1Ms      best time in Q1 (or the single timed lap of pre-2006 formats), null when none was set
 * @param sector1Ms best first sector of the session, null when unknown (legacy seasons)
 * @param speedTrapKph highest speed-trap reading of the session, null when unknown
 */
public record QualifyingResult(RaceKey race, DriverId driver, ConstructorId constructor, Integer carNumber,
                               int position, Integer q1Ms, Integer q2Ms, Integer q3Ms, Integer sector1Ms,
                               Integer sector2Ms, Integer sector3Ms, Double speedTrapKph) {

    public QualifyingResult {
        Checks.notNull(race, "qualifying.race");
        Checks.notNull(driver, "qualifying.driver");
        Checks.notNull(constructor, "qualifying.constructor");
        Checks.inRange(carNumber, 0, 999, "qualifying.carNumber");
        Checks.inRange(position, 1, 40, "qualifying.position");
        Checks.positive(q1Ms, "qualifying.q1Ms");
        Checks.positive(q2Ms, "qualifying.q2Ms");
        Checks.positive(q3Ms, "qualifying.q3Ms");
        Checks.positive(sector1Ms, "qualifying.sector1Ms");
        Checks.positive(sector2Ms, "qualifying.sector2Ms");
        Checks.positive(sector3Ms, "qualifying.sector3Ms");
        Checks.finite(speedTrapKph, "qualifying.speedTrapKph");
    }

    /** The fastest of the segment times, or null when the driver set none. */
    public Integer bestTimeMs() {
        Integer best = null;
        for (Integer t : new Integer[] {q1Ms, q2Ms, q3Ms}) {
            if (t != null && (best == null || t < best)) {
                best = t;
            }
        }
        return best;
    }
}
