package org.f1pipeline.source.jolpica;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.internal.Checks;

/**
 * One row of {@code results} or {@code sprint}: the classification plus the catalog records it names.
 *
 * @param result           the domain result (grand prix or sprint)
 * @param driver           the driver as Jolpica describes them (current permanent number, code, birth date)
 * @param constructor      the team the driver raced for in this race
 * @param fastestLapRank   rank of the driver's fastest lap among the field, null when Jolpica gives none
 * @param fastestLapTimeMs the driver's fastest lap, null when unknown
 */
public record ResultRow(RaceResult result, Driver driver, Constructor constructor, Integer fastestLapRank,
                        Integer fastestLapTimeMs) implements EntryRow {

    /** Validates that the catalog records match the ids on the result. */
    public ResultRow {
        Checks.notNull(result, "result");
        Checks.notNull(driver, "driver");
        Checks.notNull(constructor, "constructor");
        if (!driver.id().equals(result.driver()) || !constructor.id().equals(result.constructor())) {
            throw new InvalidInputException("result", "driver/constructor records do not match result " + result);
        }
    }

    @Override
    public SeasonEntry entry() {
        return new SeasonEntry(result.race().season(), driver.id(), constructor.id(), result.carNumber(),
                result.race().round());
    }

    /** The same row with the fastest-lap flag set as given (used when Jolpica sends no ranks). */
    public ResultRow withFastestLap(boolean fastest) {
        RaceResult r = result;
        RaceResult updated = new RaceResult(r.race(), r.type(), r.driver(), r.constructor(), r.carNumber(),
                r.finishPosition(), r.positionText(), r.grid(), r.points(), r.status(), r.totalTimeMs(), r.laps(),
                fastest, r.positionOrder());
        return new ResultRow(updated, driver, constructor, fastestLapRank, fastestLapTimeMs);
    }
}
