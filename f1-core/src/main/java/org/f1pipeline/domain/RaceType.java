package org.f1pipeline.domain;

/** Which race of a weekend a result, lap, condition, feature or prediction belongs to. */
public enum RaceType {
    /** The Sunday grand prix. */
    GRAND_PRIX,
    /** The Saturday (2021-22: also Saturday) sprint race. */
    SPRINT
}
