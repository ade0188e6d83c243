package org.f1pipeline.model.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.model.Feature;
import org.f1pipeline.model.FittedCoefficients;
import org.f1pipeline.model.ModelMath;
import org.f1pipeline.model.ModelSpec;

/**
 * The rolling-origin fits of a history: one per (fitted model, season predicted), computed on first use and kept.
 * A fit starts from the model's latest fit (warm start: 2-4 Newton steps instead of 5-8) and is rounded to 4
 * decimals, so it does not depend on where it started. A cached fit is reused only while the races it learned from
 * are still exactly the races before its season. Not thread-safe.
 */
public final class FitCache {

    private record Entry(FittedCoefficients coefficients, int races) {
    }

    private final Map<ModelSpec, Map<Integer, Entry>> fits = new HashMap<>();
    private final Map<ModelSpec, double[]> latest = new HashMap<>();

    /** The coefficients of {@code spec} for {@code season}, learned from {@code data}'s races before it. */
    public FittedCoefficients coefficients(ModelSpec spec, int season, TrainingData data) {
        if (!spec.isFitted()) {
            throw new IllegalArgumentException("model " + spec.version() + " is a weighted model, not a fitted one");
        }
        Map<Integer, Entry> bySeason = fits.computeIfAbsent(spec, k -> new HashMap<>());
        Entry cached = bySeason.get(season);
        if (cached != null && cached.races() == data.count(spec, season)) {
            return cached.coefficients();
        }
        TrainingSet set = data.view(spec, season);
        List<Feature> inputs = spec.features();
        double[] prior = new double[inputs.size()];
        for (int j = 0; j < prior.length; j++) {
            prior[j] = spec.weight(inputs.get(j));
        }
        double[] b = prior;
        int steps = 0;
        if (set.races() > 0) {
            ConditionalLogit.Fit fit = new ConditionalLogit(set).fit(prior, latest.get(spec),
                    spec.fitting().penalty());
            b = fit.coefficients();
            steps = fit.steps();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double[] rounded = new double[b.length];
        for (int j = 0; j < b.length; j++) {
            rounded[j] = ModelMath.round(b[j], 4);
            out.put(inputs.get(j).featureName(), rounded[j]);
        }
        latest.put(spec, rounded);
        FittedCoefficients result = new FittedCoefficients(spec.version(), spec.type(), season, out, set.races(),
                steps);
        bySeason.put(season, new Entry(result, set.races()));
        return result;
    }
}
