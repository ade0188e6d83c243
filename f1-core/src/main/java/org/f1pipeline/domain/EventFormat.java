package org.f1pipeline.domain;

import java.util.Locale;
import org.f1pipeline.InvalidInputException;

/**
 * Weekend format, named as the seed engine stores it ({@link #wireName()}).
 *
 * <p>Session layouts: conventional FP1, FP2, FP3, Q, R; {@link #SPRINT} (2021-22) FP1, Q, FP2, Sprint, R;
 * {@link #SPRINT_SHOOTOUT} (2023) FP1, Q, Shootout, Sprint, R; {@link #SPRINT_QUALIFYING} (2024+)
 * FP1, SQ, Sprint, Q, R. Session times are always looked up by {@link SessionType}, never by position.
 */
public enum EventFormat {
    CONVENTIONAL,
    SPRINT,
    SPRINT_SHOOTOUT,
    SPRINT_QUALIFYING;

    /** True for every format with a sprint race. */
    public boolean isSprint() {
        return this != CONVENTIONAL;
    }

    /** True when the weekend has a separate session that sets the sprint grid (2023 shootout, 2024+ SQ). */
    public boolean hasSprintQualifying() {
        return this == SPRINT_SHOOTOUT || this == SPRINT_QUALIFYING;
    }

    /** The seed's lower-case name, e.g. {@code sprint_qualifying}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@link #wireName()} (case-insensitive). */
    public static EventFormat fromWireName(String name) {
        for (EventFormat f : values()) {
            if (f.wireName().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new InvalidInputException("format", "unknown event format '" + name
                + "', expected one of conventional, sprint, sprint_shootout, sprint_qualifying");
    }
}
