package org.f1pipeline.domain;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * Conditions observed during a grand prix or sprint. Every measure is null when the source had none (legacy
 * seasons): unknown safety-car laps are not "zero safety-car laps".
 *
 * @param rainfallShare share of weather samples with rainfall, 0..1
 * @param humidityPct   mean relative humidity, 0..100
 */
public record RaceConditions(RaceKey race, RaceType type, WeatherLabel weather, Double rainfallShare,
                             Double airTempC, Double trackTempC, Double humidityPct, Integer safetyCarLaps,
                             Integer virtualSafetyCarLaps) {

    public RaceConditions {
        Checks.notNull(race, "conditions.race");
        Checks.notNull(type, "conditions.type");
        Checks.unitInterval(rainfallShare, "conditions.rainfallShare");
        Checks.finite(airTempC, "conditions.airTempC");
        Checks.finite(trackTempC, "conditions.trackTempC");
        if (humidityPct != null && !(humidityPct >= 0 && humidityPct <= 100)) {
            throw new InvalidInputException("conditions.humidityPct",
                    "conditions.humidityPct must be between 0 and 100, was " + humidityPct);
        }
        Checks.nonNegative(safetyCarLaps, "conditions.safetyCarLaps");
        Checks.nonNegative(virtualSafetyCarLaps, "conditions.virtualSafetyCarLaps");
    }
}
