package org.f1pipeline.examples.cli;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.backfill.BackfillSkip;
import org.f1pipeline.domain.RaceKey;

/**
 * What {@code backfill} and {@code backfill-sprint} share: checking the years before the database is opened, the
 * progress display, the summary, and the exit code (0 when no step was skipped, 3 when the only skipped steps were
 * "not published yet", 1 otherwise — re-running resumes where it stopped).
 */
final class BackfillSupport {

    private BackfillSupport() {
    }

    /** The current season by the run's clock. */
    static int currentYear(GlobalOptions g) {
        return CliSession.clock(g).instant().atZone(ZoneOffset.UTC).getYear();
    }

    /** Options from the {@code --no-...} flags. */
    static BackfillOptions options(boolean noLaps, boolean noOpenF1, boolean noFp2, boolean noCompute) {
        return BackfillOptions.ofDefaults().withJolpicaLaps(!noLaps).withOpenF1(!noOpenF1).withFp2(!noFp2)
                .withComputeJobs(!noCompute);
    }

    /**
     * Runs a backfill and returns the exit code.
     *
     * @param title shown in progress and summary, e.g. {@code backfill 2018-2025}
     * @param years the seasons, checked against 1950 to next year before anything is opened
     * @param body  runs the backfill with the session and the progress listener
     */
    static int run(F1Cli parent, String command, String title, Collection<Integer> years,
                   BiFunction<CliSession, ProgressRenderer, BackfillReport> body) {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            CliConfig config = CliSession.config(ctx, g);
            int latest = currentYear(g) + config.yearsAhead();
            for (int y : years) {
                if (y < RaceKey.FIRST_SEASON || y > latest) {
                    throw new InvalidInputException("year", "year must be between " + RaceKey.FIRST_SEASON + " and "
                            + latest + ", was " + y);
                }
            }
            try (CliSession session = CliSession.open(ctx, g, config, null)) {
                if (!g.json) {
                    ctx.out().println(title + " into " + session.storage.describe()
                            + " (re-running resumes; Ctrl-C is safe: every job is one transaction)");
                    ctx.out().flush();
                }
                BackfillReport report;
                try (ProgressRenderer progress = new ProgressRenderer(ctx, title, g.json,
                        config.progressInterval(), System::nanoTime).install()) {
                    report = body.apply(session, progress);
                }
                return summary(ctx, g.json, command, title, report);
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), command, null, null, e, g.verbose);
        }
    }

    private static int summary(CliContext ctx, boolean json, String command, String title, BackfillReport r) {
        // "Not published yet" and "database locked by another process" are both "run again later" (exit 3).
        boolean failed = r.skips().stream().anyMatch(s -> s.error() == null
                || Failures.exitCode(s.error()) != ExitCodes.NOT_AVAILABLE);
        int code = r.skips().isEmpty() ? ExitCodes.OK : failed ? ExitCodes.FAILED : ExitCodes.NOT_AVAILABLE;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("job", command);
            m.put("status", code == ExitCodes.OK ? "ok" : code == ExitCodes.FAILED ? "failed" : "not_available");
            m.put("years", r.years());
            m.put("rounds_total", r.roundsTotal());
            m.put("rounds_completed", r.roundsCompleted());
            m.put("rounds_resumed", r.roundsResumed());
            m.put("rounds_pending", r.roundsPending());
            m.put("jobs_run", r.jobsRun());
            m.put("requests", r.requests());
            m.put("duration_ms", r.duration().toMillis());
            List<Map<String, Object>> skips = new ArrayList<>();
            for (BackfillSkip s : r.skips()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("job", s.job().jobName());
                sm.put("year", s.year());
                sm.put("race_id", s.race() == null ? null : s.race().toString());
                sm.put("reason", s.reason());
                sm.put("error_type", s.error() == null ? null : s.error().getClass().getSimpleName());
                skips.add(sm);
            }
            m.put("skips", skips);
            ctx.out().println(Output.json(m));
        } else {
            ctx.out().println(title + " done in " + Output.millis(r.duration()) + ": " + r.roundsCompleted()
                    + " of " + r.roundsTotal() + " rounds completed by this run, " + r.roundsResumed()
                    + " already complete, " + r.roundsPending() + " pending (sessions still ahead), " + r.jobsRun()
                    + " jobs, " + r.requests() + " requests, " + r.skips().size() + " skipped");
        }
        ctx.out().flush();
        if (code != ExitCodes.OK) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("job", command);
            line.put("status", code == ExitCodes.FAILED ? "failed" : "not_available");
            line.put("error", r.skips().size() + " step(s) skipped; re-run to retry them (completed rounds cost"
                    + " nothing)");
            line.put("skips", r.skips().size());
            ctx.err().println(Output.json(line));
            ctx.err().flush();
        }
        return code;
    }
}
