package org.f1pipeline.job.internal.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.openf1.MappedDriver;

/**
 * A grand prix's or sprint's laps and conditions from the live-timing archive: laps with the race's lap 1 from
 * Jolpica, weather, SC/VSC lap counts from track status.
 *
 * @param laps       the laps (never empty)
 * @param conditions the conditions
 */
record ArchiveRace(List<LapTime> laps, RaceConditions conditions) {

    /**
     * Reads the session; empty (with a note) when the archive does not have it or fails after its retries. A car no
     * entry matches fails the job ({@link org.f1pipeline.source.openf1.UnknownDriverException}).
     */
    static Optional<ArchiveRace> read(IngestRun run, Race race, RaceType type, Roster roster) {
        String label = type == RaceType.SPRINT ? "sprint" : "race";
        Optional<LiveTimingSession> session;
        try {
            session = ArchiveWeekend.of(run, race).session(type == RaceType.SPRINT ? SessionType.SPRINT
                    : SessionType.RACE);
        } catch (OfflineCacheMissException e) {
            throw e; // offline: a missing cache entry fails the job and is named
        } catch (FetchException e) {
            run.note("the live-timing archive failed for the " + label + " of " + race.key() + " (" + e.getMessage()
                    + "); no archive detail");
            return Optional.empty();
        }
        if (session.isEmpty()) {
            run.note("the live-timing archive has no " + label + " timing for " + race.key());
            return Optional.empty();
        }
        LiveTimingSession s = session.get();
        Map<Integer, MappedDriver> drivers = ArchiveDetail.drivers(race.key(), roster.mapping(), s, null);
        Map<DriverId, Integer> first = Map.of();
        try {
            first = ArchiveDetail.firstLapFromJolpica(run, race, type);
        } catch (OfflineCacheMissException e) {
            throw e; // offline: a missing cache entry fails the job and is named
        } catch (FetchException e) {
            run.note("Jolpica's lap 1 failed for " + race.key() + " (" + e.getMessage() + "): lap 1 stored without a"
                    + " time");
        }
        List<LapTime> laps = ArchiveDetail.laps(race.key(), type, s, drivers, first);
        if (laps.isEmpty()) {
            return Optional.empty();
        }
        run.note(label + " laps and conditions from the live-timing archive (" + s.session().path() + ", "
                + s.requests() + " files)");
        return Optional.of(new ArchiveRace(laps, s.conditions(race.key(), type)));
    }
}
