/**
 * The Jolpica-F1 source (the Ergast-compatible API at {@code https://api.jolpi.ca/ergast/f1}, or a self-hosted
 * copy): {@link org.f1pipeline.source.jolpica.JolpicaClient} turns schedule, roster, results, sprint, qualifying,
 * laps, pit-stop and status queries into domain records through the shared {@link org.f1pipeline.fetch.Fetcher},
 * paging with the 100-row maximum. Jolpica alone covers every season from 1950 (laps from 1996, pit stops from
 * 2011). Wire format: {@code ../shared/spec/data-sources.md} section 1; decisions: {@code docs/sources.md}.
 */
package org.f1pipeline.source.jolpica;
