package org.f1pipeline.job.internal.ingest;

import java.util.List;
import java.util.Optional;
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
 * {@code ingest_sprint(year, round)}: the sprint classification from Jolpica (every sprint format, 2021 on), sprint
 * laps and conditions from OpenF1 (2023 on; none before: Jolpica has no sprint laps). Written to the sprint finish
 * column group only, so the sprint-qualifying grid stays. Status {@code scheduled|sprint_qualifying_done →
 * sprint_done}. One transaction; errors as for {@link IngestRaceJob}.
 */
final class IngestSprintJob implements JobHandler {

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(Job.INGEST_SPRINT, ctx, params);
        Race race = run.race();
        run.requireSprint(race);
        RaceKey key = race.key();
        run.requireStarted(race, SessionType.SPRINT);
        Roster roster = Roster.load(run, key.season());
        List<ResultRow> published = JolpicaData.sprint(run, race);
        List<RaceResult> parsed = Classifications.results(run, race, RaceType.SPRINT, published, roster);
        RaceDetail detail = RaceDetail.gather(run, race, RaceType.SPRINT, roster, true);
        List<RaceResult> results = RaceDetail.withFastestLap(parsed, detail.laps());
        int[] standings = new int[1];
        Optional<RaceStatus> unmoved = ctx.storage().inTransaction(tx -> {
            tx.results().replaceRaceResults(key, RaceType.SPRINT, results);
            tx.notes().replaceNotes(key, SessionType.SPRINT, run.dataNotes(SessionType.SPRINT));
            // Sprint points count with their weekend's grand prix: tables from this round on are recomputed.
            standings[0] = StandingsSync.afterResults(tx, key, RaceType.SPRINT,
                    published.stream().map(ResultRow::result).toList(), results);
            if (detail.laps() != null) {
                tx.laps().replaceLaps(key, RaceType.SPRINT, detail.laps());
            }
            tx.races().upsertConditions(List.of(detail.conditions()));
            boolean moved = tx.races().transitionStatus(key, RaceStatus.BEFORE_SPRINT, RaceStatus.SPRINT_DONE);
            return moved ? Optional.<RaceStatus>empty() : tx.races().race(key).map(Race::status);
        });
        unmoved.ifPresent(s -> run.guardNote(s, RaceStatus.SPRINT_DONE, RaceStatus.BEFORE_SPRINT));
        run.wrote("sprint_results", results.size());
        run.wrote("standings", standings[0]);
        run.wrote("laps", detail.laps() == null ? 0 : detail.laps().size());
        run.wrote("conditions", 1);
        return run.outcome();
    }
}
