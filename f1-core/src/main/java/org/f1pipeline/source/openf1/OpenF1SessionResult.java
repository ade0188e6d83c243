package org.f1pipeline.source.openf1;

import java.util.List;

/**
 * One row of {@code /v1/session_result}. The wire shape depends on the session: practice and races send one
 * {@code duration} and {@code gap_to_leader}; qualifying sends arrays {@code [Q1, Q2, Q3]}. Both shapes are kept.
 *
 * @param position         classified position, or null (disqualified, not classified)
 * @param numberOfLaps     laps completed, or null
 * @param dnf              did not finish
 * @param dns              did not start
 * @param dsq              disqualified
 * @param duration         best lap (practice) or total time (race) in seconds; null in qualifying or when absent
 * @param segmentDurations qualifying [Q1, Q2, Q3] best times in seconds (elements may be null); empty otherwise
 * @param gapToLeader      gap to the winner or fastest driver; null in qualifying or when absent
 * @param segmentGaps      qualifying gaps per segment (elements may be null); empty otherwise
 * @param points           points scored, or null when the results table has none
 */
public record OpenF1SessionResult(int meetingKey, int sessionKey, int driverNumber, Integer position,
                                  Integer numberOfLaps, boolean dnf, boolean dns, boolean dsq, Double duration,
                                  List<Double> segmentDurations, OpenF1Gap gapToLeader, List<OpenF1Gap> segmentGaps,
                                  Double points) implements OpenF1Row {
}
