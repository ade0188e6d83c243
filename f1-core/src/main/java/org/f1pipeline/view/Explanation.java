package org.f1pipeline.view;

import java.util.List;
import java.util.Locale;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;

/**
 * Why a driver got his win probability: each model input with the driver's value, its weight (a weighted model)
 * or fitted coefficient (a fitted model) and the contribution to the driver's score (weight x score, coefficient x
 * value), sorted by the size of the contribution, largest first. {@link #toString()} prints it as a table.
 *
 * @param race          the race weekend
 * @param type          grand prix or sprint
 * @param modelVersion  the model of the prediction, e.g. {@code clogit-v1}
 * @param driver        the driver's line in the prediction, with names
 * @param gridSize      how many drivers the prediction ranks
 * @param fitted        whether the model is a fitted conditional logit (else a weighted softmax)
 * @param fittedOnRaces for a fitted model, how many earlier races its coefficients were fitted on (0: the priors);
 *                      null when unknown or not fitted
 * @param temperature   for a shipped weighted model, its softmax temperature; else null
 * @param rows          one row per input, largest contribution (in absolute value) first
 */
public record Explanation(Race race, RaceType type, String modelVersion, NamedDriverPrediction driver, int gridSize,
                          boolean fitted, Integer fittedOnRaces, Double temperature, List<Row> rows) {

    public Explanation {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        Checks.notBlank(modelVersion, "modelVersion");
        Checks.notNull(driver, "driver");
        rows = List.copyOf(Checks.notNull(rows, "rows"));
    }

    /**
     * One input of the model.
     *
     * @param input        the feature or input name, e.g. {@code ln_grid}
     * @param value        the driver's score or input value; null when the feature row is not stored
     * @param weight       the model's weight (weighted) or the season's coefficient (fitted); null when unknown
     * @param contribution weight x value: what the input adds to the driver's score or utility
     */
    public record Row(String input, Double value, Double weight, double contribution) {

        public Row {
            Checks.notBlank(input, "input");
            Checks.finite(contribution, "contribution");
        }
    }

    /** The driver explained. */
    public DriverId driverId() {
        return driver.driver();
    }

    @Override
    public String toString() {
        double p = driver.probability();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%s), %s - %s %s - %s, model %s, rank %d,"
                + " win probability %s%n", driver.driverName(), driverId().value(), driver.teamName(), race.key(),
                race.name(), type == RaceType.SPRINT ? "sprint" : "grand prix", modelVersion, driver.rank(),
                Formats.percent(p)));
        TextTable t = TextTable.of(fitted ? "input" : "feature", fitted ? "value" : "score",
                fitted ? "coefficient" : "weight", "contribution").alignRight(1, 2, 3);
        for (Row r : rows) {
            t.row(r.input(), Formats.number(r.value(), "%.3f"), Formats.number(r.weight(), fitted ? "%.4f" : "%.2f"),
                    String.format(Locale.ROOT, "%.4f", r.contribution()));
        }
        t.render().lines().forEach(line -> b.append("  ").append(line).append('\n'));
        double raw = driver.prediction().rawScore();
        if (fitted) {
            b.append(String.format(Locale.ROOT, "  utility %.4f -> conditional logit over %d drivers"
                    + " (p = e^utility / sum of e^utility) -> %s%n", raw, gridSize, Formats.percent(p)));
            b.append(fittedOnRaces == null || fittedOnRaces > 0 ? "  coefficients fitted on "
                    + (fittedOnRaces == null ? "the" : String.valueOf(fittedOnRaces)) + " races before "
                    + race.key().season() + " (rolling origin, refitted once per season)\n"
                    : "  prior coefficients: no race before " + race.key().season() + " to learn from\n");
        } else {
            b.append(String.format(Locale.ROOT, "  raw score %.4f -> softmax%s over %d drivers -> %s%n", raw,
                    temperature == null ? "" : String.format(Locale.ROOT, " (T = %.2f)", temperature), gridSize,
                    Formats.percent(p)));
        }
        return b.toString();
    }
}
