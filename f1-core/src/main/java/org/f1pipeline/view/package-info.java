/**
 * Read models for people: what {@code F1Pipeline}'s one-hop reads return, with driver and team names and a
 * readable {@code toString()}: {@link org.f1pipeline.view.NamedPrediction} ({@code pipeline.latestPrediction(race)}),
 * {@link org.f1pipeline.view.Explanation} ({@code pipeline.explain(race, driver)}: score x weight or coefficient x
 * input rows, largest first), {@link org.f1pipeline.view.RaceResults} ({@code pipeline.results(race, type)}),
 * {@link org.f1pipeline.view.Names}, and {@link org.f1pipeline.view.TextTable}, the plain-text table renderer the
 * command line also prints with.
 *
 * <pre>{@code
 * F1Pipeline pipeline = ...;
 * RaceKey race = pipeline.nextRace().orElseThrow().key();
 * System.out.println(pipeline.latestPrediction(race));                              // the ranked table
 * System.out.println(pipeline.explain(race, pipeline.latestPrediction(race).winner().driver()));
 * }</pre>
 */
package org.f1pipeline.view;
