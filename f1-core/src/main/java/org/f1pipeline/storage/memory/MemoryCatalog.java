package org.f1pipeline.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.CatalogStore;
import org.f1pipeline.storage.memory.Slot.All;

/** Seasons, circuits, constructors, drivers and entry lists. */
final class MemoryCatalog implements CatalogStore {

    /** Natural key of an entry within its season. */
    record EntryKey(DriverId driver, ConstructorId constructor) {
        static final Comparator<EntryKey> ORDER =
                Comparator.comparing(EntryKey::driver).thenComparing(EntryKey::constructor);

        static EntryKey of(SeasonEntry entry) {
            return new EntryKey(entry.driver(), entry.constructor());
        }
    }

    static final Slot<All, Integer, Season> SEASONS = Slot.flat("seasons", Comparator.<Integer>naturalOrder());
    static final Slot<All, CircuitId, Circuit> CIRCUITS = Slot.flat("circuits", Comparator.<CircuitId>naturalOrder());
    static final Slot<All, ConstructorId, Constructor> CONSTRUCTORS =
            Slot.flat("constructors", Comparator.<ConstructorId>naturalOrder());
    static final Slot<All, DriverId, Driver> DRIVERS = Slot.flat("drivers", Comparator.<DriverId>naturalOrder());
    static final Slot<Integer, EntryKey, SeasonEntry> ENTRIES =
            Slot.partitioned("season entries", Comparator.<Integer>naturalOrder(), EntryKey.ORDER);

    private final MemoryTransaction tx;

    MemoryCatalog(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void upsertSeasons(Collection<Season> seasons) {
        List<Season> rows = Refs.rows(seasons, "upsert seasons");
        NavigableMap<Integer, Season> table = tx.world().write(SEASONS).write(All.ROWS);
        rows.forEach(season -> table.put(season.year(), season));
    }

    @Override
    public List<Season> seasons() {
        return List.copyOf(tx.world().read(SEASONS).rows(All.ROWS).values());
    }

    @Override
    public Optional<Season> season(int year) {
        return Optional.ofNullable(tx.world().read(SEASONS).rows(All.ROWS).get(year));
    }

    @Override
    public void upsertCircuits(Collection<Circuit> circuits) {
        List<Circuit> rows = Refs.rows(circuits, "upsert circuits");
        NavigableMap<CircuitId, Circuit> table = tx.world().write(CIRCUITS).write(All.ROWS);
        for (Circuit circuit : rows) {
            Circuit stored = table.get(circuit.id());
            Circuit merged = circuit;
            // A schedule sync carries no rates: keep the hand-set overtake rate and the derived SC probability.
            if (stored != null && merged.overtakeRate() == null) {
                merged = merged.withOvertakeRate(stored.overtakeRate());
            }
            if (stored != null && merged.safetyCarProbability() == null) {
                merged = merged.withSafetyCarProbability(stored.safetyCarProbability());
            }
            table.put(circuit.id(), merged);
        }
    }

    @Override
    public List<Circuit> circuits() {
        return List.copyOf(tx.world().read(CIRCUITS).rows(All.ROWS).values());
    }

    @Override
    public Optional<Circuit> circuit(CircuitId id) {
        Checks.notNull(id, "id");
        return Optional.ofNullable(tx.world().read(CIRCUITS).rows(All.ROWS).get(id));
    }

    @Override
    public void upsertConstructors(Collection<Constructor> constructors) {
        List<Constructor> rows = Refs.rows(constructors, "upsert constructors");
        NavigableMap<ConstructorId, Constructor> table = tx.world().write(CONSTRUCTORS).write(All.ROWS);
        rows.forEach(constructor -> table.put(constructor.id(), constructor));
    }

    @Override
    public List<Constructor> constructors() {
        return List.copyOf(tx.world().read(CONSTRUCTORS).rows(All.ROWS).values());
    }

    @Override
    public Optional<Constructor> constructor(ConstructorId id) {
        Checks.notNull(id, "id");
        return Optional.ofNullable(tx.world().read(CONSTRUCTORS).rows(All.ROWS).get(id));
    }

    @Override
    public void upsertDrivers(Collection<Driver> drivers) {
        List<Driver> rows = Refs.rows(drivers, "upsert drivers");
        NavigableMap<DriverId, Driver> table = tx.world().write(DRIVERS).write(All.ROWS);
        rows.forEach(driver -> table.put(driver.id(), driver));
    }

    @Override
    public List<Driver> drivers() {
        return List.copyOf(tx.world().read(DRIVERS).rows(All.ROWS).values());
    }

    @Override
    public Optional<Driver> driver(DriverId id) {
        Checks.notNull(id, "id");
        return Optional.ofNullable(tx.world().read(DRIVERS).rows(All.ROWS).get(id));
    }

    @Override
    public void upsertSeasonEntries(Collection<SeasonEntry> entries) {
        List<SeasonEntry> rows = checkedEntries("upsert season entries", entries);
        Table<Integer, EntryKey, SeasonEntry> table = tx.world().write(ENTRIES);
        rows.forEach(entry -> table.write(entry.season()).put(EntryKey.of(entry), entry));
    }

    @Override
    public void replaceSeasonEntries(int season, Collection<SeasonEntry> entries) {
        String operation = "replace season entries";
        List<SeasonEntry> rows = Refs.rows(entries, operation);
        rows.forEach(entry -> Refs.belongs(operation, "season", season, entry.season()));
        checkedEntries(operation, rows);
        Map<EntryKey, SeasonEntry> fresh = new HashMap<>();
        rows.forEach(entry -> fresh.put(EntryKey.of(entry), entry));
        tx.world().write(ENTRIES).replace(season, fresh);
    }

    @Override
    public List<SeasonEntry> seasonEntries(int season) {
        return List.copyOf(tx.world().read(ENTRIES).rows(season).values());
    }

    private List<SeasonEntry> checkedEntries(String operation, Collection<SeasonEntry> entries) {
        List<SeasonEntry> rows = Refs.rows(entries, operation);
        World world = tx.world();
        for (SeasonEntry entry : rows) {
            Refs.season(world, operation, entry.season());
            Refs.driver(world, operation, entry.driver());
            Refs.constructor(world, operation, entry.constructor());
        }
        return rows;
    }
}
