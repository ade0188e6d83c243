package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.source.jolpica.PitStop;
import org.f1pipeline.source.openf1.OpenF1Data;
import org.f1pipeline.source.openf1.OpenF1Derivations;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Session;

/**
 * Laps and conditions of a grand prix or sprint, from the richest source that has them.
 *
 * <p>Laps: OpenF1 (2023 on: times, sectors, speed trap, tyres, stints, pit in/out); the live-timing archive (2018-2022,
 * and the fallback for 2023 on: the same columns); otherwise, for grand prix from
 * 1996, Jolpica's lap times and positions, with pit-in/out laps flagged from its pit stops (2011 on). Jolpica has no
 * sprint laps, and nothing has laps before 1996, so those stay absent ({@code laps == null}: the stored laps are then
 * left as they are, never replaced by an empty set). Conditions: OpenF1 weather and race-control SC/VSC laps;
 * unknown (every measure null, not "dry, no safety car") where OpenF1 has nothing (seed defect C9).
 *
 * <p>Pit stops: Jolpica's, for grands prix from 2011 when Jolpica detail is switched on
 * ({@link IngestOptions#jolpicaLaps()}, the same switch as its laps: one request per race); fetched once and used
 * both to store them and to flag the pit-in/out laps of Jolpica laps.
 *
 * @param laps       the laps to store, or null when no source has any
 * @param conditions the conditions row to store
 * @param pitStops   the pit stops to store, or null when none were fetched or Jolpica has none yet (stored stops
 *                   are then left as they are)
 */
record RaceDetail(List<LapTime> laps, RaceConditions conditions, List<org.f1pipeline.domain.PitStop> pitStops) {

    /** First season with Jolpica lap times. */
    static final int FIRST_JOLPICA_LAPS = 1996;
    /** First season with Jolpica pit stops. */
    static final int FIRST_JOLPICA_PIT_STOPS = 2011;

    private static final Set<OpenF1Endpoint> ENDPOINTS = EnumSet.of(OpenF1Endpoint.DRIVERS, OpenF1Endpoint.LAPS,
            OpenF1Endpoint.STINTS, OpenF1Endpoint.PIT, OpenF1Endpoint.WEATHER, OpenF1Endpoint.RACE_CONTROL);

    /**
     * Reads the laps and conditions; {@code detail} false restricts it to Jolpica (the legacy jobs). The router:
     * OpenF1 for 2023 on when it is switched on; the live-timing archive for 2018-2022, and for 2023 on whenever
     * OpenF1 is off, fails after its retries, refuses, or has no laps for the session; Jolpica's lap times for a
     * grand prix no detail source delivered. A detail source that fails never fails the job: the classification
     * comes from Jolpica either way.
     */
    static RaceDetail gather(IngestRun run, Race race, RaceType type, Roster roster, boolean detail) {
        RaceKey key = race.key();
        List<LapTime> laps = null;
        RaceConditions unknown = new RaceConditions(key, type, null, null, null, null, null, null, null);
        RaceConditions conditions = unknown;
        String label = type == RaceType.SPRINT ? "sprint" : "race";
        if (detail && OpenF1Weekend.covers(run, race)) {
            try {
                Optional<OpenF1Weekend> weekend = OpenF1Weekend.find(run, race);
                Optional<OpenF1Session> session = weekend.flatMap(w -> w.session(
                        type == RaceType.SPRINT ? SessionType.SPRINT : SessionType.RACE));
                if (session.isPresent()) {
                    OpenF1Data data = weekend.get().rows(session.get(), ENDPOINTS);
                    IntFunction<DriverId> drivers = roster.mapping().resolver(key, data.drivers());
                    List<LapTime> openLaps = OpenF1Derivations.lapTimes(key, type, data.laps(), data.stints(),
                            data.pits(), drivers);
                    laps = openLaps.isEmpty() ? null : openLaps;
                    conditions = OpenF1Derivations.conditions(key, type, data.weather(), data.raceControl());
                    if (laps == null) {
                        run.note("OpenF1 has no " + label + " laps for " + key + " yet");
                    }
                } else {
                    run.note("OpenF1 does not list the " + label + " of " + race.name());
                }
            } catch (OfflineCacheMissException e) {
                throw e; // offline: a missing cache entry fails the job and is named
            } catch (FetchException e) {
                run.note("OpenF1 failed for the " + label + " of " + key + " (" + e.getMessage()
                        + "); trying the live-timing archive");
                conditions = unknown;
            }
        }
        if (detail && laps == null && ArchiveWeekend.covers(race)) {
            Optional<ArchiveRace> archive = ArchiveRace.read(run, race, type, roster);
            if (archive.isPresent()) {
                laps = archive.get().laps();
                conditions = archive.get().conditions();
            }
        }
        List<PitStop> stops = type == RaceType.GRAND_PRIX && run.sources.options().jolpicaLaps()
                && key.season() >= FIRST_JOLPICA_PIT_STOPS
                ? run.sources.jolpica().pitStops(key, JolpicaData.end(race, SessionType.RACE)) : List.of();
        if (laps == null && type == RaceType.GRAND_PRIX && run.sources.options().jolpicaLaps()
                && key.season() >= FIRST_JOLPICA_LAPS) {
            laps = jolpicaLaps(run, race, roster, stops);
        }
        if (laps == null && (type == RaceType.GRAND_PRIX ? key.season() >= FIRST_JOLPICA_LAPS
                : detail && ArchiveWeekend.covers(race))) {
            run.note("no " + label + " laps stored for " + key + (run.sources.options().jolpicaLaps() ? ""
                    : " (Jolpica laps switched off for this run)") + "; re-run the job to add them later");
        }
        return new RaceDetail(laps, conditions, stops.isEmpty() ? null : stored(stops));
    }

    /** The source's pit stops as stored rows. */
    static List<org.f1pipeline.domain.PitStop> stored(List<PitStop> stops) {
        return stops.stream().map(s -> new org.f1pipeline.domain.PitStop(s.race(), s.driver(), s.stop(), s.lap(),
                s.localTime(), s.durationMs())).toList();
    }

    private static List<LapTime> jolpicaLaps(IngestRun run, Race race, Roster roster, List<PitStop> stops) {
        RaceKey key = race.key();
        List<LapTime> laps = run.sources.jolpica().laps(key, JolpicaData.end(race, SessionType.RACE));
        return withPits(key, laps, roster, stops);
    }

    /**
     * Jolpica's laps of a race, checked against the roster, with the pit-in and out laps flagged from its pit stops;
     * null when there are none.
     */
    static List<LapTime> withPits(RaceKey key, List<LapTime> laps, Roster roster, List<PitStop> stops) {
        if (laps.isEmpty()) {
            return null;
        }
        Set<String> pitIn = new HashSet<>();
        for (PitStop stop : stops) {
            pitIn.add(stop.driver().value() + "/" + stop.lap());
        }
        List<LapTime> out = new ArrayList<>(laps.size());
        for (LapTime l : laps) {
            if (!roster.has(l.driver())) {
                roster.check(key, "laps", l.driver(), null, null);
            }
            boolean in = pitIn.contains(l.driver().value() + "/" + l.lap());
            boolean outLap = pitIn.contains(l.driver().value() + "/" + (l.lap() - 1));
            out.add(in || outLap ? new LapTime(l.race(), l.type(), l.driver(), l.lap(), l.lapTimeMs(),
                    l.sector1Ms(), l.sector2Ms(), l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(),
                    l.freshTyre(), in, outLap, l.stint(), l.trackStatus(), l.position()) : l);
        }
        return out;
    }

    /**
     * The results with the fastest-lap flag filled from the laps when the source flagged nobody (Jolpica has no
     * fastest-lap data before 2004): the driver of the quickest lap, or nobody on a tie.
     */
    static List<RaceResult> withFastestLap(List<RaceResult> results, List<LapTime> laps) {
        if (laps == null || results.stream().anyMatch(RaceResult::fastestLap)) {
            return results;
        }
        int best = laps.stream().filter(l -> l.lapTimeMs() != null).mapToInt(LapTime::lapTimeMs).min().orElse(-1);
        List<DriverId> holders = laps.stream().filter(l -> l.lapTimeMs() != null && l.lapTimeMs() == best)
                .map(LapTime::driver).distinct().toList();
        if (holders.size() != 1) {
            return results;
        }
        return results.stream().map(r -> !r.driver().equals(holders.get(0)) ? r : new RaceResult(r.race(), r.type(),
                r.driver(), r.constructor(), r.carNumber(), r.finishPosition(), r.positionText(), r.grid(),
                r.points(), r.status(), r.totalTimeMs(), r.laps(), true, r.positionOrder())).toList();
    }
}
