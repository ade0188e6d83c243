package org.f1pipeline.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.StorageException;

/**
 * The checks a SQL database with foreign keys would make, with messages that name the missing key, plus the
 * argument checks of the replace methods. Every write validates its whole batch before changing anything, so a
 * refused call leaves no partial rows even if the caller catches the exception and carries on.
 */
final class Refs {

    private Refs() {
    }

    /** A null-free copy of the input rows. */
    static <T> List<T> rows(Collection<T> rows, String operation) {
        Objects.requireNonNull(rows, () -> operation + ": rows must not be null");
        List<T> copy = new ArrayList<>(rows.size());
        for (T row : rows) {
            copy.add(Objects.requireNonNull(row, () -> operation + ": rows must not contain null"));
        }
        return copy;
    }

    static void season(World world, String operation, int year) {
        if (!world.read(MemoryCatalog.SEASONS).rows(Slot.All.ROWS).containsKey(year)) {
            throw missing(operation, "season " + year);
        }
    }

    static void circuit(World world, String operation, CircuitId id) {
        if (!world.read(MemoryCatalog.CIRCUITS).rows(Slot.All.ROWS).containsKey(id)) {
            throw missing(operation, "circuit " + id);
        }
    }

    static void constructor(World world, String operation, ConstructorId id) {
        if (!world.read(MemoryCatalog.CONSTRUCTORS).rows(Slot.All.ROWS).containsKey(id)) {
            throw missing(operation, "constructor " + id);
        }
    }

    static void driver(World world, String operation, DriverId id) {
        if (!world.read(MemoryCatalog.DRIVERS).rows(Slot.All.ROWS).containsKey(id)) {
            throw missing(operation, "driver " + id);
        }
    }

    /** The stored race, or a StorageException naming it. */
    static Race race(World world, String operation, RaceKey key) {
        Race race = MemoryRaces.find(world, key);
        if (race == null) {
            throw missing(operation, "race " + key);
        }
        return race;
    }

    /** Rejects a row that does not belong to the set being replaced (a caller bug, not a storage failure). */
    static void belongs(String operation, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(operation + ": every row must be of " + what + " " + expected
                    + ", found a row of " + actual);
        }
    }

    private static StorageException missing(String operation, String what) {
        return new StorageException(operation, what + " does not exist");
    }
}
