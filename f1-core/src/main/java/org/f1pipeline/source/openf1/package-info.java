/**
 * The OpenF1 source (https://api.openf1.org/v1, 2023 on): laps with sectors and speed traps, tyre stints, pit
 * visits, weather, race control, classifications and telemetry.
 *
 * <ul>
 *   <li>{@link org.f1pipeline.source.openf1.OpenF1Client} fetches through the shared
 *       {@link org.f1pipeline.fetch.Fetcher} with few requests: one per season for the schedule, one per weekend and
 *       endpoint for session data (split locally by session), telemetry only per driver and date window.</li>
 *   <li>The {@code OpenF1*} records are the wire rows, one per endpoint, with OpenF1's nulls kept;
 *       {@link org.f1pipeline.source.openf1.OpenF1Endpoint#parse} reads a response body into them.</li>
 *   <li>{@link org.f1pipeline.source.openf1.OpenF1Derivations} turns a session's rows into domain values (lap rows,
 *       best sectors, conditions with SC/VSC laps, positions, FP2 long runs); pure functions.</li>
 *   <li>{@link org.f1pipeline.source.openf1.DriverMapping} maps OpenF1 car numbers, acronyms and names onto stable
 *       driver and constructor ids, or fails with {@link org.f1pipeline.source.openf1.UnknownDriverException}.</li>
 * </ul>
 * Row parsing lives in the {@code internal} sub-package, which is not public API.
 */
package org.f1pipeline.source.openf1;
