/**
 * Recomputing the model over whole seasons: {@link org.f1pipeline.recompute.ModelRecompute} replaces the season
 * statistics and feature rows and adds a new prediction version for every grand prix and sprint of a span of
 * seasons, point-in-time, in one linear pass with a few bulk reads and writes per season (the backfill). See
 * {@code docs/model.md}, "Jobs and recompute".
 */
package org.f1pipeline.recompute;
