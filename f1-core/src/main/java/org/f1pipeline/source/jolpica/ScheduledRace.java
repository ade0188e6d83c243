package org.f1pipeline.source.jolpica;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.Race;
import org.f1pipeline.internal.Checks;

/**
 * One round of a season's schedule: the race weekend (status {@link org.f1pipeline.domain.RaceStatus#SCHEDULED},
 * which storage never applies over a stored status) and its circuit, so a job can upsert both.
 *
 * @param race    the weekend, with its format and session starts
 * @param circuit the circuit it is held at
 */
public record ScheduledRace(Race race, Circuit circuit) {

    /** Validates that the circuit is the race's circuit. */
    public ScheduledRace {
        Checks.notNull(race, "race");
        Checks.notNull(circuit, "circuit");
        if (!race.circuit().equals(circuit.id())) {
            throw new InvalidInputException("circuit", "circuit " + circuit.id() + " is not the circuit of race "
                    + race.key() + " (" + race.circuit() + ")");
        }
    }
}
