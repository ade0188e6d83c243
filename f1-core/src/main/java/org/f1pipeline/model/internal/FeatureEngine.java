package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.internal.ScoreMap;
import org.f1pipeline.model.Feature;
import org.f1pipeline.model.FittedCoefficients;
import org.f1pipeline.model.ModelMath;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.model.WeatherOutlook;

/**
 * Computes the columns a spec weights and turns them into {@link FeatureRow}s. Only the weighted features are
 * computed. Scores are stored rounded to 5 decimals (the seed's numeric(6,5) columns); the raw score is the
 * weighted sum of the unrounded scores, rounded to 6 decimals, as the seed. Stateless.
 */
public final class FeatureEngine {

    private FeatureEngine() {
    }

    /**
     * @param shortRunFallback whether the sprint's short-run pace may fall back to grand-prix qualifying (held
     *                         before the sprint)
     */
    public static List<FeatureRow> compute(ModelSpec spec, RaceContext c, WeatherOutlook outlook,
                                           boolean shortRunFallback) {
        if (spec.isFitted()) {
            return fitted(spec, c);
        }
        List<Feature> features = spec.features();
        double[][] columns = new double[features.size()][];
        double[] weights = new double[features.size()];
        for (int f = 0; f < features.size(); f++) {
            columns[f] = column(features.get(f), c, outlook, shortRunFallback);
            weights[f] = spec.weight(features.get(f));
        }
        List<String> featureNames = new ArrayList<>(features.size());
        for (Feature f : features) {
            featureNames.add(f.featureName());
        }
        ScoreMap.Names names = ScoreMap.Names.of(featureNames, SCORES + " key"); // shared by the race's rows (D97)
        List<FeatureRow> rows = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            double[] scores = new double[features.size()];
            double raw = 0;
            for (int f = 0; f < features.size(); f++) {
                double score = columns[f][i];
                raw += weights[f] * score;
                scores[f] = ModelMath.round(score, 5);
            }
            rows.add(new FeatureRow(c.weekend.key(), c.type, spec.version(), c.pool.get(i).driver(),
                    ScoreMap.of(names, scores, SCORES), ModelMath.round(raw, 6)));
        }
        return rows;
    }

    /** The field a bad score is reported under. */
    private static final String SCORES = "features.scores";

    /** Prefix of the coefficient entries in a fitted model's feature rows: {@code coef.grid_log}. */
    public static final String COEFFICIENT_PREFIX = "coef.";
    /**
     * The coefficient entry's name of each feature, made once: a recompute looks them up some 100,000 times, and a
     * name concatenated anew each time is hashed anew by every map it meets.
     */
    private static final Map<String, String> COEFFICIENT_NAMES = coefficientNames();

    /** {@code coef.<featureName>}, the entry of a fitted model's rows holding that feature's coefficient. */
    public static String coefficientName(String featureName) {
        String name = COEFFICIENT_NAMES.get(featureName);
        return name != null ? name : COEFFICIENT_PREFIX + featureName;
    }

    private static Map<String, String> coefficientNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (Feature f : Feature.values()) {
            names.put(f.featureName(), COEFFICIENT_PREFIX + f.featureName());
        }
        return Map.copyOf(names);
    }

    /** The entry of a fitted model's rows holding how many races the coefficients were learned from (0: prior). */
    public static final String FIT_RACES = "fit.races";

    /**
     * A fitted model's rows: each input's value under its name (5 decimals), the season's coefficient of each under
     * {@code coef.<name>} and the number of races they were learned from under {@code fit.races} (the same for
     * every driver: the row carries everything its prediction and its explanation need), and the raw score = sum
     * of coefficient x stored input (6 decimals), the driver's utility.
     */
    private static List<FeatureRow> fitted(ModelSpec spec, RaceContext c) {
        FittedCoefficients fit = c.history.coefficients(spec, c.weekend.key().season());
        List<Feature> inputs = spec.features();
        double[][] columns = new double[inputs.size()][];
        for (int f = 0; f < inputs.size(); f++) {
            columns[f] = column(inputs.get(f), c, WeatherOutlook.UNKNOWN, false);
        }
        int n = inputs.size();
        List<String> rowNames = new ArrayList<>(2 * n + 1);
        double[] coefficients = new double[n];
        for (int f = 0; f < n; f++) {
            rowNames.add(inputs.get(f).featureName());
            coefficients[f] = fit.coefficient(inputs.get(f));
        }
        for (Feature input : inputs) {
            rowNames.add(coefficientName(input.featureName()));
        }
        rowNames.add(FIT_RACES);
        ScoreMap.Names names = ScoreMap.Names.of(rowNames, SCORES + " key"); // shared by the race's rows (D97)
        List<FeatureRow> rows = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            double[] scores = new double[2 * n + 1];
            double raw = 0;
            for (int f = 0; f < n; f++) {
                double x = ModelMath.round(columns[f][i], 5);
                raw += coefficients[f] * x;
                scores[f] = x;
            }
            System.arraycopy(coefficients, 0, scores, n, n);
            scores[2 * n] = fit.races();
            rows.add(new FeatureRow(c.weekend.key(), c.type, spec.version(), c.pool.get(i).driver(),
                    ScoreMap.of(names, scores, SCORES), ModelMath.round(raw, 6)));
        }
        return rows;
    }

    /** The raw columns of {@code features} (one array per feature), for the training rows of a past race. */
    static double[][] columns(List<Feature> features, RaceContext c) {
        double[][] out = new double[features.size()][];
        for (int f = 0; f < out.length; f++) {
            out[f] = column(features.get(f), c, WeatherOutlook.UNKNOWN, false);
        }
        return out;
    }

    private static double[] column(Feature f, RaceContext c, WeatherOutlook outlook, boolean shortRunFallback) {
        return switch (f) {
            case CAR_PERFORMANCE -> StatsColumns.carPerformance(c);
            case LONG_RUN_PACE -> PaceColumns.longRunPace(c);
            case TYRE_DEG -> PaceColumns.tyreDeg(c);
            case RELIABILITY -> StatsColumns.reliability(c);
            case QUALIFYING_DELTA -> HistoryColumns.teammateDelta(c, c.weekend.qualifying(), false);
            case DRIVER_RATING -> StatsColumns.driverRating(c);
            case WIN_RATE -> StatsColumns.winRate(c);
            case LUCK_FACTOR -> HistoryColumns.luck(c);
            case SECTOR_STRENGTH -> PaceColumns.sectorStrength(c);
            case CIRCUIT_ADJ_START_POS -> StatsColumns.circuitAdjStartPos(c);
            case CIRCUIT_ADJ_POSITION_GAIN -> StatsColumns.circuitAdjPositionGain(c);
            case WEATHER_IMPACT -> HistoryColumns.weather(c, outlook);
            case SHORT_RUN_PACE -> PaceColumns.shortRunPace(c, shortRunFallback);
            case SQ_QUALIFYING_DELTA -> HistoryColumns.teammateDelta(c, c.weekend.sprintQualifying(), true);
            case STARTING_POSITION -> StatsColumns.startingPosition(c);
            case POSITION_GAIN -> StatsColumns.positionGain(c);
            case GRID_LOG -> RatingColumns.gridLog(c);
            case POLE -> RatingColumns.pole(c);
            case DRIVER_ELO -> RatingColumns.driverElo(c);
            case TEAM_ELO -> RatingColumns.teamElo(c);
            case QUALIFYING_GAP -> RatingColumns.qualifyingGap(c);
        };
    }

    /** The seed's circuit-adjusted start position for one grid slot (exposed for the section 14 vectors). */
    public static double circuitAdjStartPos(int grid, double overtakeRate, double scProbability) {
        return StatsColumns.circuitAdjStartPos(StatsColumns.startPos(grid), overtakeRate, scProbability);
    }
}
