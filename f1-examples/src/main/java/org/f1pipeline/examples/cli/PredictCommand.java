package org.f1pipeline.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 predict --year --round [--sprint] [--model NAME] [--explain [<driverId>]]}: prints the latest stored
 * prediction, or explains it.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the latest stored prediction of a grand prix (or sprint): rank, driver, team, win"
                + " probability and the largest feature contributions. Run compute_predictions first."})
final class PredictCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--year", paramLabel = "<year>", description = "Season.")
    Integer year;

    @Option(names = "--round", paramLabel = "<round>", description = "Round.")
    Integer round;

    @Option(names = {"--race_id", "--race-id"}, paramLabel = "<season-round>", description = "The race, e.g. 2024-13.")
    String raceId;

    @Option(names = "--sprint", description = "The sprint prediction instead of the grand prix.")
    boolean sprint;

    @Option(names = "--explain", paramLabel = "<driverId>", arity = "0..1", fallbackValue = "",
            description = "Explain the prediction: alone, every driver's inputs and contributions (coefficient x"
                    + " input) under the fitted model's coefficients; with a driver id, e.g. max_verstappen, that"
                    + " driver's full breakdown.")
    String explain;

    @Option(names = "--model", paramLabel = "<name>",
            description = "The prediction of this model (e.g. weighted-v3); default: the latest of any model.")
    String model;

    @Option(names = "--top", paramLabel = "<n>", converter = Counts.AtLeastOne.class,
            description = "Only the n most likely drivers, in the table and in --json (1 or more; default: all).")
    Integer top;

    /** The shared options that apply: it reads the database and never fetches. */
    @Mixin
    OptionMixins.Database database = new OptionMixins.Database();
    @Mixin
    OptionMixins.Config config = new OptionMixins.Config();
    @Mixin
    OptionMixins.Json json = new OptionMixins.Json();
    @Mixin
    OptionMixins.Verbose verbose = new OptionMixins.Verbose();

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            JobParams params = JobRunner.params(year, round, raceId);
            RaceKey key = params.raceKey();
            if (key == null) {
                throw new InvalidInputException(params.year() == null ? "year" : "round", "predict needs a race:"
                        + " give --year and --round, or --race_id like 2024-13");
            }
            RaceType type = sprint ? RaceType.SPRINT : RaceType.GRAND_PRIX;
            CliConfig config = CliSession.config(ctx, g);
            try (CliSession s = CliSession.open(ctx, g, config, "run the jobs first (f1 demo, or f1 --job ...),"
                    + " or pass --db with the database to read")) {
                Optional<Race> race = s.storage.races().race(key);
                if (race.isEmpty()) {
                    int rounds = s.storage.races().races(key.season()).size();
                    if (rounds > 0) {
                        throw new InvalidInputException("round", "round " + key.round() + " does not exist in"
                                + " season " + key.season() + ", which has " + rounds + " rounds");
                    }
                    throw CliException.notAvailable("no schedule is stored for " + key.season() + "; run f1 --job"
                            + " sync_schedule --year " + key.season() + " first");
                }
                if (sprint && !race.get().isSprintWeekend()) {
                    throw new InvalidInputException("sprint", key + " " + race.get().name() + " is a conventional"
                            + " weekend: it has no sprint; leave out --sprint");
                }
                Optional<Prediction> stored = model == null ? s.storage.predictions().latest(key, type)
                        : s.storage.predictions().latest(key, type, model);
                Prediction p = stored.orElseThrow(() -> CliException.notAvailable(
                        "no " + (sprint ? "sprint" : "grand-prix") + " prediction" + (model == null ? "" : " of model "
                                + model) + " for " + key + " yet; run f1 --job "
                                + (sprint ? Job.COMPUTE_SPRINT_PREDICTIONS : Job.COMPUTE_PREDICTIONS).jobName()
                                + " --race_id " + key + " (after "
                                + (sprint ? "ingest_sprint_qualifying and compute_sprint_features"
                                        : "ingest_qualifying and compute_features") + ")"));
                PredictionTable table = new PredictionTable(s.storage, p);
                if (explain != null && explain.isBlank()) {
                    ctx.out().print(g.json ? Output.prettyJson(limited(table.toMap())) + "\n" : table.explainAll(top == null ? 0 : top));
                } else if (explain != null) {
                    DriverId driver = driver(p, explain);
                    ctx.out().print(g.json ? Output.prettyJson(table.toMap()) + "\n" : table.explain(driver));
                } else {
                    ctx.out().print(g.json ? Output.prettyJson(limited(table.toMap())) + "\n"
                            : table.render(top == null ? 0 : top));
                }
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "predict", null, null, e, g.verbose);
        }
    }

    /** The JSON document with only the {@code --top} most likely drivers (they come most likely first). */
    private Map<String, Object> limited(Map<String, Object> doc) {
        if (top != null && doc.get("drivers") instanceof List<?> drivers && drivers.size() > top) {
            doc.put("drivers", new ArrayList<>(drivers.subList(0, top)));
        }
        return doc;
    }

    private static DriverId driver(Prediction p, String id) {
        return p.drivers().stream().map(d -> d.driver()).filter(d -> d.value().equalsIgnoreCase(id.trim()))
                .findFirst().orElseThrow(() -> new InvalidInputException("explain", "driver '" + id + "' is not in"
                        + " the prediction of " + p.race() + "; drivers: " + p.drivers().stream()
                        .map(d -> d.driver().value()).collect(Collectors.joining(", "))));
    }
}
