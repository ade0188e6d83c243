package org.f1pipeline.testkit.synthetic;

/**
 * A tyre stint.
 *
 * @param number         car number
 * @param stint          1-based stint number
 * @param lapStart       first lap of the stint
 * @param lapEnd         last lap of the stint
 * @param compound       compound
 * @param tyreAgeAtStart laps already on the set when fitted
 */
public record StintRow(int number, int stint, int lapStart, int lapEnd, String compound, int tyreAgeAtStart) {

    /** True when the set was new when fitted. */
    public boolean fresh() {
        return tyreAgeAtStart == 0;
    }
}
