package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;

/** Reference data: seasons, circuits, constructors, drivers and season entry lists. */
public interface CatalogStore {

    /** Inserts or updates seasons by year. */
    void upsertSeasons(Collection<Season> seasons);

    /** Every season, by year ascending. */
    List<Season> seasons();

    Optional<Season> season(int year);

    /**
     * Inserts or updates circuits by id. A null {@code overtakeRate} or {@code safetyCarProbability} in the input
     * keeps the stored value (a schedule sync must not erase hand-set or derived rates).
     */
    void upsertCircuits(Collection<Circuit> circuits);

    /** Every circuit, by id. */
    List<Circuit> circuits();

    Optional<Circuit> circuit(CircuitId id);

    /** Inserts or updates constructors by id. */
    void upsertConstructors(Collection<Constructor> constructors);

    /** Every constructor, by id. */
    List<Constructor> constructors();

    Optional<Constructor> constructor(ConstructorId id);

    /** Inserts or updates drivers by id. */
    void upsertDrivers(Collection<Driver> drivers);

    /** Every driver, by id. */
    List<Driver> drivers();

    Optional<Driver> driver(DriverId id);

    /** Inserts or updates entries by (season, driver, constructor); other entries of the season stay. */
    void upsertSeasonEntries(Collection<SeasonEntry> entries);

    /** Makes {@code entries} the whole entry list of {@code season}; every entry must belong to that season. */
    void replaceSeasonEntries(int season, Collection<SeasonEntry> entries);

    /** The season's entries, by driver then constructor. */
    List<SeasonEntry> seasonEntries(int season);
}
