/**
 * Official championship standings after every round: the drivers' table (since 1950) and the constructors' table
 * (since 1958), derived from the stored results under the rules of each era (points scales as Jolpica publishes
 * them per result, best-N counting and split seasons, the pre-1979 "best car only" constructors' rule, the
 * Indianapolis 500, shared drives, official exclusions and deductions, countback ties). The rules are data in
 * {@code org.f1pipeline.standings.internal.ChampionshipRules}; docs/standings.md describes them by era.
 *
 * <p>The ingest jobs keep the stored tables in step with the results in the same transaction; read them with
 * {@code storage.standings().after(season, round, kind)} or {@code pipeline.standings(season, round, kind)}.
 */
package org.f1pipeline.standings;
