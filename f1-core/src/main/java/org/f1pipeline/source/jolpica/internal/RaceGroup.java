package org.f1pipeline.source.jolpica.internal;

import java.util.List;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.Checks;

/**
 * The rows of one race found on one page (or, after {@link JolpicaPages#mergeByRace}, on all pages).
 *
 * @param race the race the rows belong to
 * @param rows the rows in server order
 * @param <T>  the row type
 */
public record RaceGroup<T>(RaceKey race, List<T> rows) {

    /** Validates and freezes the rows. */
    public RaceGroup {
        Checks.notNull(race, "race");
        rows = List.copyOf(Checks.notNull(rows, "rows"));
    }
}
