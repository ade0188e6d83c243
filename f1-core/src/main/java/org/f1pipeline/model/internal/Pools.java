package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.model.Weekend;

/**
 * The starters of a race as the model sees them before it: the grand-prix qualifying classification, or the
 * sprint grid (sprint-qualifying classification; else the sprint results' starting grid; else, on a 2021-22
 * {@code sprint} weekend, the grand-prix qualifying that set it). Shared by the features of a target race and the
 * training rows recorded for every earlier race, so both see the same pool. Stateless.
 */
public final class Pools {

    private Pools() {
    }

    /** The grand-prix pool; empty when the weekend has no qualifying classification. */
    public static List<RaceContext.GridSlot> grandPrix(Weekend w) {
        List<RaceContext.GridSlot> pool = new ArrayList<>(w.qualifying().size());
        for (QualifyingResult q : w.qualifying()) {
            pool.add(new RaceContext.GridSlot(q.driver(), q.constructor(), q.position()));
        }
        return pool;
    }

    /** Whether the weekend is a sprint weekend with a sprint grid. */
    public static boolean hasSprintGrid(Weekend w) {
        return w.race().isSprintWeekend() && (!w.sprintQualifying().isEmpty() || !w.sprintResults().isEmpty()
                || (w.race().format() == EventFormat.SPRINT && !w.qualifying().isEmpty()));
    }

    /**
     * The sprint pool.
     *
     * @throws ModelInputException when there is no sprint grid
     */
    public static List<RaceContext.GridSlot> sprint(Weekend w) {
        List<RaceContext.GridSlot> pool = new ArrayList<>();
        if (!w.sprintQualifying().isEmpty()) {
            for (QualifyingResult q : w.sprintQualifying()) {
                pool.add(new RaceContext.GridSlot(q.driver(), q.constructor(), q.position()));
            }
        } else if (!w.sprintResults().isEmpty()) {
            // Only the starting grid is read: it is published before the sprint starts.
            int field = w.sprintResults().size();
            for (RaceResult r : w.sprintResults()) {
                pool.add(new RaceContext.GridSlot(r.driver(), r.constructor(),
                        StatsRules.effectiveGrid(r.grid(), field)));
            }
        } else if (w.race().format() == EventFormat.SPRINT && !w.qualifying().isEmpty()) {
            for (QualifyingResult q : w.qualifying()) {
                pool.add(new RaceContext.GridSlot(q.driver(), q.constructor(), q.position()));
            }
        } else {
            throw new ModelInputException(w.key(), RaceType.SPRINT, "ingest_sprint_qualifying", "race " + w.key()
                    + " has no sprint grid: run ingest_sprint_qualifying (or ingest_sprint) first");
        }
        return pool;
    }
}
