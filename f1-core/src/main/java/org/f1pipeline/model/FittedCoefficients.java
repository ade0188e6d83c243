package org.f1pipeline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceType;

/**
 * The coefficients a fitted model uses for one season, learned from the races before it (rolling origin): what
 * {@code predict --explain} shows and what every feature row of the season carries. Coefficients are rounded to 4
 * decimals, so a fit started from last season's coefficients and one started from the prior give the same numbers.
 *
 * @param modelVersion the fitted model
 * @param type         its race type
 * @param season       the season predicted with them
 * @param coefficients input name to coefficient, in the model's input order
 * @param races        races learned from (0: the prior coefficients, nothing to learn from)
 * @param newtonSteps  Newton steps the fit took (0 when served from the prior without data)
 */
public record FittedCoefficients(String modelVersion, RaceType type, int season, Map<String, Double> coefficients,
                                 int races, int newtonSteps) {

    public FittedCoefficients {
        if (modelVersion == null || type == null || coefficients == null) {
            throw new InvalidInputException("fittedCoefficients",
                    "fittedCoefficients.modelVersion, type and coefficients are required");
        }
        coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    }

    /** The coefficient of an input, 0 when the model does not use it. */
    public double coefficient(Feature input) {
        return coefficients.getOrDefault(input.featureName(), 0.0);
    }
}
