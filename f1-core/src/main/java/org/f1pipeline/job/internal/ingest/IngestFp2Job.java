package org.f1pipeline.job.internal.ingest;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.model.LongRunCalculator;
import org.f1pipeline.model.PracticeLap;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.openf1.DriverMapping;
import org.f1pipeline.source.openf1.MappedDriver;
import org.f1pipeline.source.openf1.OpenF1Data;
import org.f1pipeline.source.openf1.OpenF1Derivations;
import org.f1pipeline.source.openf1.OpenF1Driver;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Session;

/**
 * {@code ingest_fp2(year, round)}: each driver's FP2 long-run pace per dry compound, as the seed computes it
 * ({@link LongRunCalculator}, seed §5.9), from OpenF1's FP2 laps and stints (2023 on), or the live-timing archive's
 * (2018-2022, and 2023 on when OpenF1 is off, fails or lacks FP2; 2018's compounds weekend-relative). Replaces the
 * race's long runs; never changes the status.
 *
 * <p>Weekends without FP2 (2023 shootout and 2024+ sprint weekends) and seasons no source has practice laps for
 * (before 2023) succeed with a note and write nothing, as the seed's {@code [SKIP]}. FP2 in the future, or no laps
 * published within the publication grace (72 h after FP2's scheduled start), is {@link
 * org.f1pipeline.DataNotAvailableException}; no laps after the grace is a {@link org.f1pipeline.job.JobException}
 * naming the cause (no retry would bring them). Practice-only drivers (not on the race entry
 * list) are left out with a note instead of failing the job: the entry list only knows race drivers.
 */
final class IngestFp2Job implements JobHandler {

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(Job.INGEST_FP2, ctx, params);
        Race race = run.race();
        RaceKey key = race.key();
        if (!hasFp2(race)) {
            run.note(key + " is a " + race.format().wireName() + " weekend: it has no FP2 session, nothing to"
                    + " ingest");
            return run.outcome();
        }
        run.requireStarted(race, SessionType.FP2);
        Roster roster = Roster.load(run, key.season());
        TreeSet<Integer> skipped = new TreeSet<>();
        List<LapTime> laps = OpenF1Weekend.covers(run, race) ? openF1Laps(run, race, roster, skipped) : null;
        if (laps == null && ArchiveWeekend.covers(race)) {
            laps = archiveLaps(run, race, roster, skipped);
        }
        if (laps == null) {
            if (!ArchiveWeekend.covers(race)) {
                run.note("no source has FP2 laps for " + key + " (the live-timing archive starts in "
                        + ArchiveWeekend.FIRST_SEASON + "); nothing written");
                return run.outcome();
            }
            throw run.missing(race, SessionType.FP2, "neither OpenF1 nor the live-timing archive has FP2 laps of "
                    + race.name());
        }
        List<LongRun> runs = LongRunCalculator.compute(key, laps.stream().map(PracticeLap::of).toList());
        if (!skipped.isEmpty()) {
            run.note("FP2 cars not on the " + key.season() + " entry list left out: " + skipped);
        }
        ctx.storage().useTransaction(tx -> tx.laps().replaceLongRuns(key, runs));
        run.wrote("long_runs", runs.size());
        return run.outcome();
    }

    /** FP2 laps from OpenF1 (as carriers of stint and compound), or null when it has none or fails. */
    private static List<LapTime> openF1Laps(IngestRun run, Race race, Roster roster, TreeSet<Integer> skipped) {
        RaceKey key = race.key();
        OpenF1Data data;
        try {
            Optional<OpenF1Weekend> weekend = OpenF1Weekend.find(run, race);
            Optional<OpenF1Session> fp2 = weekend.flatMap(w -> w.session(SessionType.FP2));
            if (fp2.isEmpty()) {
                run.note("OpenF1 does not list FP2 of " + race.name());
                return null;
            }
            data = weekend.get().rows(fp2.get(), EnumSet.of(OpenF1Endpoint.DRIVERS, OpenF1Endpoint.LAPS,
                    OpenF1Endpoint.STINTS, OpenF1Endpoint.PIT));
        } catch (OfflineCacheMissException e) {
            throw e; // offline: a missing cache entry fails the job and is named
        } catch (FetchException e) {
            run.note("OpenF1 failed for FP2 of " + key + " (" + e.getMessage() + ")");
            return null;
        }
        if (data.laps().isEmpty()) {
            run.note("OpenF1 has no FP2 laps of " + key + " yet");
            return null;
        }
        IntFunction<DriverId> drivers = practiceDrivers(roster.mapping(), key, data.drivers(), skipped);
        // LapTime is only the carrier of the derivation's stint and compound per lap; practice laps are not stored.
        return OpenF1Derivations.lapTimes(key, RaceType.GRAND_PRIX, data.laps(), data.stints(), data.pits(),
                drivers);
    }

    /** FP2 laps from the live-timing archive (weekend-relative compounds), or null when it has none. */
    private static List<LapTime> archiveLaps(IngestRun run, Race race, Roster roster, TreeSet<Integer> skipped) {
        Optional<LiveTimingSession> s = ArchiveQualifying.session(run, race, SessionType.FP2);
        if (s.isEmpty()) {
            return null;
        }
        Map<Integer, MappedDriver> drivers = ArchiveDetail.drivers(race.key(), roster.mapping(), s.get(), skipped);
        run.note("FP2 laps from the live-timing archive (" + s.get().session().path() + ")");
        return ArchiveDetail.laps(race.key(), null, s.get(), drivers, null);
    }

    /** Whether the weekend has an FP2: conventional and 2021-22 sprint weekends do, later sprint formats do not. */
    static boolean hasFp2(Race race) {
        return race.sessionStart(SessionType.FP2).isPresent() || race.format() == EventFormat.CONVENTIONAL
                || race.format() == EventFormat.SPRINT;
    }

    private static IntFunction<DriverId> practiceDrivers(DriverMapping mapping, RaceKey key,
                                                         List<OpenF1Driver> listed, TreeSet<Integer> skipped) {
        Map<Integer, OpenF1Driver> byNumber = new HashMap<>();
        listed.forEach(d -> byNumber.putIfAbsent(d.driverNumber(), d));
        Map<Integer, Optional<DriverId>> memo = new HashMap<>();
        return n -> memo.computeIfAbsent(n, k -> {
            OpenF1Driver d = byNumber.get(k);
            Optional<DriverId> id = (d == null ? mapping.find(key, k, null, null, null)
                    : mapping.find(key, k, d.nameAcronym(), d.fullName(), d.teamName())).map(m -> m.driver());
            if (id.isEmpty()) {
                skipped.add(k);
            }
            return id;
        }).orElse(null);
    }
}
