package org.f1pipeline.testkit.synthetic;

import org.f1pipeline.domain.SessionType;

/**
 * Segment windows of timed sessions in ms after the session start: practice has one segment; knock-out
 * qualifying Q1/Q2/Q3 (18/15/12 min) and sprint qualifying SQ1/SQ2/SQ3 (12/10/8 min) have three.
 */
public final class QualifyingSegments {
    private QualifyingSegments() {
    }

    /** {@code [start, end)} of each segment. */
    public static long[][] windows(int year, SessionType type) {
        long min = 60_000L;
        if (type == SessionType.SPRINT_QUALIFYING) {
            return new long[][] {{0, 12 * min}, {19 * min, 29 * min}, {36 * min, 44 * min}};
        }
        if (type == SessionType.QUALIFYING && Eras.qualifyingFormat(year) == Eras.QualifyingFormat.KNOCKOUT) {
            return new long[][] {{0, 18 * min}, {25 * min, 40 * min}, {48 * min, 60 * min}};
        }
        long len = (type == SessionType.QUALIFYING || year >= 2021) ? 60 * min : 90 * min;
        return new long[][] {{0, len}};
    }

    /** Segment (1-based) running at {@code atMs}, or the last one before it; 0 outside qualifying. */
    public static int segmentAt(int year, SessionType type, long atMs) {
        if (type != SessionType.QUALIFYING && type != SessionType.SPRINT_QUALIFYING) {
            return 0;
        }
        long[][] w = windows(year, type);
        int seg = 1;
        for (int i = 0; i < w.length; i++) {
            if (atMs >= w[i][0]) {
                seg = i + 1;
            }
        }
        return seg;
    }

    /** How many cars reach a segment (index 0 = Q1) for a field of {@code cars}. */
    public static int carsIn(int segment, int cars) {
        if (segment <= 1) {
            return cars;
        }
        return segment == 2 ? 10 + (cars - 10 + 1) / 2 : 10;
    }
}
