/**
 * Immutable domain values: identities ({@link org.f1pipeline.domain.DriverId}, {@link
 * org.f1pipeline.domain.ConstructorId}, {@link org.f1pipeline.domain.CircuitId}, {@link
 * org.f1pipeline.domain.RaceKey}), the schedule, results, laps, conditions, season statistics, feature rows and
 * predictions. Every record validates in its compact constructor and names the offending field; times are integer
 * milliseconds. All types are thread-safe.
 */
package org.f1pipeline.domain;
