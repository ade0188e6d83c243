package org.f1pipeline.view;

import java.util.HashMap;
import java.util.Map;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.Storage;

/**
 * Driver and team names by id, read once from a storage's catalog: {@code names.driver(DriverId.of("senna"))} is
 * {@code "Ayrton Senna"}. An id the catalog does not hold prints as itself. Immutable snapshot; thread-safe.
 */
public final class Names {

    private final Map<DriverId, String> drivers;
    private final Map<ConstructorId, String> teams;

    private Names(Map<DriverId, String> drivers, Map<ConstructorId, String> teams) {
        this.drivers = Map.copyOf(drivers);
        this.teams = Map.copyOf(teams);
    }

    /** Every driver's and constructor's name stored in {@code storage} now. */
    public static Names of(Storage storage) {
        Checks.notNull(storage, "storage");
        Map<DriverId, String> drivers = new HashMap<>();
        for (Driver d : storage.catalog().drivers()) {
            drivers.put(d.id(), d.fullName());
        }
        Map<ConstructorId, String> teams = new HashMap<>();
        for (Constructor c : storage.catalog().constructors()) {
            teams.put(c.id(), c.name());
        }
        return new Names(drivers, teams);
    }

    /** The driver's full name (given and family name), or the id's value when the catalog lacks the driver. */
    public String driver(DriverId id) {
        Checks.notNull(id, "driver");
        return drivers.getOrDefault(id, id.value());
    }

    /** The constructor's name, or the id's value when the catalog lacks the team. */
    public String team(ConstructorId id) {
        Checks.notNull(id, "team");
        return teams.getOrDefault(id, id.value());
    }

    @Override
    public String toString() {
        return "Names[" + drivers.size() + " drivers, " + teams.size() + " teams]";
    }
}
