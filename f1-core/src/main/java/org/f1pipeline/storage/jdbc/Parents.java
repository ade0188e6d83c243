package org.f1pipeline.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.StorageException;

/**
 * The parents a batch of rows refers to, checked before anything is written. The foreign keys of the schema would
 * refuse the rows too, but only after earlier rows of the batch were written, and with a driver message that does
 * not say which key is missing. Checking first gives "race 2024-07 does not exist", and a refused call leaves no
 * partial rows even if the caller catches the exception and carries on in the same transaction (which PostgreSQL
 * would not even allow after a failed statement). Costs one small query per kind of parent.
 */
final class Parents {

    /** Keys per existence query: well inside every engine's parameter limit. */
    private static final int CHUNK = 500;

    private final Set<Integer> seasons = new HashSet<>();
    private final Set<CircuitId> circuits = new HashSet<>();
    private final Set<RaceKey> races = new HashSet<>();
    private final Set<DriverId> drivers = new HashSet<>();
    private final Set<ConstructorId> constructors = new HashSet<>();
    // Bulk rows (laps) come grouped by race and driver: skipping repeats of the last key avoids most hashing.
    private RaceKey lastRace;
    private DriverId lastDriver;

    Parents season(int year) {
        seasons.add(year);
        return this;
    }

    Parents circuit(CircuitId id) {
        circuits.add(id);
        return this;
    }

    Parents race(RaceKey key) {
        if (!key.equals(lastRace)) {
            races.add(key);
            lastRace = key;
        }
        return this;
    }

    Parents driver(DriverId id) {
        if (!id.equals(lastDriver)) {
            drivers.add(id);
            lastDriver = id;
        }
        return this;
    }

    Parents constructor(ConstructorId id) {
        constructors.add(id);
        return this;
    }

    /**
     * @throws StorageException named {@code operation} for the first missing parent, e.g. "driver x does not exist"
     */
    void verify(JdbcSession session, String operation) {
        missing(session, operation, "seasons", "year", seasons, "season ");
        missing(session, operation, "circuits", "circuit_id", circuits, "circuit ");
        missingRaces(session, operation);
        missing(session, operation, "drivers", "driver_id", drivers, "driver ");
        missing(session, operation, "constructors", "constructor_id", constructors, "constructor ");
    }

    private static <K extends Comparable<K>> void missing(JdbcSession session, String operation, String table,
                                                          String column, Set<K> keys, String what) {
        if (keys.isEmpty()) {
            return;
        }
        List<K> sorted = new ArrayList<>(new TreeSet<>(keys));
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<K> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            Set<String> found = new HashSet<>(session.query(operation, "SELECT " + column + " AS k FROM " + table
                    + " WHERE " + column + " IN (" + marks(chunk.size(), "?") + ")", p -> {
                        for (K key : chunk) {
                            if (key instanceof Integer year) {
                                p.integer(year);
                            } else {
                                p.text(key.toString());
                            }
                        }
                    }, r -> r.text("k")));
            for (K key : chunk) {
                if (!found.contains(key.toString())) {
                    throw new StorageException(operation, what + key + " does not exist");
                }
            }
        }
    }

    private void missingRaces(JdbcSession session, String operation) {
        if (races.isEmpty()) {
            return;
        }
        List<RaceKey> sorted = new ArrayList<>(new TreeSet<>(races));
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<RaceKey> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            Collection<RaceKey> found = new HashSet<>(session.query(operation, "SELECT season, round FROM races"
                    + " WHERE (season, round) IN (VALUES " + marks(chunk.size(), "(?, ?)") + ")", p -> {
                        for (RaceKey key : chunk) {
                            p.race(key);
                        }
                    }, Row::race));
            for (RaceKey key : chunk) {
                if (!found.contains(key)) {
                    throw new StorageException(operation, "race " + key + " does not exist");
                }
            }
        }
    }

    private static String marks(int count, String mark) {
        return java.util.stream.Stream.generate(() -> mark).limit(count).collect(Collectors.joining(", "));
    }
}
