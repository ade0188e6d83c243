package org.f1pipeline.storage.memory;

import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceResult;

/**
 * One driver's sprint row of a weekend: the sprint-qualifying group and the sprint-finish group, either of which
 * may be absent. Writing one group never touches the other (the seed's exclude-on-update rule).
 */
record SprintRow(QualifyingResult qualifying, RaceResult result) {

    static final SprintRow EMPTY = new SprintRow(null, null);

    SprintRow withQualifying(QualifyingResult newQualifying) {
        return new SprintRow(newQualifying, result);
    }

    SprintRow withResult(RaceResult newResult) {
        return new SprintRow(qualifying, newResult);
    }

    boolean isEmpty() {
        return qualifying == null && result == null;
    }
}
