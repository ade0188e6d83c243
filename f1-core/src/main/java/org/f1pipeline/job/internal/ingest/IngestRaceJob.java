package org.f1pipeline.job.internal.ingest;

import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.source.jolpica.ResultRow;
import org.f1pipeline.standings.internal.StandingsSync;

/**
 * {@code ingest_race(year, round)}: the grand-prix classification from Jolpica (positions, points, status, grid,
 * time, fastest lap), the laps ({@link RaceDetail}: OpenF1 from 2023, else Jolpica from 1996), the pit stops (Jolpica,
 * 2011 on) and the conditions
 * (OpenF1 weather and SC/VSC laps from 2023, else unknown); the race becomes {@code completed} whatever its status
 * (seed §4), and the circuit's display safety-car probability is refreshed as of this race ({@link SafetyCarShare}).
 * Results, laps and conditions replace what was stored for the race, so stale rows vanish; all in one transaction.
 *
 * <p>The legacy variant ({@link IngestRaceLegacyJob}) reads Jolpica only. Errors: a future session, or empty or
 * partial results within the publication grace → {@link org.f1pipeline.DataNotAvailableException}; after the grace a
 * published classification is stored as published with a {@link org.f1pipeline.domain.DataNote} per irregularity
 * ({@link Classifications}), and no results at all is a {@link org.f1pipeline.job.JobException}; a driver off the
 * entry list → {@link org.f1pipeline.job.JobException}; nothing written on any error.
 */
class IngestRaceJob implements JobHandler {

    private final boolean legacy;

    IngestRaceJob() {
        this(false);
    }

    IngestRaceJob(boolean legacy) {
        this.legacy = legacy;
    }

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(legacy ? Job.INGEST_RACE_LEGACY : Job.INGEST_RACE, ctx, params);
        Race race = run.race();
        RaceKey key = race.key();
        run.requireStarted(race, SessionType.RACE);
        Roster roster = Roster.load(run, key.season());
        List<ResultRow> published = JolpicaData.results(run, race);
        List<RaceResult> parsed = Classifications.results(run, race, RaceType.GRAND_PRIX, published, roster);
        RaceDetail detail = RaceDetail.gather(run, race, RaceType.GRAND_PRIX, roster, !legacy);
        List<RaceResult> results = RaceDetail.withFastestLap(parsed, detail.laps());
        int[] standings = new int[1];
        Optional<Circuit> circuit = ctx.storage().inTransaction(tx -> {
            tx.results().replaceRaceResults(key, RaceType.GRAND_PRIX, results);
            tx.notes().replaceNotes(key, SessionType.RACE, run.dataNotes(SessionType.RACE));
            // Same transaction: the championship tables never disagree with the results.
            standings[0] = StandingsSync.afterResults(tx, key, RaceType.GRAND_PRIX,
                    published.stream().map(ResultRow::result).toList(), results);
            if (detail.laps() != null) {
                tx.laps().replaceLaps(key, RaceType.GRAND_PRIX, detail.laps());
            }
            if (detail.pitStops() != null) {
                tx.pitStops().replacePitStops(key, detail.pitStops());
            }
            tx.races().upsertConditions(List.of(detail.conditions()));
            tx.races().setStatus(key, RaceStatus.COMPLETED);
            Optional<Circuit> updated = SafetyCarShare.asOf(tx, race, detail.conditions());
            updated.ifPresent(c -> tx.catalog().upsertCircuits(List.of(c)));
            return updated;
        });
        run.wrote("race_results", results.size());
        run.wrote("standings", standings[0]);
        run.wrote("laps", detail.laps() == null ? 0 : detail.laps().size());
        run.wrote("pit_stops", detail.pitStops() == null ? 0 : detail.pitStops().size());
        run.wrote("conditions", 1);
        circuit.ifPresent(c -> {
            run.wrote("circuits", 1);
            run.note(c.id().value() + " safety-car probability as of " + key + ": " + c.safetyCarProbability());
        });
        return run.outcome();
    }
}
