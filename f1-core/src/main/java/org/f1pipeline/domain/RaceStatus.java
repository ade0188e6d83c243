package org.f1pipeline.domain;

import java.util.Locale;
import java.util.Set;
import org.f1pipeline.InvalidInputException;

/**
 * Progress of a weekend through the job chain (seed section 4) plus {@link #CANCELLED} for rounds dropped from
 * the calendar, so that a cancelled round no longer blocks the automatic runner.
 */
public enum RaceStatus {
    SCHEDULED,
    SPRINT_QUALIFYING_DONE,
    SPRINT_DONE,
    QUALIFYING_DONE,
    COMPLETED,
    CANCELLED;

    /** Statuses from which {@code ingest_qualifying} moves a race to {@link #QUALIFYING_DONE}. */
    public static final Set<RaceStatus> BEFORE_QUALIFYING = Set.of(SCHEDULED, SPRINT_DONE);
    /** Statuses from which {@code ingest_sprint} moves a race to {@link #SPRINT_DONE}. */
    public static final Set<RaceStatus> BEFORE_SPRINT = Set.of(SCHEDULED, SPRINT_QUALIFYING_DONE);

    /** The seed's lower-case name, e.g. {@code qualifying_done}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@link #wireName()} (case-insensitive). */
    public static RaceStatus fromWireName(String name) {
        for (RaceStatus s : values()) {
            if (s.wireName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new InvalidInputException("status", "unknown race status '" + name + "'");
    }
}
