package org.f1pipeline.domain;

import java.util.Locale;
import org.f1pipeline.internal.Checks;

/**
 * A stored remark on how a session's published data departs from the usual shape, written by the ingest job that
 * stored the data, in the same transaction (so a note never outlives or predates its rows). The data itself is stored
 * as the source published it; the note says what is irregular about it, e.g. a finishing position left vacant after a
 * disqualification, or a qualifying order taken from the race's starting grid.
 *
 * @param race    the race weekend
 * @param session the session the note is about ({@link SessionType#RACE}, {@link SessionType#QUALIFYING}, ...)
 * @param kind    what kind of irregularity
 * @param text    one line for people, naming the rows concerned (at most 1,000 characters)
 */
public record DataNote(RaceKey race, SessionType session, Kind kind, String text) {

    /** Longest note text accepted. */
    public static final int MAX_TEXT = 1_000;

    /** The irregularities the ingest jobs record. */
    public enum Kind {
        /** Classified positions with a gap: a position left vacant (a disqualified car's place not reassigned). */
        VACANT_POSITIONS,
        /** Drivers who qualified but have no row in the race classification (withdrew before the start). */
        NO_RACE_ROW,
        /** One driver in several cars of one race (the 1950s shared drives): rows merged, points by the era's rule. */
        SHARED_DRIVE,
        /** Jolpica has no qualifying table for the round: the race's starting grid stands in for the order. */
        GRID_AS_QUALIFYING,
        /** A qualifying table without a pole position or with a gap in its positions, stored as published. */
        IRREGULAR_QUALIFYING;

        /** The stored name, e.g. {@code vacant_positions}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind of a stored name. */
        public static Kind fromWire(String name) {
            Checks.notBlank(name, "note.kind");
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public DataNote {
        Checks.notNull(race, "note.race");
        Checks.notNull(session, "note.session");
        Checks.notNull(kind, "note.kind");
        Checks.notBlank(text, "note.text");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 3) + "...";
        }
    }

    /** The note as one line: {@code 1983-01 race vacant_positions: ...}. */
    public String line() {
        return race + " " + session.name().toLowerCase(Locale.ROOT) + " " + kind.wireName() + ": " + text;
    }
}
