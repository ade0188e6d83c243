package org.f1pipeline.testkit.synthetic;

import java.util.List;

/**
 * Everything that happened in one session: laps, stints, pit stops, weather, race control and track status.
 * Built on demand (and not kept by the season), so a backfill never holds laps for many sessions at once.
 *
 * @param round        the weekend
 * @param session      the session
 * @param laps         all laps, ordered by lap number then position (timed sessions: by lap start)
 * @param stints       tyre stints per car
 * @param pitStops     pit stops (races and sprints), in time order
 * @param weather      one reading a minute from 30 minutes before the start to the end
 * @param raceControl  race-control messages in time order
 * @param trackStatus  track-status changes in time order (first entry is {@code 1 AllClear} at 0)
 */
public record SessionData(SyntheticRound round, SyntheticSession session, List<LapRow> laps, List<StintRow> stints,
                          List<PitStopRow> pitStops, List<WeatherSample> weather,
                          List<RaceControlMessage> raceControl, List<TrackStatusChange> trackStatus) {

    /** Laps of one car. */
    public List<LapRow> lapsOf(int number) {
        return laps.stream().filter(l -> l.number() == number).toList();
    }
}
