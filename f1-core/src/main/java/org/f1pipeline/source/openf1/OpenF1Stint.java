package org.f1pipeline.source.openf1;

/**
 * One row of {@code /v1/stints}: a run on one set of tyres.
 *
 * @param stintNumber    stint number, from 1
 * @param lapStart       first lap of the stint, or null (OpenF1 sometimes repeats the previous stint's last lap)
 * @param lapEnd         last lap of the stint, or null while it runs
 * @param compound       {@code SOFT}, {@code MEDIUM}, {@code HARD}, {@code INTERMEDIATE}, {@code WET}, ... or null
 * @param tyreAgeAtStart laps already on the set when the stint began, or null
 */
public record OpenF1Stint(int meetingKey, int sessionKey, int driverNumber, int stintNumber, Integer lapStart,
                          Integer lapEnd, String compound, Integer tyreAgeAtStart) implements OpenF1Row {
}
