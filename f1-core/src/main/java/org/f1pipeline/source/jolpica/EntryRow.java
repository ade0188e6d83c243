package org.f1pipeline.source.jolpica;

import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.SeasonEntry;

/**
 * A parsed row that names a driver racing for a team: every result and qualifying row does. Lets a job upsert the
 * driver and constructor catalog and build the season entry list from whatever rows it fetched
 * ({@link SeasonRoster#fromRows}).
 */
public interface EntryRow {

    /** The full driver record carried by the row. */
    Driver driver();

    /** The full constructor record carried by the row. */
    Constructor constructor();

    /** The entry-list fact of this row: season, driver, team, car number, and this round as the first round. */
    SeasonEntry entry();
}
