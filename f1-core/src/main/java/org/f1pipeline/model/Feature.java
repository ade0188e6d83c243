package org.f1pipeline.model;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceType;

/**
 * Every feature the model can compute, named as the seed's score columns without {@code _score}. A
 * {@link ModelSpec} weights a subset of them; the features a spec may use depend on the race type, because some
 * read sessions that only exist (or only happen in time) for one of them.
 *
 * <p>{@link #STARTING_POSITION} and {@link #POSITION_GAIN} are stored by the seed but not weighted in
 * {@code weighted-v3}/{@code sprint-v2}; they are available to user-supplied specs.
 */
public enum Feature {
    /** Team car-performance score of the current season (as-of), 0.5 without stats. */
    CAR_PERFORMANCE(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** FP2 long-run pace, or the circuit-history race pace when fewer than 70 % of the field ran long runs. */
    LONG_RUN_PACE(RaceType.GRAND_PRIX),
    /** Tyre degradation slope over the last four races at the circuit, inverted and normalised. */
    TYRE_DEG(RaceType.GRAND_PRIX),
    /** 0.7 team reliability + 0.3 (1 - driver DNF rate), normalised. */
    RELIABILITY(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Rolling teammate gap over the last five grand-prix qualifying sessions. */
    QUALIFYING_DELTA(RaceType.GRAND_PRIX),
    /** Points per race over 25 (sprint: over 8 once the driver has three sprints). */
    DRIVER_RATING(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Bayesian win rate (sprint: on sprint results once the driver has three sprints). */
    WIN_RATE(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Finishing better or worse than grid and car suggest, over the last five classified grands prix. */
    LUCK_FACTOR(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** This qualifying's best sectors, inverted and normalised per sector. */
    SECTOR_STRENGTH(RaceType.GRAND_PRIX),
    /** Start position scaled by how hard passing is here and how often a safety car bunches the field. */
    CIRCUIT_ADJ_START_POS(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Season position gain scaled by the circuit's overtake rate. */
    CIRCUIT_ADJ_POSITION_GAIN(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Historical wet-race results when rain is forecast; 0.5 for everyone otherwise. */
    WEATHER_IMPACT(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Best sprint-qualifying lap of this weekend, inverted and normalised. */
    SHORT_RUN_PACE(RaceType.SPRINT),
    /** Rolling teammate gap over the last five sprint-qualifying sessions. */
    SQ_QUALIFYING_DELTA(RaceType.SPRINT),
    /** {@code (21 - grid) / 20}, not clamped (the seed's {@code starting_position_score}). */
    STARTING_POSITION(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** {@code clamp((avg position gain + 15) / 30)} (the seed's {@code position_gain_score}). */
    POSITION_GAIN(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** {@code ln(grid)}: 0 on pole, 0.69 for P2, 2.30 for P10 (a pit-lane start counts as the back of the grid). */
    GRID_LOG(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** 1 for the pole-sitter, else 0 (with {@link #GRID_LOG} it lets pole be worth less or more than ln(2) over P2). */
    POLE(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /**
     * The driver's rating from every earlier grand prix, updated race by race from the finishing order (Elo-style,
     * weighted to the front of the field), as {@code (rating - 1500) / 100}; a newcomer starts at -0.5.
     */
    DRIVER_ELO(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** The same rating for the constructor (best car against other teams), drawn 40 % to the middle each winter. */
    TEAM_ELO(RaceType.GRAND_PRIX, RaceType.SPRINT),
    /** Gap of the driver's best lap in this (sprint) qualifying to the fastest, in percent, capped at 5; 0 without times. */
    QUALIFYING_GAP(RaceType.GRAND_PRIX, RaceType.SPRINT);

    private static final Map<String, Feature> BY_NAME = new HashMap<>();

    static {
        for (Feature f : values()) {
            BY_NAME.put(f.featureName, f);
        }
    }

    private final Set<RaceType> types;
    private final String featureName;

    Feature(RaceType first, RaceType... rest) {
        this.types = EnumSet.of(first, rest);
        this.featureName = name().toLowerCase(Locale.ROOT);
    }

    /** The feature's name, e.g. {@code car_performance}: the seed's column name without {@code _score}. */
    public String featureName() {
        return featureName;
    }

    /**
     * Whether a fitted model may use the feature as an input. A fitted model learns from the inputs of every
     * earlier race, which the history records as each race joins it, so an input must be cheap to compute from the
     * grid and the ratings alone: {@link #GRID_LOG}, {@link #POLE}, {@link #DRIVER_ELO}, {@link #TEAM_ELO},
     * {@link #QUALIFYING_GAP}, {@link #STARTING_POSITION} and {@link #CIRCUIT_ADJ_START_POS}. The season-statistics
     * features (car performance, rating, win rate, ...) were tried as inputs and added nothing over the ratings
     * (they also restart from nothing every season); the lap, long-run and weather features have no history before
     * 1996 or no forecast (docs/model.md, "Inputs tried and dropped").
     */
    public boolean fittable() {
        return switch (this) {
            case GRID_LOG, POLE, DRIVER_ELO, TEAM_ELO, QUALIFYING_GAP, STARTING_POSITION, CIRCUIT_ADJ_START_POS -> true;
            default -> false;
        };
    }

    /** Whether computing the feature reads grand-prix laps of earlier races (race pace, tyre degradation). */
    public boolean readsLaps() {
        return this == LONG_RUN_PACE || this == TYRE_DEG;
    }

    /** Whether a model for this race type may weight the feature. */
    public boolean appliesTo(RaceType type) {
        return types.contains(type);
    }

    /**
     * The feature with that name (case-insensitive).
     *
     * @throws IllegalArgumentException naming every known feature when the name is unknown
     */
    public static Feature forName(String name) {
        Feature exact = name == null ? null : BY_NAME.get(name);
        if (exact != null) {
            return exact;
        }
        for (Feature f : values()) {
            if (f.featureName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Feature f : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(f.featureName());
        }
        throw new InvalidInputException("feature", "unknown feature '" + name + "'; known features: " + known);
    }
}
