package org.f1pipeline.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.view.internal.Reads;

/**
 * A stored prediction with the race and every driver's and team's name, as {@code F1Pipeline.latestPrediction}
 * returns it. {@link #toString()} is the whole table; {@link #table(int)} the {@code top} most likely drivers.
 *
 * @param race         the race weekend (name, date, status)
 * @param prediction   the stored prediction (model version, when, from what data)
 * @param drivers      every driver's line with names, by rank
 * @param actualWinner the winner's result once the race has been run, else null
 */
public record NamedPrediction(Race race, Prediction prediction, List<NamedDriverPrediction> drivers,
                              NamedResult actualWinner) {

    public NamedPrediction {
        Checks.notNull(race, "race");
        Checks.notNull(prediction, "prediction");
        drivers = List.copyOf(Checks.notNull(drivers, "drivers"));
    }

    /**
     * Names a stored prediction (any model version, e.g. one from {@code storage.predictions().history(...)}) with
     * the race, driver and team names and the actual winner read from {@code storage}.
     *
     * @throws org.f1pipeline.DataNotAvailableException when the prediction's race is not stored
     */
    public static NamedPrediction of(Storage storage, Prediction prediction) {
        Checks.notNull(storage, "storage");
        return Reads.named(storage, prediction);
    }

    /**
     * Why {@code driver} got his probability in this prediction (its stored feature rows read from
     * {@code storage}).
     *
     * @throws org.f1pipeline.InvalidInputException when the driver is not in this prediction
     */
    public Explanation explain(Storage storage, DriverId driver) {
        Checks.notNull(storage, "storage");
        return Reads.explain(storage, this, driver);
    }

    /** The favourite (rank 1). */
    public NamedDriverPrediction winner() {
        return drivers.get(0);
    }

    /** Grand prix or sprint. */
    public RaceType type() {
        return prediction.type();
    }

    /** The line of {@code driver}, if the driver is in this prediction. */
    public Optional<NamedDriverPrediction> driver(DriverId driver) {
        return drivers.stream().filter(d -> d.driver().equals(driver)).findFirst();
    }

    /** {@code 2024-13 Hungarian Grand Prix - grand prix} */
    public String title() {
        return race.key() + " " + race.name() + " - " + (type() == RaceType.SPRINT ? "sprint" : "grand prix");
    }

    /**
     * The table of the {@code top} most likely drivers (all when {@code top <= 0}): rank, name, team, win
     * probability and the two inputs that add most to the driver's score, under a two-line header (race, model,
     * when and from what data), then the actual winner once known. Lines stay under 100 columns.
     */
    public String table(int top) {
        StringBuilder b = new StringBuilder(title()).append(", model ").append(prediction.modelVersion())
                .append("\ncomputed ").append(prediction.computedAt()).append(" from data before ")
                .append(prediction.asOf()).append('\n');
        TextTable t = TextTable.of("Rank", "Driver", "Team", "Win %", "Largest contributions").alignRight(0, 3)
                .maxWidth(1, 18).maxWidth(2, 14);
        for (NamedDriverPrediction d : drivers) {
            if (top > 0 && d.rank() > top) {
                break;
            }
            t.row(d.rank(), d.driverName(), d.teamName(), Formats.percent(d.probability()),
                    largest(d.prediction().contributions(), 2));
        }
        b.append(t.render());
        if (actualWinner != null) {
            DriverId w = actualWinner.result().driver();
            b.append("Actual winner: ").append(actualWinner.driverName()).append(driver(w).map(d -> String.format(
                    Locale.ROOT, " (predicted rank %d, %s)", d.rank(), Formats.percent(d.probability()))).orElse(""))
                    .append('\n');
        }
        return b.toString();
    }

    /** The whole table ({@link #table(int)} with every driver). */
    @Override
    public String toString() {
        return table(0);
    }

    private static String largest(Map<String, Double> contributions, int n) {
        List<String> parts = new ArrayList<>();
        contributions.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(n).forEach(e -> parts.add(String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())));
        return String.join(", ", parts);
    }
}
