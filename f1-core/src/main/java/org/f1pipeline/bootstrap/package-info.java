/**
 * Bootstrap: a whole history in one go from Jolpica's CSV database dump ({@code F1Pipeline.bootstrap}), written by
 * the ingest jobs' rules so that the database equals what a Jolpica-only backfill stores for the same data, and
 * backfills carry on from it through the API. See docs/jobs.md and docs/sources.md "Jolpica database dump".
 */
package org.f1pipeline.bootstrap;
