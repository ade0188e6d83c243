package org.f1pipeline.model;

import java.util.Locale;
import java.util.Set;
import org.f1pipeline.domain.RaceResult;

/**
 * How a grand-prix or sprint entry ended, as the model's statistics count it.
 *
 * <p>The DNF rule (deviation from the seed, which counts every status other than {@code Finished} or {@code +N
 * Laps} as a DNF, so {@code Lapped}, disqualifications and non-starters inflated DNF rates, seed defect C3):
 * <ul>
 *   <li>{@link #DISQUALIFIED}: position text {@code D}/{@code E}, or a status starting with
 *       "Disqualified"/"Excluded". A regulatory outcome, not a reliability one: not a DNF.</li>
 *   <li>{@link #CLASSIFIED}: the entry has a finishing position ({@code Finished}, {@code Lapped},
 *       {@code +1 Lap}, or a classified retirement). Never a DNF.</li>
 *   <li>{@link #DID_NOT_START}: position text {@code W} (withdrawn) or {@code F} (failed to qualify), or a
 *       status such as "Did not start", "Withdrew", "Did not qualify". The car never raced: not a DNF.</li>
 *   <li>{@link #RETIRED}: every other unclassified entry (Retired, Accident, Engine, Not classified, ...). This
 *       is the only DNF: a mechanical or incident retirement.</li>
 * </ul>
 * Every entry, whatever its outcome, still counts as a race entered (as in the seed).
 */
public enum FinishOutcome {
    CLASSIFIED, RETIRED, DISQUALIFIED, DID_NOT_START;

    private static final Set<String> DID_NOT_START_STATUSES = Set.of("did not start", "dns", "withdrew", "withdrawn",
            "did not qualify", "did not prequalify", "dnq", "dnpq", "not qualified", "not prequalified");

    /** Classifies one result. */
    public static FinishOutcome of(RaceResult result) {
        String text = result.positionText().trim().toUpperCase(Locale.ROOT);
        String status = result.status().trim().toLowerCase(Locale.ROOT);
        if (text.equals("D") || text.equals("E") || status.startsWith("disqualified") || status.startsWith("excluded")
                || status.equals("dsq")) {
            return DISQUALIFIED;
        }
        if (result.finishPosition() != null) {
            return CLASSIFIED;
        }
        if (text.equals("W") || text.equals("F") || DID_NOT_START_STATUSES.contains(status)) {
            return DID_NOT_START;
        }
        return RETIRED;
    }

    /** Whether this outcome counts as a DNF (only {@link #RETIRED}). */
    public boolean isDnf() {
        return this == RETIRED;
    }
}
