package org.f1pipeline.view;

import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.internal.Checks;

/**
 * One driver's line of a prediction, with the driver's and team's names.
 *
 * @param prediction the stored line (rank, probability, raw score, contributions)
 * @param driverName the driver's full name
 * @param team       the constructor the driver races for at this event (from the grid, else the result, else the
 *                   season's entry list); null when none is stored
 * @param teamName   its name, {@code ?} when unknown
 */
public record NamedDriverPrediction(DriverPrediction prediction, String driverName, ConstructorId team,
                                    String teamName) {

    public NamedDriverPrediction {
        Checks.notNull(prediction, "prediction");
        Checks.notBlank(driverName, "driverName");
        Checks.notBlank(teamName, "teamName");
    }

    /** 1 for the favourite. */
    public int rank() {
        return prediction.rank();
    }

    public DriverId driver() {
        return prediction.driver();
    }

    /** Win probability, 0..1. */
    public double probability() {
        return prediction.probability();
    }

    /** {@code 1. Max Verstappen (Red Bull) 45.2%} */
    @Override
    public String toString() {
        return rank() + ". " + driverName + " (" + teamName + ") " + Formats.percent(probability());
    }
}
