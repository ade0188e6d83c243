package org.f1pipeline.recompute;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.storage.Storage;

/**
 * A stale recompute ({@link ModelRecompute#recomputeStale}) that keeps the model's history between calls, for a
 * caller that recomputes season after season (the backfill recomputes each season right after ingesting it): a
 * call for the season after the previous call's reads only that season, not 1950 onwards again. The history is
 * rebuilt whenever the input versions of the earlier seasons changed in between. Not thread-safe.
 */
public final class Recomputer {

    private final StaleRecompute engine;
    private final Clock clock;

    /** A recomputer of {@code storage} under {@code engine}'s models; {@code clock} stamps each call. */
    public Recomputer(Storage storage, ModelEngine engine, Clock clock) {
        this(storage, engine, clock, EnumSet.allOf(RaceType.class));
    }

    /**
     * A recomputer of the events of {@code types} only (season statistics whatever the types), e.g. the grand
     * prix under one model chosen by name.
     */
    public Recomputer(Storage storage, ModelEngine engine, Clock clock, Set<RaceType> types) {
        Checks.notNull(types, "types");
        this.engine = new StaleRecompute(Checks.notNull(storage, "storage"), Checks.notNull(engine, "engine"),
                EnumSet.copyOf(types.isEmpty() ? EnumSet.noneOf(RaceType.class) : types));
        this.clock = Checks.notNull(clock, "clock");
    }

    /** Recomputes what is stale in {@code fromSeason..toSeason}, as {@link ModelRecompute#recomputeStale}. */
    public RecomputeSummary recompute(int fromSeason, int toSeason) {
        ModelRecompute.checkSpanPublic(fromSeason, toSeason);
        return engine.run(fromSeason, toSeason, clock.instant());
    }
}
