package org.f1pipeline.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.model.internal.FeatureEngine;
import org.f1pipeline.model.internal.Pools;
import org.f1pipeline.model.internal.RaceContext;

/**
 * {@code compute_sprint_features}: the sprint features of one weekend (the 8 of {@code sprint-v2}, or whatever a
 * user spec weights), point-in-time: the history before the weekend (nothing of the same weekend) plus the sprint's
 * pre-session data.
 *
 * <p>The sprint grid is, in this order: the sprint-qualifying (shootout) classification; else the starting grid
 * of the sprint results (2021-22 weekends, or backfills without SQ); else, on a 2021-22 {@code sprint} weekend, the
 * grand-prix qualifying classification, which set the sprint grid then. Short-run pace falls back to grand-prix
 * qualifying only when that session was held before the sprint (never on 2024+ weekends, where it comes after:
 * seed defect A4). Stateless and thread-safe (the history must not be modified meanwhile).
 */
public final class SprintFeatures {

    private SprintFeatures() {
    }

    /** The features with no weather forecast (the weather feature is then neutral). */
    public static List<FeatureRow> compute(ModelSpec spec, ModelHistory history, Weekend weekend) {
        return compute(spec, history, weekend, WeatherOutlook.UNKNOWN);
    }

    /**
     * The features of the weekend's sprint, one row per driver on the sprint grid, ordered by driver id.
     *
     * @throws ModelInputException      when the weekend is not a sprint weekend (checked first) or has no sprint grid
     * @throws IllegalStateException    when the history already holds this weekend or a later one
     * @throws IllegalArgumentException when the spec is not a sprint model
     */
    public static List<FeatureRow> compute(ModelSpec spec, ModelHistory history, Weekend weekend,
                                           WeatherOutlook outlook) {
        if (spec.type() != RaceType.SPRINT) {
            throw new InvalidInputException("model", "model " + spec.version() + " is a " + spec.type()
                    + " model; sprint features need a SPRINT model such as sprint-v2");
        }
        Race race = weekend.race();
        if (!race.isSprintWeekend()) {
            throw new ModelInputException(race.key(), RaceType.SPRINT, null, "race " + race.key() + " is a "
                    + race.format().wireName() + " weekend without a sprint: compute_sprint_features applies only to "
                    + "sprint weekends");
        }
        history.requireBefore(race.key());
        List<RaceContext.GridSlot> pool = Pools.sprint(weekend);
        RaceContext context = new RaceContext(weekend, RaceType.SPRINT, history.state(), pool);
        return FeatureEngine.compute(spec, context, outlook == null ? WeatherOutlook.UNKNOWN : outlook,
                qualifyingBeforeSprint(race));
    }

    /** Whether the weekend has a sprint grid to compute features from. */
    public static boolean hasGrid(Weekend weekend) {
        return Pools.hasSprintGrid(weekend);
    }

    /**
     * Whether grand-prix qualifying was held before the sprint: by the session times when both are known, else
     * by format (2021-22 sprint and 2023 shootout weekends: yes; 2024+ sprint-qualifying weekends: no).
     */
    static boolean qualifyingBeforeSprint(Race race) {
        Optional<Instant> quali = race.sessionStart(SessionType.QUALIFYING);
        Optional<Instant> sprint = race.sessionStart(SessionType.SPRINT);
        if (quali.isPresent() && sprint.isPresent()) {
            return quali.get().isBefore(sprint.get());
        }
        return race.format() == EventFormat.SPRINT || race.format() == EventFormat.SPRINT_SHOOTOUT;
    }
}
