package org.f1pipeline.source.jolpica;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.internal.Checks;

/**
 * A season's entry list with the catalog records it names.
 *
 * @param season       the season
 * @param entries      one entry per (driver, team); a driver who changed team has several
 * @param drivers      every driver named by an entry, once
 * @param constructors every team named by an entry, once
 */
public record SeasonRoster(int season, List<SeasonEntry> entries, List<Driver> drivers,
                           List<Constructor> constructors) {

    /** Validates and freezes the lists. */
    public SeasonRoster {
        Checks.inRange(season, RaceKey.FIRST_SEASON, RaceKey.LAST_SEASON, "season");
        entries = List.copyOf(Checks.notNull(entries, "entries"));
        drivers = List.copyOf(Checks.notNull(drivers, "drivers"));
        constructors = List.copyOf(Checks.notNull(constructors, "constructors"));
        for (SeasonEntry e : entries) {
            if (e.season() != season) {
                throw new InvalidInputException("entries", "entry " + e + " is not in season " + season);
            }
        }
    }

    /**
     * Builds the entry list from result or qualifying rows: one entry per (driver, team), with the earliest round
     * as {@code firstRound} and the car number of that round (or the first later round that has one). Rows of other
     * seasons are ignored. Entries are ordered by first round, then driver id.
     *
     * @param season the season to build
     * @param rows   rows of any endpoint, in any order
     * @return the roster
     */
    public static SeasonRoster fromRows(int season, Collection<? extends EntryRow> rows) {
        Map<List<Object>, SeasonEntry> byPair = new LinkedHashMap<>();
        Map<DriverId, Driver> drivers = new LinkedHashMap<>();
        Map<ConstructorId, Constructor> constructors = new LinkedHashMap<>();
        for (EntryRow row : rows) {
            SeasonEntry e = row.entry();
            if (e.season() != season) {
                continue;
            }
            drivers.putIfAbsent(e.driver(), row.driver());
            constructors.putIfAbsent(e.constructor(), row.constructor());
            byPair.merge(List.of(e.driver(), e.constructor()), e, SeasonRoster::earlier);
        }
        List<SeasonEntry> entries = new ArrayList<>(byPair.values());
        entries.sort(Comparator.comparing((SeasonEntry e) -> e.firstRound() == null ? 0 : e.firstRound())
                .thenComparing(SeasonEntry::driver).thenComparing(SeasonEntry::constructor));
        return new SeasonRoster(season, entries, List.copyOf(drivers.values()), List.copyOf(constructors.values()));
    }

    /** Keeps the earlier round, filling a missing car number from the other entry. */
    private static SeasonEntry earlier(SeasonEntry a, SeasonEntry b) {
        int ra = a.firstRound() == null ? Integer.MAX_VALUE : a.firstRound();
        int rb = b.firstRound() == null ? Integer.MAX_VALUE : b.firstRound();
        SeasonEntry first = rb < ra ? b : a;
        SeasonEntry other = first == a ? b : a;
        Integer number = first.carNumber() != null ? first.carNumber() : other.carNumber();
        return new SeasonEntry(first.season(), first.driver(), first.constructor(), number, first.firstRound());
    }
}
