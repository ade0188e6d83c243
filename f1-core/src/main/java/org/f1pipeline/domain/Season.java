package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/** A championship season. {@code url} is the Wikipedia link Jolpica gives, or null. */
public record Season(int year, String url) {

    public Season {
        Checks.inRange(year, RaceKey.FIRST_SEASON, RaceKey.LAST_SEASON, "year");
    }

    public static Season of(int year) {
        return new Season(year, null);
    }
}
