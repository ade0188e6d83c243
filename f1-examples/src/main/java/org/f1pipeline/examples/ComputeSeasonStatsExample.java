package org.f1pipeline.examples;

import java.util.Comparator;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/** {@code compute_season_stats}: driver and team statistics of a season from the races ingested so far. */
public final class ComputeSeasonStatsExample {

    private ComputeSeasonStatsExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            Examples.raceWeekends(pipeline, Examples.YEAR, 1, 2, 3);
            Examples.run(pipeline, Job.COMPUTE_SEASON_STATS, JobParams.year(Examples.YEAR));
            storage.stats().driverStats(Examples.YEAR).stream()
                    .sorted(Comparator.comparingDouble(DriverSeasonStats::totalPoints).reversed()).limit(10)
                    .forEach(s -> System.out.printf("%-2s %-18s %5.1f pts  %d wins  %d podiums  win rate %.3f%n",
                            s.championshipPosition(), s.driver(), s.totalPoints(), s.wins(), s.podiums(),
                            s.winRate()));
            storage.stats().teamStats(Examples.YEAR).forEach(t -> System.out.println("team " + t.team() + ": "
                    + t.totalPoints() + " pts"));
        }
    }
}
