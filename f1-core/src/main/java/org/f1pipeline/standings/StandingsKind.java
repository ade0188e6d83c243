package org.f1pipeline.standings;

import java.util.Locale;
import org.f1pipeline.InvalidInputException;

/** Which championship a standings table ranks: the drivers' or the constructors' (from 1958). */
public enum StandingsKind {

    /** The drivers' championship (since 1950). */
    DRIVERS,

    /** The constructors' championship (since 1958). */
    CONSTRUCTORS;

    /** The lower-case name used on the wire and in the CLI's JSON: {@code drivers} or {@code constructors}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named by {@code text} ({@code drivers}, {@code constructors}, any case).
     *
     * @throws InvalidInputException naming the field {@code kind} for anything else
     */
    public static StandingsKind parse(String text) {
        for (StandingsKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new InvalidInputException("kind", "standings kind must be drivers or constructors, was '" + text + "'");
    }
}
