package org.f1pipeline.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * A versioned win-probability prediction for one race. A recompute adds a new prediction (new
 * {@code computedAt}) and keeps the earlier ones, so the pre-race prediction survives.
 *
 * @param modelVersion e.g. {@code weighted-v3} or {@code sprint-v2}
 * @param computedAt   when this prediction was computed (kept to the millisecond, so every storage round-trips it)
 * @param asOf         the cut-off of the data it used: nothing from this instant on was seen (millisecond precision)
 * @param drivers      one line per driver, ordered by rank; probabilities sum to 1
 */
public record Prediction(RaceKey race, RaceType type, String modelVersion, Instant computedAt, Instant asOf,
                         List<DriverPrediction> drivers) {

    public Prediction {
        Checks.notNull(race, "prediction.race");
        Checks.notNull(type, "prediction.type");
        Checks.notBlank(modelVersion, "prediction.modelVersion");
        Checks.notNull(computedAt, "prediction.computedAt");
        Checks.notNull(asOf, "prediction.asOf");
        computedAt = computedAt.truncatedTo(ChronoUnit.MILLIS);
        asOf = asOf.truncatedTo(ChronoUnit.MILLIS);
        Checks.notNull(drivers, "prediction.drivers");
        if (drivers.isEmpty()) {
            throw new InvalidInputException("prediction.drivers", "prediction.drivers must not be empty");
        }
        Set<DriverId> seen = new HashSet<>();
        double sum = 0;
        for (DriverPrediction d : drivers) {
            Checks.notNull(d, "prediction.drivers[]");
            if (!seen.add(d.driver())) {
                throw new InvalidInputException("prediction.drivers",
                        "prediction.drivers lists " + d.driver() + " twice");
            }
            sum += d.probability();
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new InvalidInputException("prediction.drivers",
                    "prediction.drivers probabilities must sum to 1, sum was " + sum);
        }
        drivers = drivers.stream().sorted(Comparator.comparingInt(DriverPrediction::rank)
                .thenComparing(DriverPrediction::driver)).toList();
    }

    /** The favourite (rank 1). */
    public DriverPrediction winner() {
        return drivers.get(0);
    }
}
