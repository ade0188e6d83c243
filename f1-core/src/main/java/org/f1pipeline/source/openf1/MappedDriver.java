package org.f1pipeline.source.openf1;

import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;

/**
 * An OpenF1 driver matched to the library's stable ids for one race.
 *
 * @param driver      the stable driver id
 * @param constructor the team for that race, from the driver's season entry
 * @param carNumber   the car number OpenF1 sent
 * @param matchedBy   which rule matched
 */
public record MappedDriver(DriverId driver, ConstructorId constructor, int carNumber, MatchedBy matchedBy) {

    /** The rule that identified the driver, strongest first. */
    public enum MatchedBy {
        /** The season entry with this car number (and a consistent acronym). */
        CAR_NUMBER,
        /** The season's driver with this three-letter code. */
        ACRONYM,
        /** The season's driver with this full name. */
        NAME
    }
}
