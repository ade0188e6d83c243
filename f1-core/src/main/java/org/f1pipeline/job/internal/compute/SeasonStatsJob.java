package org.f1pipeline.job.internal.compute;

import java.util.List;
import java.util.Map;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.model.SeasonStats;
import org.f1pipeline.model.SeasonStatsCalculator;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.recompute.InputLedger;
import org.f1pipeline.storage.DerivedVersion;

/**
 * {@code compute_season_stats(year)}: the season's driver and team statistics from scratch
 * ({@link SeasonStatsCalculator}), made the complete stored set of the season. One transaction: 6 bulk reads
 * ({@link ModelReads#forSeason}) and 2 writes ({@code replaceDriverStats}, {@code replaceTeamStats}).
 */
final class SeasonStatsJob implements JobHandler {

    @Override
    public JobOutcome run(JobContext context, JobParams params) {
        int year = params.year() != null ? params.year() : params.raceKey().season();
        return context.storage().inTransaction(tx -> {
            List<Weekend> weekends = ModelReads.forSeason(tx, year);
            if (weekends.isEmpty()) {
                throw new JobException(Job.COMPUTE_SEASON_STATS, params, "season " + year + " has no races: run "
                        + "sync_schedule for " + year + " first");
            }
            SeasonStats stats = SeasonStatsCalculator.compute(year, weekends);
            tx.stats().replaceDriverStats(year, stats.drivers());
            tx.stats().replaceTeamStats(year, stats.teams());
            tx.inputs().recordDerived(List.of(DerivedVersion.seasonStats(year, context.clock().instant(),
                    InputLedger.read(tx, year).season(year))));
            String note = stats.throughRound() == 0 ? "season " + year + " has no results yet: its statistics are"
                    + " empty" : "statistics of " + year + " through round " + stats.throughRound();
            return new JobOutcome(Map.of("driver_season_stats", stats.drivers().size(), "team_season_stats",
                    stats.teams().size()), 0, List.of(note));
        });
    }
}
