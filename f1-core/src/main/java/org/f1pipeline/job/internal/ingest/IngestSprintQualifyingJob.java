package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.source.openf1.DriverMapping;
import org.f1pipeline.source.openf1.MappedDriver;
import org.f1pipeline.source.openf1.OpenF1Data;
import org.f1pipeline.source.openf1.OpenF1Derivations;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Session;
import org.f1pipeline.source.openf1.OpenF1SessionResult;
import org.f1pipeline.source.openf1.QualifyingBests;

/**
 * {@code ingest_sprint_qualifying(year, round)}: the session that sets the sprint grid, the 2023 sprint shootout or
 * the 2024+ sprint qualifying, from OpenF1 (Jolpica does not serve it): classification, SQ1-SQ3 times, best sectors
 * and top speed. Written to the SQ column group only, so a sprint result already stored is never touched (seed
 * {@code exclude_update}). Status {@code scheduled → sprint_qualifying_done}.
 *
 * <p>2021-22 sprint weekends had no such session (qualifying on Friday set the sprint grid), so the job refuses them
 * with {@link InvalidInputException} and writes nothing; the seed asked FastF1 for 'SQ' there, which is the sprint
 * race itself, and stored the sprint as the SQ grid (seed defect E2). The backfill never calls it for them.
 */
final class IngestSprintQualifyingJob implements JobHandler {

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(Job.INGEST_SPRINT_QUALIFYING, ctx, params);
        Race race = run.race();
        run.requireSprint(race);
        RaceKey key = race.key();
        if (!race.format().hasSprintQualifying()) {
            throw new InvalidInputException("round", "race " + key + " (" + race.name() + ") is a "
                    + race.format().wireName() + " weekend (2021-22): it has no sprint-qualifying session, the sprint"
                    + " grid came from qualifying; run ingest_sprint instead (nothing was written)");
        }
        run.requireStarted(race, SessionType.SPRINT_QUALIFYING);
        Roster roster = Roster.load(run, key.season());
        List<QualifyingResult> rows = null;
        if (run.sources.options().openF1()) {
            try {
                rows = openF1Rows(run, race, roster);
            } catch (OfflineCacheMissException e) {
                throw e; // offline: a missing cache entry fails the job and is named
            } catch (FetchException e) {
                run.note("OpenF1 failed for the sprint qualifying of " + key + " (" + e.getMessage() + ")");
            }
        }
        if (rows == null) {
            rows = ArchiveQualifying.sprintQualifying(run, race, roster).orElseThrow(() -> run.missing(race,
                    SessionType.SPRINT_QUALIFYING, "neither OpenF1" + (run.sources.options().openF1() ? ""
                    : " (switched off)") + " nor the live-timing archive has the sprint qualifying of " + race.name()));
        }
        if (rows.stream().map(QualifyingResult::driver).distinct().count() != rows.size()) {
            throw run.fail(key + " sprint qualifying: the source classifies a driver twice");
        }
        List<QualifyingResult> write = rows;
        Set<RaceStatus> from = Set.of(RaceStatus.SCHEDULED);
        Optional<RaceStatus> unmoved = ctx.storage().inTransaction(tx -> {
            tx.results().replaceSprintQualifying(key, write);
            boolean moved = tx.races().transitionStatus(key, from, RaceStatus.SPRINT_QUALIFYING_DONE);
            return moved ? Optional.<RaceStatus>empty() : tx.races().race(key).map(Race::status);
        });
        unmoved.ifPresent(s -> run.guardNote(s, RaceStatus.SPRINT_QUALIFYING_DONE, from));
        run.wrote("sprint_qualifying", write.size());
        return run.outcome();
    }

    /** The classification from OpenF1, or null when OpenF1 does not have it (yet). */
    private static List<QualifyingResult> openF1Rows(IngestRun run, Race race, Roster roster) {
        RaceKey key = race.key();
        Optional<OpenF1Weekend> weekend = OpenF1Weekend.find(run, race);
        Optional<OpenF1Session> session = weekend.flatMap(w -> w.session(SessionType.SPRINT_QUALIFYING));
        if (session.isEmpty()) {
            run.note("OpenF1 does not list the sprint qualifying of " + race.name());
            return null;
        }
        OpenF1Data data = weekend.get().rows(session.get(), EnumSet.of(OpenF1Endpoint.DRIVERS,
                OpenF1Endpoint.LAPS, OpenF1Endpoint.SESSION_RESULT));
        List<OpenF1SessionResult> results = data.sessionResults().stream().filter(r -> r.position() != null)
                .toList();
        if (results.isEmpty() || results.stream().noneMatch(r -> r.position() == 1)) {
            run.note("OpenF1's sprint qualifying classification is empty or partial (no P1)");
            return null;
        }
        DriverMapping mapping = roster.mapping();
        Map<Integer, MappedDriver> drivers = mapping.mapSession(key, data.drivers());
        Map<Integer, QualifyingBests> bests = OpenF1Derivations.qualifyingBests(data.laps());
        List<QualifyingResult> rows = new ArrayList<>();
        for (OpenF1SessionResult r : results) {
            MappedDriver d = drivers.containsKey(r.driverNumber()) ? drivers.get(r.driverNumber())
                    : mapping.map(key, r.driverNumber(), null, null, null);
            roster.check(key, "sprint qualifying", d.driver(), d.constructor(), r.driverNumber());
            QualifyingBests b = bests.get(r.driverNumber());
            rows.add(new QualifyingResult(key, d.driver(), d.constructor(), r.driverNumber(), r.position(),
                    segment(r, 0), segment(r, 1), segment(r, 2), b == null ? null : b.sector1Ms(),
                    b == null ? null : b.sector2Ms(), b == null ? null : b.sector3Ms(),
                    b == null ? null : b.speedTrapKph()));
        }
        return rows;
    }

    /** SQ1/SQ2/SQ3 in ms, rounded to nearest (OpenF1 sends millisecond-exact decimals); null when not set. */
    private static Integer segment(OpenF1SessionResult r, int i) {
        List<Double> s = r.segmentDurations();
        Double seconds = s != null && s.size() > i ? s.get(i) : null;
        return seconds == null || !(seconds > 0) ? null : (int) Math.round(seconds * 1000.0);
    }
}
