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
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.model.LongRunCalculator;
import org.f1pipeline.model.PracticeLap;
import org.f1pipeline.source.openf1.DriverMapping;
import org.f1pipeline.source.openf1.OpenF1Data;
import org.f1pipeline.source.openf1.OpenF1Derivations;
import org.f1pipeline.source.openf1.OpenF1Driver;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Session;

/**
 * {@code ingest_fp2(year, round)}: each driver's FP2 long-run pace per dry compound, as the seed computes it
 * ({@link LongRunCalculator}, seed §5.9), from OpenF1's FP2 laps and stints (2023 on). Replaces the race's long runs;
 * never changes the status.
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
        if (!OpenF1Weekend.covers(run, race)) {
            run.note("no source has FP2 laps for " + key + " (OpenF1 starts in " + OpenF1Weekend.FIRST_SEASON
                    + (run.sources.options().openF1() ? ")" : " and is switched off)") + "; nothing written");
            return run.outcome();
        }
        Optional<OpenF1Weekend> weekend = OpenF1Weekend.find(run, race);
        Optional<OpenF1Session> fp2 = weekend.flatMap(w -> w.session(SessionType.FP2));
        if (fp2.isEmpty()) {
            throw run.missing(race, SessionType.FP2, "OpenF1 does not list FP2 of " + race.name());
        }
        OpenF1Data data = weekend.get().rows(fp2.get(), EnumSet.of(OpenF1Endpoint.DRIVERS, OpenF1Endpoint.LAPS,
                OpenF1Endpoint.STINTS, OpenF1Endpoint.PIT));
        if (data.laps().isEmpty()) {
            throw run.missing(race, SessionType.FP2, "OpenF1 has no FP2 laps");
        }
        Roster roster = Roster.load(run, key.season());
        TreeSet<Integer> skipped = new TreeSet<>();
        IntFunction<DriverId> drivers = practiceDrivers(roster.mapping(), key, data.drivers(), skipped);
        // LapTime is only the carrier of the derivation's stint and compound per lap; practice laps are not stored.
        List<LapTime> laps = OpenF1Derivations.lapTimes(key, RaceType.GRAND_PRIX, data.laps(), data.stints(),
                data.pits(), drivers);
        List<LongRun> runs = LongRunCalculator.compute(key, laps.stream().map(PracticeLap::of).toList());
        if (!skipped.isEmpty()) {
            run.note("FP2 cars not on the " + key.season() + " entry list left out: " + skipped);
        }
        ctx.storage().useTransaction(tx -> tx.laps().replaceLongRuns(key, runs));
        run.wrote("long_runs", runs.size());
        return run.outcome();
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
