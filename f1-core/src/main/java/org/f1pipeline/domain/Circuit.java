package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/**
 * A circuit, keyed by its Jolpica id.
 *
 * @param overtakeRate         how easily cars pass here, 0 (Monaco 0.05) to 1 (Bahrain 0.90); null when unknown
 *                             (the model then learns it from earlier races here, 0.5 for a new circuit)
 * @param safetyCarProbability share of ingested races here with a safety car, for display; the model never reads
 *                             it (it could include later races) and derives the share as-of each race itself
 */
public record Circuit(CircuitId id, String name, String locality, String country, Double latitude,
                      Double longitude, Double overtakeRate, Double safetyCarProbability) {

    public Circuit {
        Checks.notNull(id, "circuit.id");
        Checks.notBlank(name, "circuit.name");
        Checks.finite(latitude, "circuit.latitude");
        Checks.finite(longitude, "circuit.longitude");
        Checks.unitInterval(overtakeRate, "circuit.overtakeRate");
        Checks.unitInterval(safetyCarProbability, "circuit.safetyCarProbability");
    }

    public Circuit withSafetyCarProbability(Double probability) {
        return new Circuit(id, name, locality, country, latitude, longitude, overtakeRate, probability);
    }

    public Circuit withOvertakeRate(Double rate) {
        return new Circuit(id, name, locality, country, latitude, longitude, rate, safetyCarProbability);
    }
}
