package org.f1pipeline.view;

import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.internal.Checks;

/**
 * A race or sprint result with the driver's and team's names, e.g. {@code P1 Ayrton Senna (McLaren) 9 pts}.
 *
 * @param result     the stored result (ids, positions, points, status)
 * @param driverName the driver's full name
 * @param teamName   the name of the constructor the driver raced for
 */
public record NamedResult(RaceResult result, String driverName, String teamName) {

    public NamedResult {
        Checks.notNull(result, "result");
        Checks.notBlank(driverName, "driverName");
        Checks.notBlank(teamName, "teamName");
    }

    /** {@code P1 Ayrton Senna (McLaren) 9 pts, Finished}; an unclassified driver shows the position text. */
    @Override
    public String toString() {
        String pos = result.classified() ? "P" + result.finishPosition() : result.positionText();
        return pos + " " + driverName + " (" + teamName + ") " + Formats.points(result.points()) + " pts, "
                + result.status();
    }
}
