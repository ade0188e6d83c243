package org.f1pipeline.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * The model in one place: a grand-prix spec, a sprint spec and a weather forecast source, with the calls the
 * compute jobs make and a {@link #replay} that computes every event of a span of weekends point-in-time in one
 * linear pass (the backfill). Immutable and thread-safe (each replay uses its own {@link ModelHistory}).
 */
public final class ModelEngine {

    private final ModelSpec grandPrix;
    private final ModelSpec sprint;
    private final WeatherForecast forecast;

    private ModelEngine(ModelSpec grandPrix, ModelSpec sprint, WeatherForecast forecast) {
        if (grandPrix.type() != RaceType.GRAND_PRIX || sprint.type() != RaceType.SPRINT) {
            throw new InvalidInputException("models",
                    "the grand-prix model must be a GRAND_PRIX spec and the sprint model a "
                    + "SPRINT spec, got " + grandPrix.type() + " and " + sprint.type());
        }
        this.grandPrix = grandPrix;
        this.sprint = sprint;
        this.forecast = forecast;
    }

    /** The fitted models {@code clogit-v1} and {@code sprint-clogit-v1}, no weather forecasts. */
    public static ModelEngine ofDefaults() {
        return new ModelEngine(ModelSpec.clogitV1(), ModelSpec.sprintClogitV1(), WeatherForecast.none());
    }

    /** The seed's models {@code weighted-v3} and {@code sprint-v2} (parity with the seed), no weather forecasts. */
    public static ModelEngine seed() {
        return new ModelEngine(ModelSpec.weightedV3(), ModelSpec.sprintV2(), WeatherForecast.none());
    }

    /** This engine with another grand-prix model. */
    public ModelEngine withGrandPrixModel(ModelSpec spec) {
        return new ModelEngine(spec, sprint, forecast);
    }

    /** This engine with another sprint model. */
    public ModelEngine withSprintModel(ModelSpec spec) {
        return new ModelEngine(grandPrix, spec, forecast);
    }

    /** This engine with a pre-session weather source. */
    public ModelEngine withForecast(WeatherForecast source) {
        return new ModelEngine(grandPrix, sprint, source);
    }

    /** The grand-prix model. */
    public ModelSpec grandPrixModel() {
        return grandPrix;
    }

    /** The sprint model. */
    public ModelSpec sprintModel() {
        return sprint;
    }

    /** The model of a race type. */
    public ModelSpec model(RaceType type) {
        return type == RaceType.SPRINT ? sprint : grandPrix;
    }

    /** {@link GrandPrixFeatures} with this engine's model and forecast. */
    public List<FeatureRow> grandPrixFeatures(ModelHistory history, Weekend weekend) {
        return GrandPrixFeatures.compute(grandPrix, history, weekend,
                forecast.outlook(weekend.race(), RaceType.GRAND_PRIX));
    }

    /** {@link SprintFeatures} with this engine's model and forecast. */
    public List<FeatureRow> sprintFeatures(ModelHistory history, Weekend weekend) {
        return SprintFeatures.compute(sprint, history, weekend, forecast.outlook(weekend.race(), RaceType.SPRINT));
    }

    /** {@link Predictor#predict} with this engine's model for {@code type}. */
    public Prediction predict(RaceType type, RaceKey race, List<FeatureRow> rows, Instant computedAt, Instant asOf) {
        return Predictor.predict(model(type), race, rows, computedAt, asOf);
    }

    /**
     * Computes, point-in-time, every sprint and grand prix of the given weekends that has a grid: for each weekend
     * in race order, the sprint (from the history before the weekend), then the grand prix (same history), then
     * the weekend joins the history. O(total rows). Each prediction's as-of is the start of its session.
     *
     * @param weekends   the span to compute, with every earlier weekend the features should know about (events of
     *                   weekends before {@code from} are not computed but feed the history)
     * @param from       the first race to compute, or null for all
     * @param computedAt stamped on every prediction
     */
    public Replay replay(Collection<Weekend> weekends, RaceKey from, Instant computedAt) {
        List<Weekend> sorted = new ArrayList<>(weekends);
        sorted.sort(Comparator.comparing(Weekend::key));
        ModelHistory history = new ModelHistory();
        List<EventPrediction> events = new ArrayList<>();
        List<ModelInputException> skipped = new ArrayList<>();
        TreeSet<Integer> seasons = new TreeSet<>();
        for (Weekend w : sorted) {
            if (from == null || w.key().compareTo(from) >= 0) {
                seasons.add(w.key().season());
                if (w.race().isSprintWeekend()) {
                    event(history, w, RaceType.SPRINT, computedAt, events, skipped);
                }
                event(history, w, RaceType.GRAND_PRIX, computedAt, events, skipped);
            }
            history.add(w);
        }
        List<SeasonStats> stats = new ArrayList<>();
        seasons.forEach(s -> stats.add(history.seasonStats(s)));
        return new Replay(events, skipped, stats);
    }

    private void event(ModelHistory history, Weekend w, RaceType type, Instant computedAt,
                       List<EventPrediction> events, List<ModelInputException> skipped) {
        try {
            List<FeatureRow> rows = type == RaceType.SPRINT ? sprintFeatures(history, w)
                    : grandPrixFeatures(history, w);
            Prediction p = predict(type, w.key(), rows, computedAt, w.race().startOf(type));
            events.add(new EventPrediction(w.key(), type, rows, p));
        } catch (ModelInputException e) {
            skipped.add(e);
        }
    }

    /** Equal when the models and the forecast source are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelEngine o && grandPrix.equals(o.grandPrix) && sprint.equals(o.sprint)
                && forecast.equals(o.forecast);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(grandPrix, sprint, forecast);
    }

    /** {@code ModelEngine[grandPrix=clogit-v1, sprint=sprint-clogit-v1, forecast=WeatherForecast.none()]} */
    @Override
    public String toString() {
        return "ModelEngine[grandPrix=" + grandPrix.version() + ", sprint=" + sprint.version() + ", forecast="
                + forecast + "]";
    }
}
