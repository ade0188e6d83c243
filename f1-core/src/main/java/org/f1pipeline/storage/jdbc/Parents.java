package org.f1pipeline.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.storage.StorageException;

/**
 * The parents a batch of rows refers to, checked before anything is written. The foreign keys of the schema would
 * refuse the rows too, but only after earlier rows of the batch were written, and with a driver message that does
 * not say which key is missing. Checking first gives "race 2024-07 does not exist", and a refused call leaves no
 * partial rows even if the caller catches the exception and carries on in the same transaction (which PostgreSQL
 * would not even allow after a failed statement). Costs one small query per kind of parent whose keys the
 * transaction has not verified yet: parents are never deleted through the stores, so a key found once stays valid
 * for the rest of the transaction ({@link Verified}, one per {@link JdbcSession}), and a recompute that writes
 * season after season checks each race and driver once.
 */
final class Parents {

    /** Parent keys already found in this transaction, by table; grows only. Not thread-safe. */
    static final class Verified {
        private final Map<String, Set<Object>> byTable = new HashMap<>();

        private Set<Object> of(String table) {
            return byTable.computeIfAbsent(table, t -> new HashSet<>());
        }
    }

    /**
     * Records races this transaction has read: they exist, and so do their seasons and circuits (the schema's
     * foreign keys), and parents are never deleted through the stores, so the writes that follow in the transaction
     * (a recompute's features, statistics and predictions) need not query for them again (decision D101).
     */
    static void readRaces(JdbcSession session, Collection<Race> races) {
        Verified verified = session.verifiedParents();
        Set<Object> keys = verified.of("races");
        Set<Object> seasons = verified.of("seasons");
        Set<Object> circuits = verified.of("circuits");
        for (Race race : races) {
            keys.add(race.key());
            seasons.add(race.key().season());
            circuits.add(race.circuit());
        }
    }

    /** As {@link #readRaces}, for the race, driver and constructor that each result read refers to. */
    static void readResults(JdbcSession session, Collection<RaceResult> results) {
        Verified verified = session.verifiedParents();
        Set<Object> races = verified.of("races");
        Set<Object> drivers = verified.of("drivers");
        Set<Object> constructors = verified.of("constructors");
        RaceKey lastRaceRead = null;
        for (RaceResult r : results) {
            if (!r.race().equals(lastRaceRead)) { // results come by race
                races.add(r.race());
                lastRaceRead = r.race();
            }
            drivers.add(r.driver());
            if (r.constructor() != null) { // a sprint row may have none
                constructors.add(r.constructor());
            }
        }
    }

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
        Verified verified = session.verifiedParents();
        missing(session, operation, "seasons", "year", unverified(seasons, verified.of("seasons")), "season ");
        missing(session, operation, "circuits", "circuit_id", unverified(circuits, verified.of("circuits")),
                "circuit ");
        missingRaces(session, operation, unverified(races, verified.of("races")));
        missing(session, operation, "drivers", "driver_id", unverified(drivers, verified.of("drivers")), "driver ");
        missing(session, operation, "constructors", "constructor_id",
                unverified(constructors, verified.of("constructors")), "constructor ");
        // Only now, when every kind passed: a refused call must not leave keys of other kinds half-recorded.
        verified.of("seasons").addAll(seasons);
        verified.of("circuits").addAll(circuits);
        verified.of("races").addAll(races);
        verified.of("drivers").addAll(drivers);
        verified.of("constructors").addAll(constructors);
    }

    private static <K> Set<K> unverified(Set<K> keys, Set<Object> verified) {
        Set<K> rest = new HashSet<>(keys);
        rest.removeAll(verified);
        return rest;
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

    private static void missingRaces(JdbcSession session, String operation, Set<RaceKey> races) {
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
