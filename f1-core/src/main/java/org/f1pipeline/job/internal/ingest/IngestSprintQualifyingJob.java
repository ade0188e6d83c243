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
        if (!run.sources.options().openF1()) {
            throw run.fail(key + ": sprint qualifying comes only from OpenF1 (Jolpica does not serve it), and OpenF1"
                    + " is switched off for this run");
        }
        Optional<OpenF1Weekend> weekend = OpenF1Weekend.find(run, race);
        Optional<OpenF1Session> session = weekend.flatMap(w -> w.session(SessionType.SPRINT_QUALIFYING));
        if (session.isEmpty()) {
            throw run.missing(race, SessionType.SPRINT_QUALIFYING, "OpenF1 does not list the sprint qualifying of "
                    + race.name());
        }
        OpenF1Data data = weekend.get().rows(session.get(), EnumSet.of(OpenF1Endpoint.DRIVERS,
                OpenF1Endpoint.LAPS, OpenF1Endpoint.SESSION_RESULT));
        List<OpenF1SessionResult> results = data.sessionResults().stream().filter(r -> r.position() != null)
                .toList();
        if (results.isEmpty()) {
            throw run.missing(race, SessionType.SPRINT_QUALIFYING,
                    "OpenF1 has no sprint qualifying classification");
        }
        if (results.stream().noneMatch(r -> r.position() == 1)) {
            throw run.notYet(key, "OpenF1's sprint qualifying classification is partial (no P1)");
        }
        Roster roster = Roster.load(run, key.season());
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
        if (rows.stream().map(QualifyingResult::driver).distinct().count() != rows.size()) {
            throw run.fail(key + " sprint qualifying: OpenF1 classifies a driver twice");
        }
        Set<RaceStatus> from = Set.of(RaceStatus.SCHEDULED);
        Optional<RaceStatus> unmoved = ctx.storage().inTransaction(tx -> {
            tx.results().replaceSprintQualifying(key, rows);
            boolean moved = tx.races().transitionStatus(key, from, RaceStatus.SPRINT_QUALIFYING_DONE);
            return moved ? Optional.<RaceStatus>empty() : tx.races().race(key).map(Race::status);
        });
        unmoved.ifPresent(s -> run.guardNote(s, RaceStatus.SPRINT_QUALIFYING_DONE, from));
        run.wrote("sprint_qualifying", rows.size());
        return run.outcome();
    }

    /** SQ1/SQ2/SQ3 in ms, rounded to nearest (OpenF1 sends millisecond-exact decimals); null when not set. */
    private static Integer segment(OpenF1SessionResult r, int i) {
        List<Double> s = r.segmentDurations();
        Double seconds = s != null && s.size() > i ? s.get(i) : null;
        return seconds == null || !(seconds > 0) ? null : (int) Math.round(seconds * 1000.0);
    }
}
