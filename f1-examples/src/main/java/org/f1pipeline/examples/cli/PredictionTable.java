package org.f1pipeline.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.view.Explanation;
import org.f1pipeline.view.NamedPrediction;

/**
 * Renders a stored {@link Prediction} for people (a ranked table with each driver's largest feature contributions,
 * and one driver's full breakdown) and for programs (a JSON-ready map). Used by {@code f1 predict}, {@code f1 demo}
 * and the JShell quick start.
 */
public final class PredictionTable {

    private final Storage storage;
    private final Prediction prediction;
    private final NamedPrediction named;
    private final Map<DriverId, String> teams;
    private final Map<DriverId, String> names;

    /** A renderer for {@code prediction}; names and teams are read from {@code storage}. */
    public PredictionTable(Storage storage, Prediction prediction) {
        this.storage = storage;
        this.prediction = prediction;
        this.named = NamedPrediction.of(storage, prediction);
        this.teams = new HashMap<>();
        this.names = new HashMap<>();
        named.drivers().forEach(d -> {
            if (d.team() != null) {
                teams.put(d.driver(), d.teamName());
            }
            names.put(d.driver(), d.driverName());
        });
    }

    /**
     * The table, with the {@code top} most likely drivers (all when {@code top <= 0}): rank, name, team, win
     * probability and the two features that add most to the driver's raw score (weight x score; see
     * {@link #explain} for all of them). Lines stay under 100 columns.
     */
    public String render(int top) {
        return named().table(top);
    }

    /**
     * One driver's features: for a weighted model the score, weight and contribution of each, then the raw score
     * and the softmax; for a fitted model each input's value, the season's coefficient and the contribution
     * (coefficient x value), then the utility and the conditional logit. Rows by contribution, largest first
     * (the core's {@link Explanation}).
     */
    public String explain(DriverId driver) {
        return named().explain(storage, driver).toString();
    }

    /** The prediction with names, as the core renders it. */
    private NamedPrediction named() {
        return named;
    }

    /**
     * Every driver's contributions side by side, with the coefficients on top: the whole explanation of a fitted
     * model's prediction. For a weighted model (12 or 8 features, too wide for one line) the favourite's
     * {@link #explain(DriverId)} instead.
     *
     * @param top how many drivers to show, most likely first (0 = all): the same cut as {@link #render(int)}
     */
    public String explainAll(int top) {
        Map<DriverId, Map<String, Double>> rows = rows();
        Map<String, Double> any = rows.values().stream().findFirst().orElse(Map.of());
        if (!isFitted(any)) {
            return explain(prediction.winner().driver());
        }
        List<String> inputs = new ArrayList<>(prediction.winner().contributions().keySet());
        StringBuilder b = new StringBuilder(header()).append('\n');
        Double races = any.get(FIT_RACES);
        b.append(String.format(Locale.ROOT, "%-24s", races != null && races == 0 ? "prior coefficients"
                : "coefficients (" + prediction.race().season() + " fit)"));
        for (String in : inputs) {
            b.append(String.format(Locale.ROOT, " %11s", fmt(any.get(COEF + in), "%.4f")));
        }
        b.append('\n').append(String.format(Locale.ROOT, "%4s  %-18s", "Rank", "Driver"));
        for (String in : inputs) {
            b.append(String.format(Locale.ROOT, " %11s", cut(in, 11)));
        }
        b.append(String.format(Locale.ROOT, " %8s %6s%n", "utility", "Win %"));
        List<DriverPrediction> shown = top > 0 && top < prediction.drivers().size()
                ? prediction.drivers().subList(0, top) : prediction.drivers();
        for (DriverPrediction d : shown) {
            b.append(String.format(Locale.ROOT, "%4d  %-18s", d.rank(), cut(name(d.driver()), 18)));
            Map<String, Double> x = rows.getOrDefault(d.driver(), Map.of());
            for (String in : inputs) {
                b.append(String.format(Locale.ROOT, " %5s %5.2f", fmt(x.get(in), "%5.2f").trim(),
                        d.contributions().get(in)));
            }
            b.append(String.format(Locale.ROOT, " %8.3f %5.1f%%%n", d.rawScore(), 100 * d.probability()));
        }
        b.append("Each input column: the driver's value, then its contribution (coefficient x value) to the utility;"
                + "\np = e^utility / sum over the grid of e^utility.\n");
        return b.toString();
    }

    private static final String COEF = "coef.";
    private static final String FIT_RACES = "fit.races";

    private static boolean isFitted(Map<String, Double> scores) {
        return scores.keySet().stream().anyMatch(k -> k.startsWith(COEF));
    }

    /** The stored feature rows of the prediction's model, by driver. */
    private Map<DriverId, Map<String, Double>> rows() {
        Map<DriverId, Map<String, Double>> out = new LinkedHashMap<>();
        storage.features().features(prediction.race(), prediction.type(), prediction.modelVersion())
                .forEach(r -> out.put(r.driver(), r.scores()));
        return out;
    }

    /** The prediction as a JSON-ready map (names and teams included). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("race_id", prediction.race().toString());
        m.put("race", storage.races().race(prediction.race()).map(Race::name).orElse(null));
        m.put("type", prediction.type() == RaceType.SPRINT ? "sprint" : "grand_prix");
        m.put("model_version", prediction.modelVersion());
        m.put("computed_at", prediction.computedAt().toString());
        m.put("as_of", prediction.asOf().toString());
        Map<DriverId, Map<String, Double>> rows = rows();
        Map<String, Double> any = rows.values().stream().findFirst().orElse(Map.of());
        if (isFitted(any)) {
            Map<String, Double> coefficients = new LinkedHashMap<>();
            any.forEach((k, v) -> {
                if (k.startsWith(COEF)) {
                    coefficients.put(k.substring(COEF.length()), v);
                }
            });
            m.put("coefficients", coefficients);
            if (any.get(FIT_RACES) != null) {
                m.put("fitted_on_races", any.get(FIT_RACES).intValue());
            }
        }
        List<Map<String, Object>> drivers = new ArrayList<>();
        for (DriverPrediction d : prediction.drivers()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("rank", d.rank());
            dm.put("driver_id", d.driver().value());
            dm.put("name", name(d.driver()));
            dm.put("team", teams.get(d.driver()));
            dm.put("probability", d.probability());
            dm.put("raw_score", d.rawScore());
            dm.put("contributions", d.contributions());
            Map<String, Double> inputs = new LinkedHashMap<>();
            rows.getOrDefault(d.driver(), Map.of()).forEach((k, v) -> {
                if (!k.startsWith(COEF) && !k.equals(FIT_RACES)) {
                    inputs.put(k, v);
                }
            });
            dm.put("inputs", inputs);
            drivers.add(dm);
        }
        m.put("drivers", drivers);
        return m;
    }

    /** {@code 2024-13 Hungarian Grand Prix - grand prix} */
    String title() {
        String name = storage.races().race(prediction.race()).map(Race::name).orElse("");
        return prediction.race() + " " + name + " - " + (prediction.type() == RaceType.SPRINT ? "sprint"
                : "grand prix");
    }

    private String header() {
        return title() + ", model " + prediction.modelVersion() + "\ncomputed " + prediction.computedAt()
                + " from data before " + prediction.asOf();
    }

    private String name(DriverId id) {
        return names.getOrDefault(id, id.value());
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + ".";
    }

    private static String fmt(Double v, String pattern) {
        return v == null ? "-" : String.format(Locale.ROOT, pattern, v);
    }
}
