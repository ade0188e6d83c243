package org.f1pipeline.job.internal.compute;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;

/**
 * {@code compute_predictions} and {@code compute_sprint_predictions}: the softmax over the stored feature rows of
 * (race, type, configured model), added as a new prediction version. {@code computedAt} is the pipeline clock;
 * {@code asOf} is the start of the predicted session ({@link Race#startOf}), the cut-off the point-in-time
 * features never cross, so a prediction with {@code computedAt} before {@code asOf} was made before the session.
 * A later run adds another version; an earlier one is never replaced (a run at the same instant replaces only
 * itself). One transaction: 2 reads (race, feature rows) and one {@code add}. No feature rows, or a sprint asked
 * for a conventional weekend, throws {@link ModelInputException} and writes nothing.
 */
final class PredictionsJob implements JobHandler {

    private final RaceType type;

    PredictionsJob(RaceType type) {
        this.type = type;
    }

    @Override
    public JobOutcome run(JobContext context, JobParams params) {
        RaceKey key = params.raceKey();
        ModelEngine engine = context.config().models();
        String version = engine.model(type).version();
        Instant computedAt = context.clock().instant();
        return context.storage().inTransaction(tx -> {
            Race race = ModelReads.requireRace(tx.races().race(key).stream().toList(), key, type);
            List<FeatureRow> rows = tx.features().features(key, type, version);
            Prediction prediction = engine.predict(type, key, rows, computedAt, race.startOf(type));
            tx.predictions().add(prediction);
            // The prediction read the feature rows: it was computed from the inputs those were computed from.
            long read = tx.inputs().derivedVersions(key.season(), key.season()).stream()
                    .filter(d -> d.round() == key.round() && d.kind() == DerivedKind.features(type)
                            && d.modelVersion().equals(version))
                    .mapToLong(DerivedVersion::inputVersion).max().orElse(0);
            tx.inputs().recordDerived(List.of(new DerivedVersion(key.season(), key.round(),
                    DerivedKind.prediction(type), version, prediction.computedAt(), read, false)));
            DriverPrediction favourite = prediction.drivers().stream().filter(d -> d.rank() == 1).findFirst()
                    .orElseThrow();
            String note = String.format(Locale.ROOT, "%s %s, model %s: favourite %s at %.1f %% of %d drivers",
                    key, type == RaceType.SPRINT ? "sprint" : "grand prix", version, favourite.driver().value(),
                    100 * favourite.probability(), prediction.drivers().size());
            return new JobOutcome(Map.of("predictions", 1, "prediction_drivers", prediction.drivers().size()), 0,
                    List.of(note));
        });
    }
}
