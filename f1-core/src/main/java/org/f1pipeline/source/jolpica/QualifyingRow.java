package org.f1pipeline.source.jolpica;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.internal.Checks;

/**
 * One row of {@code qualifying}: the result plus the catalog records it names.
 *
 * @param result      the domain qualifying result (Q1/Q2/Q3 in milliseconds, null when not set or not reached)
 * @param driver      the driver record
 * @param constructor the team the driver entered with
 */
public record QualifyingRow(QualifyingResult result, Driver driver, Constructor constructor) implements EntryRow {

    /** Validates that the catalog records match the ids on the result. */
    public QualifyingRow {
        Checks.notNull(result, "result");
        Checks.notNull(driver, "driver");
        Checks.notNull(constructor, "constructor");
        if (!driver.id().equals(result.driver()) || !constructor.id().equals(result.constructor())) {
            throw new InvalidInputException("result", "driver/constructor records do not match qualifying " + result);
        }
    }

    @Override
    public SeasonEntry entry() {
        return new SeasonEntry(result.race().season(), driver.id(), constructor.id(), result.carNumber(),
                result.race().round());
    }
}
