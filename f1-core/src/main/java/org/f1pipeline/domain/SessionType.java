package org.f1pipeline.domain;

/**
 * The sessions of a weekend. {@link #SPRINT_QUALIFYING} is the session that sets the sprint grid: the 2023
 * "sprint shootout" or the 2024+ "sprint qualifying" (2021-22 sprint weekends have none).
 */
public enum SessionType {
    FP1, FP2, FP3, QUALIFYING, SPRINT_QUALIFYING, SPRINT, RACE
}
