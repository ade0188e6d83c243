package org.f1pipeline.job.internal.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.recompute.InputLedger;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.Transaction;

/**
 * {@code compute_features} and {@code compute_sprint_features}: the feature rows of every driver on the race's
 * (sprint) grid, point-in-time, under the configured model, made the complete stored set of (race, type, model)
 * so that a driver who left the grid loses his row. One transaction: the bulk reads of
 * {@link ModelReads#forRace} (at most 10), one read of the stored rows (to report stale ones) and one
 * {@code replaceFeatures}. A missing grid or a sprint asked for a conventional weekend throws
 * {@link ModelInputException} before anything is written.
 */
final class FeaturesJob implements JobHandler {

    private final RaceType type;

    FeaturesJob(RaceType type) {
        this.type = type;
    }

    @Override
    public JobOutcome run(JobContext context, JobParams params) {
        RaceKey key = params.raceKey();
        ModelEngine engine = context.config().models();
        String version = engine.model(type).version();
        return context.storage().inTransaction(tx -> {
            ModelReads.RaceInputs in = ModelReads.forRace(tx, key, type);
            List<FeatureRow> rows = type == RaceType.SPRINT ? engine.sprintFeatures(in.history(), in.target())
                    : engine.grandPrixFeatures(in.history(), in.target());
            List<String> notes = staleNote(tx, key, version, rows);
            tx.features().replaceFeatures(key, type, version, rows);
            tx.inputs().recordDerived(List.of(new DerivedVersion(key.season(), key.round(),
                    DerivedKind.features(type), version, context.clock().instant(),
                    InputLedger.read(tx, key.season()).event(key, type), false)));
            notes.add(0, rows.size() + " " + (type == RaceType.SPRINT ? "sprint" : "grand-prix") + " feature rows of "
                    + key + " under model " + version);
            return new JobOutcome(Map.of("features", rows.size()), 0, notes);
        });
    }

    /** Names the drivers whose stored rows the replace removes (they are no longer on the grid). */
    private List<String> staleNote(Transaction tx, RaceKey key, String version, List<FeatureRow> rows) {
        Set<DriverId> pool = new HashSet<>();
        rows.forEach(r -> pool.add(r.driver()));
        List<String> stale = new ArrayList<>();
        for (FeatureRow old : tx.features().features(key, type, version)) {
            if (!pool.contains(old.driver())) {
                stale.add(old.driver().value());
            }
        }
        List<String> notes = new ArrayList<>();
        if (!stale.isEmpty()) {
            notes.add("removed the rows of drivers no longer on the grid: " + String.join(", ", stale));
        }
        return notes;
    }
}
