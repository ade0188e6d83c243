package org.f1pipeline.job.internal.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.source.openf1.DriverMapping;

/**
 * The season's stored entry list, against which every ingested row is checked: a driver who is not on it (a
 * replacement nobody synced yet) fails the job with a message naming the race, the row and the fix, and nothing is
 * written. Also builds the OpenF1 {@link DriverMapping} from it.
 */
final class Roster {

    private final IngestRun run;
    private final int season;
    private final List<SeasonEntry> entries;
    private final Set<DriverId> drivers = new HashSet<>();
    private Set<ConstructorId> constructors;
    private DriverMapping mapping;

    private Roster(IngestRun run, int season, List<SeasonEntry> entries) {
        this.run = run;
        this.season = season;
        this.entries = entries;
        entries.forEach(e -> drivers.add(e.driver()));
    }

    /**
     * A roster from an entry list and the known teams, read by the caller (the bootstrap, inside its transaction).
     */
    static Roster of(IngestRun run, int season, List<SeasonEntry> entries, Set<ConstructorId> constructors) {
        Roster r = new Roster(run, season, entries);
        r.constructors = Set.copyOf(constructors);
        return r;
    }

    /** The stored entry list of {@code season}; an empty list fails with a hint to run sync_season. */
    static Roster load(IngestRun run, int season) {
        List<SeasonEntry> entries = run.storage().catalog().seasonEntries(season);
        if (entries.isEmpty()) {
            throw run.fail("no entry list is stored for season " + season + ": run sync_season for year " + season
                    + " first");
        }
        return new Roster(run, season, entries);
    }

    /**
     * Checks one row's driver and team.
     *
     * @param race  the race, for the message
     * @param field where the row came from, e.g. {@code "results"}
     */
    void check(RaceKey race, String field, DriverId driver, ConstructorId constructor, Integer carNumber) {
        String row = "driver '" + driver.value() + "'" + (carNumber == null ? "" : " (car " + carNumber + ")");
        if (!drivers.contains(driver)) {
            throw run.fail(race + " " + field + ": " + row + " is not on the " + season
                    + " entry list; run sync_season for year " + season + " round " + race.round()
                    + " to pick up the replacement, then retry");
        }
        if (constructor != null && !constructors().contains(constructor)) {
            throw run.fail(race + " " + field + ": " + row + " drives for constructor '" + constructor.value()
                    + "', which is not in the database; run sync_season for year " + season + " round "
                    + race.round() + ", then retry");
        }
    }

    /** Whether the driver is on the entry list. */
    boolean has(DriverId driver) {
        return drivers.contains(driver);
    }

    /** The OpenF1 driver mapping of the season (entries, driver records, constructor names). */
    DriverMapping mapping() {
        if (mapping == null) {
            List<Driver> all = run.storage().catalog().drivers().stream().filter(d -> drivers.contains(d.id()))
                    .toList();
            mapping = DriverMapping.of(season, entries, all, run.storage().catalog().constructors(), Map.of());
        }
        return mapping;
    }

    private Set<ConstructorId> constructors() {
        if (constructors == null) {
            constructors = run.storage().catalog().constructors().stream().map(Constructor::id)
                    .collect(Collectors.toSet());
        }
        return constructors;
    }
}
