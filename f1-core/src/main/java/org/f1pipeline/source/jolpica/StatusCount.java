package org.f1pipeline.source.jolpica;

import org.f1pipeline.internal.Checks;

/**
 * One line of the {@code status} endpoint: a finishing-status text and how many grand-prix results carry it.
 *
 * @param statusId Ergast's numeric id (1 Finished, 31 Retired, 143 Lapped, ...), null when the server has none
 * @param status   the status text as it appears on results
 * @param count    number of race results with this status in the queried scope
 */
public record StatusCount(Integer statusId, String status, int count) {

    /** Validates the fields. */
    public StatusCount {
        Checks.notBlank(status, "status");
        Checks.nonNegative(count, "count");
    }
}
