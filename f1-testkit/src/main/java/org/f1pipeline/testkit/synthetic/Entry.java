package org.f1pipeline.testkit.synthetic;

/**
 * One car in one round: who drove it, for which team, with which race number. The team is per entry (not per
 * driver-season) so mid-season swaps are represented exactly.
 *
 * @param driver      the driver
 * @param constructor the team for this round
 * @param number      the car number raced in this round (may differ from {@link SynthDriver#permanentNumber()})
 */
public record Entry(SynthDriver driver, SynthConstructor constructor, int number) {

    /** Shortcut for {@code driver().driverId()}. */
    public String driverId() {
        return driver.driverId();
    }

    /** Shortcut for {@code constructor().constructorId()}. */
    public String constructorId() {
        return constructor.constructorId();
    }
}
