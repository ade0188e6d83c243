package org.f1pipeline.job.internal.ingest;

import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.source.jolpica.PitStop;
import org.f1pipeline.source.jolpica.QualifyingRow;
import org.f1pipeline.source.jolpica.ResultRow;
import org.f1pipeline.source.jolpica.ScheduledRace;

/**
 * One season of a database dump, as the rows Jolpica's API would have answered for it (the same records its parsers
 * produce), so that {@link DumpIngest} can write them by the ingest jobs' rules. Internal API.
 *
 * @param year       the season
 * @param schedule   its rounds (not cancelled), in round order
 * @param results    grand-prix result rows, by round then position
 * @param sprint     sprint result rows, by round then position
 * @param qualifying qualifying rows (none before 1994, as the API path never asks), by round then position
 * @param laps       grand-prix laps per race (1996 on)
 * @param pitStops   grand-prix pit stops per race (2011 on)
 */
public record DumpSeason(int year, List<ScheduledRace> schedule, List<ResultRow> results, List<ResultRow> sprint,
                         List<QualifyingRow> qualifying, Map<RaceKey, List<LapTime>> laps,
                         Map<RaceKey, List<PitStop>> pitStops) {
}
