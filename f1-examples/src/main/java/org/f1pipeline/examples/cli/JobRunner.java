package org.f1pipeline.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;

/**
 * {@code f1 --job <name> [--year] [--round] [--race_id]}: the seed's CLI. Every argument is checked before the
 * database is opened, so bad usage never creates or changes it. Ingest jobs run without a race find their target
 * themselves ({@link TargetDetector}).
 */
final class JobRunner {

    private final CliContext ctx;
    private final GlobalOptions g;

    JobRunner(CliContext ctx, GlobalOptions g) {
        this.ctx = ctx;
        this.g = g;
    }

    /** Runs the job and returns the exit code. */
    int run(String jobName, Integer year, Integer round, String raceId) {
        Job job = null;
        JobParams params = null;
        try {
            job = Job.fromName(jobName);
            params = params(year, round, raceId);
            CliConfig config = CliSession.config(ctx, g);
            Clock clock = CliSession.clock(g);
            int latest = clock.instant().atZone(ZoneOffset.UTC).getYear() + config.yearsAhead();
            boolean detect = params.raceKey() == null && TargetDetector.detects(job);
            if (detect) {
                if (params.year() != null) {
                    JobParams.year(params.year()).validateFor(Job.SYNC_SCHEDULE, latest);
                }
            } else {
                validate(job, params, latest);
            }
            String hint = detect ? "without --year and --round, " + job.jobName() + " looks for its race in the"
                    + " stored schedule: run f1 --job sync_schedule --year <year> first, or pass --db" : null;
            try (CliSession session = CliSession.open(ctx, g, config, hint)) {
                if (detect) {
                    params = detect(session, job, params);
                } else {
                    checkRound(session, params);
                }
                JobReport report = session.pipeline().runJob(job, params);
                if (g.json) {
                    ctx.out().println(Output.json(Output.report(report)));
                    ctx.out().flush();
                } else {
                    Output.printReport(ctx.out(), report);
                }
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), jobName, job, params, e, g.verbose);
        }
    }

    /** Builds the parameters; the seed's numeric {@code --race_id} is refused with the accepted form. */
    static JobParams params(Integer year, Integer round, String raceId) {
        RaceKey race = null;
        if (raceId != null) {
            try {
                race = RaceKey.parse(raceId);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("race_id", "--race_id must be season-round like 2024-05, was '"
                        + raceId + "' (races are keyed by season and round, not by a database id)");
            }
        }
        if (race != null) {
            return new JobParams(year != null ? year : race.season(), round != null ? round : race.round(), race);
        }
        return new JobParams(year, round, null);
    }

    /**
     * The library's check of the job's parameters, with a missing parameter named by its command-line option
     * (the library's message names the parameter: {@code year}, {@code round}, {@code race}).
     */
    static void validate(Job job, JobParams params, int latestSeason) {
        try {
            params.validateFor(job, latestSeason);
        } catch (InvalidInputException e) {
            if (!e.getMessage().startsWith(job.jobName() + " needs ")) {
                throw e;
            }
            throw new InvalidInputException(e.field(), job.jobName() + (e.getMessage().contains("needs a race")
                    ? " needs a race: give --year and --round, or --race_id like 2024-05"
                    : " needs a year (--year)"));
        }
    }

    /** A round the stored season does not have is bad input (exit 2), also for the compute jobs. */
    private static void checkRound(CliSession session, JobParams params) {
        RaceKey key = params.raceKey();
        if (key == null || session.storage.races().race(key).isPresent()) {
            return;
        }
        List<Race> season = session.storage.races().races(key.season());
        if (!season.isEmpty()) {
            throw new InvalidInputException("round", "round " + key.round() + " does not exist in season "
                    + key.season() + ", which has " + season.size() + " rounds (1-"
                    + season.get(season.size() - 1).key().round() + ")");
        }
    }

    private JobParams detect(CliSession session, Job job, JobParams given) {
        int now = session.clock.instant().atZone(ZoneOffset.UTC).getYear();
        List<Race> races = given.year() != null ? session.storage.races().races(given.year())
                : session.storage.races().races(RaceKey.FIRST_SEASON, now + session.config.yearsAhead());
        String where = given.year() != null ? " for " + given.year() : "";
        if (races.isEmpty()) {
            int y = given.year() != null ? given.year() : now;
            throw CliException.usage("no races are stored" + where + ", so " + job.jobName() + " cannot find its"
                    + " race; run f1 --job sync_schedule --year " + y + " first, or pass --year and --round");
        }
        Race race = TargetDetector.detect(job, races, session.clock.instant()).orElseThrow(() ->
                CliException.notAvailable("nothing for " + job.jobName() + " to ingest" + where + " yet: no stored"
                        + " race is " + TargetDetector.describe(job) + " (now " + session.clock.instant()
                        + "); run again after the session, or pass --year and --round"));
        PrintWriter out = g.json ? ctx.err() : ctx.out();
        out.println(job.jobName() + ": auto-detected race " + race.key() + " (" + race.name() + ", status "
                + race.status().wireName() + ")");
        out.flush();
        return JobParams.race(race.key());
    }
}
