package org.f1pipeline.testkit.synthetic;

import java.util.List;

/**
 * A championship standing after a round (drivers' or constructors').
 *
 * @param position     1-based position
 * @param points       total points (race + sprint)
 * @param wins         grand-prix wins
 * @param driver       the driver (null for a constructors' standing)
 * @param constructors the driver's teams so far, in order of first appearance (constructors' standing: the team)
 */
public record Standing(int position, int points, int wins, SynthDriver driver, List<SynthConstructor> constructors) {

    /** The team of a constructors' standing. */
    public SynthConstructor constructor() {
        return constructors.get(0);
    }
}
