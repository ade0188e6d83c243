package org.f1pipeline.testkit.synthetic;

/**
 * One qualifying (or sprint-qualifying) row. Segment times are in ms; null = segment not reached;
 * {@link #NO_TIME} = took part but set no time (Jolpica prints {@code ""}).
 *
 * @param entry    driver, team and car number
 * @param position qualifying position 1..n
 * @param q1       Q1 (or the single-session) time
 * @param q2       Q2 time
 * @param q3       Q3 time
 */
public record QualifyingRow(Entry entry, int position, Long q1, Long q2, Long q3) {
    /** Marker for "took part in the segment without a lap time". */
    public static final long NO_TIME = -1L;

    /** The best time the driver set in any segment, or null. */
    public Long best() {
        Long best = null;
        for (Long t : new Long[] {q1, q2, q3}) {
            if (t != null && t > 0 && (best == null || t < best)) {
                best = t;
            }
        }
        return best;
    }
}
