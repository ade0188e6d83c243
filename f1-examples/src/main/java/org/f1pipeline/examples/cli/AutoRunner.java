package org.f1pipeline.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.cli.AutoPlanner.Decision;
import org.f1pipeline.examples.cli.AutoPlanner.Kind;
import org.f1pipeline.examples.cli.AutoPlanner.Step;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.recompute.InputLedger;
import org.f1pipeline.recompute.RecomputeSummary;

/**
 * One run of auto mode (the seed's {@code auto_runner.run()}, meant for cron every 15 minutes): sync the schedule
 * and roster when stale, pick the earliest open race of the current season, decide with {@link AutoPlanner}, run
 * the step's job chain, and repeat while steps are ready (so a run after downtime catches up), up to
 * {@code auto.max_actions}.
 *
 * <p><b>Roll-back.</b> When a job of a chain fails, the race's status is set back to what it was before the chain,
 * as the seed did. Each job is one storage transaction, so a failed job itself leaves nothing behind, and the data
 * of the jobs that succeeded stays (they are idempotent) — in that sense the roll-back is mostly moot. It still
 * matters for the status: {@code ingest_qualifying} moves the race to {@code qualifying_done}; if
 * {@code compute_features} then fails and the status stayed, the next run would go on to the race and the
 * grand-prix prediction would never be made. Rolled back, the next run repeats the whole chain.
 *
 * <p><b>Kill-safe.</b> A kill between two jobs of a chain leaves no roll-back behind, so before deciding, every
 * run completes what the committed data implies (docs/reliability.md): from the input versions, a grand prix or
 * sprint that has its grid but no up-to-date prediction, and whose session has not been ingested yet, gets its
 * compute jobs (the honest pre-race version); everything else stale (season statistics after a race, predictions
 * of races whose earlier history changed) goes through the stale recompute ({@code F1Pipeline.recompute}).
 */
final class AutoRunner {

    private final CliSession s;
    private final AutoSettings settings;
    private final AutoState state;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean dryRun;
    private final List<Map<String, Object>> events = new ArrayList<>();
    private int exit = ExitCodes.OK;
    private String lastError;

    AutoRunner(CliSession session, AutoState state, CliContext ctx, boolean json, boolean dryRun) {
        this.s = session;
        this.settings = session.config.auto();
        this.state = state;
        this.out = ctx.out();
        this.err = ctx.err();
        this.json = json;
        this.dryRun = dryRun;
    }

    /** Runs and returns the exit code: 0, 1 (a job failed or a step was given up) or 3 (data not out yet). */
    int run() {
        Instant now = s.clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        say("auto at " + now + (dryRun ? " (dry run: nothing is run or written)" : ""));
        if (!dryRun && !syncIfStale(now, year)) {
            return finish(now);
        }
        if (!dryRun) {
            completeImplied(year);
        }
        for (int i = 0; i < settings.maxActions(); i++) {
            Optional<Race> tracked = tracked(year);
            if (tracked.isEmpty()) {
                event(null, null, "idle", "no open race from season " + year + " on is stored");
                break;
            }
            Race race = tracked.get();
            Decision d = decide(race, now);
            event(race, d.step(), d.kind().name().toLowerCase(java.util.Locale.ROOT), d.reason());
            if (d.kind() == Kind.GIVE_UP) {
                if (!dryRun) {
                    state.giveUp(race.key(), d.step());
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("job", "auto");
                    line.put("status", "gave_up");
                    line.put("race_id", race.key().toString());
                    line.put("step", d.step().wireName());
                    line.put("error", d.reason());
                    err.println(Output.json(line));
                    err.flush();
                    exit = worse(exit, ExitCodes.FAILED);
                }
                continue;
            }
            if (d.kind() != Kind.RUN || dryRun || !runChain(race, d.step())) {
                break;
            }
        }
        return finish(now);
    }

    private int finish(Instant now) {
        if (!dryRun) {
            state.save();
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("now", now.toString());
            doc.put("exit_code", exit);
            doc.put("events", events);
            out.println(Output.json(doc));
            out.flush();
        }
        return exit;
    }

    /** The earliest race (by date) of the season or later that still has a step to run. */
    private Optional<Race> tracked(int year) {
        return s.storage.races().races(year, year + Math.max(1, s.config.yearsAhead())).stream()
                .filter(r -> r.status() != RaceStatus.COMPLETED && r.status() != RaceStatus.CANCELLED)
                .filter(r -> AutoPlanner.nextStep(r.status(), r.format(), state.history(r.key()).givenUp()) != null)
                .min(Comparator.comparing(Race::date).thenComparing(Race::key));
    }

    private Decision decide(Race race, Instant now) {
        return AutoPlanner.decideNextAction(race.status(), race.format(), AutoPlanner.sessionStarts(race), now,
                settings, state.history(race.key()));
    }

    /**
     * Syncs the schedule and roster of the season in play when stale (seed F3); at the end of a season that is
     * the next one. Returns false when nothing is stored and the sync failed, so there is nothing to decide on.
     */
    private boolean syncIfStale(Instant now, int year) {
        List<Race> current = s.storage.races().races(year);
        boolean over = !current.isEmpty() && current.stream().allMatch(r -> r.status() == RaceStatus.COMPLETED
                || r.status() == RaceStatus.CANCELLED);
        int season = over ? year + 1 : year;
        if (over && s.config.yearsAhead() < 1) {
            return true;
        }
        List<Race> stored = season == year ? current : s.storage.races().races(season);
        Optional<Race> tracked = tracked(year).filter(r -> r.key().season() == season);
        Instant weekendStart = tracked.flatMap(r -> r.sessionStarts().values().stream().min(Instant::compareTo))
                .orElse(null);
        boolean noTime = tracked.map(r -> decide(r, now)).filter(d -> d.kind() == Kind.WAIT && d.readyAt() == null)
                .isPresent();
        if (!stored.isEmpty() && !noTime
                && !AutoPlanner.needsScheduleSync(state.lastScheduleSync(season), now, weekendStart, settings)) {
            return true;
        }
        for (Job job : List.of(Job.SYNC_SCHEDULE, Job.SYNC_SEASON)) {
            if (run(job, JobParams.year(season)) == null) {
                return !stored.isEmpty();
            }
        }
        state.scheduleSynced(season, now);
        return true;
    }

    /**
     * Completes what committed steps imply: compute jobs for stale events still ahead of their session, then the
     * stale recompute of 1950..{@code year} for everything else. A failure is reported like a job failure (exit 1)
     * and the run goes on.
     */
    private void completeImplied(int year) {
        InputLedger.Stale stale;
        try {
            stale = s.pipeline().stale(RaceKey.FIRST_SEASON, year);
        } catch (RuntimeException e) {
            reportFailure("recompute", e);
            return;
        }
        for (InputLedger.Event e : stale.events()) {
            Race race = s.storage.races().race(e.race()).orElse(null);
            if (race == null || !ahead(race, e.type())) {
                continue;
            }
            boolean sprint = e.type() == RaceType.SPRINT;
            say(e.race() + " " + race.name() + ": " + (sprint ? "sprint" : "grand-prix") + " grid stored but no"
                    + " up-to-date prediction: computing it");
            JobParams params = JobParams.race(e.race());
            if (run(sprint ? Job.COMPUTE_SPRINT_FEATURES : Job.COMPUTE_FEATURES, params) != null) {
                run(sprint ? Job.COMPUTE_SPRINT_PREDICTIONS : Job.COMPUTE_PREDICTIONS, params);
            }
        }
        try {
            RecomputeSummary r = s.pipeline().recompute(RaceKey.FIRST_SEASON, year);
            if (r.seasons() > 0 || r.events() > 0) {
                say("recompute of what was stale: " + r.seasons() + " season(s) written, " + r.grandPrix()
                        + " grand prix, " + r.sprints() + " sprint(s) in " + r.duration().toMillis() + " ms");
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("event", "recompute");
                e.put("seasons", r.seasons());
                e.put("grand_prix", r.grandPrix());
                e.put("sprints", r.sprints());
                events.add(e);
            }
        } catch (RuntimeException e) {
            reportFailure("recompute", e);
        }
    }

    /** Whether the {@code type} session of {@code race} is still ahead (not ingested): a pre-race prediction. */
    private static boolean ahead(Race race, RaceType type) {
        RaceStatus st = race.status();
        if (type == RaceType.SPRINT) {
            return st == RaceStatus.SCHEDULED || st == RaceStatus.SPRINT_QUALIFYING_DONE;
        }
        return st != RaceStatus.COMPLETED && st != RaceStatus.CANCELLED;
    }

    private void reportFailure(String what, RuntimeException e) {
        lastError = e.getMessage();
        int code = Failures.report(err, what, null, null, e, false);
        exit = worse(exit, code == ExitCodes.USAGE ? ExitCodes.FAILED : code);
        events.add(Failures.line(what, null, null, e));
    }

    /** Runs the chain of {@code step}; on failure rolls the status back and returns false. */
    private boolean runChain(Race race, Step step) {
        RaceKey key = race.key();
        RaceStatus before = race.status();
        for (Job job : step.chain(race.format(), key.season())) {
            JobParams params = job.scope() == Job.Scope.YEAR ? JobParams.year(key.season()) : JobParams.race(key);
            JobReport report = run(job, params);
            if (report != null) {
                continue;
            }
            if (job == Job.INGEST_FP2) {
                say("  ingest_fp2 is optional (long-run pace falls back without it): going on");
                continue;
            }
            RaceStatus after = s.storage.races().race(key).map(Race::status).orElse(before);
            if (after != before) {
                s.storage.races().setStatus(key, before);
                say("  status of " + key + " rolled back from " + after.wireName() + " to " + before.wireName()
                        + ": the next run repeats the whole " + step.wireName() + " chain");
            }
            state.recordFailure(key, step, job.jobName() + ": " + lastError);
            return false;
        }
        state.succeeded(key, step);
        return true;
    }

    /** Runs one job, printing its report or its failure line; returns null when it failed. */
    private JobReport run(Job job, JobParams params) {
        try {
            JobReport report = s.pipeline().runJob(job, params);
            if (!json) {
                Output.printReport(out, report, "  ");
            }
            Map<String, Object> e = Output.report(report);
            events.add(e);
            return report;
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            int code = Failures.report(err, job.jobName(), job, params, e, false);
            exit = worse(exit, code == ExitCodes.USAGE ? ExitCodes.FAILED : code);
            events.add(Failures.line(job.jobName(), job, params, e));
            return null;
        }
    }

    private void event(Race race, Step step, String kind, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", kind);
        if (race != null) {
            e.put("race_id", race.key().toString());
            e.put("race", race.name());
            e.put("status", race.status().wireName());
        }
        if (step != null) {
            e.put("step", step.wireName());
        }
        e.put("reason", reason);
        events.add(e);
        say(race == null ? reason : race.key() + " " + race.name() + " (" + race.status().wireName() + ", "
                + race.format().wireName() + "): " + kind + " " + (step == null ? "" : step.wireName() + " - ")
                + reason);
    }

    private void say(String line) {
        if (!json) {
            out.println(line);
            out.flush();
        }
    }

    /** 1 outranks 3 outranks 0: a real failure matters more than "not yet". */
    static int worse(int a, int b) {
        if (a == ExitCodes.FAILED || b == ExitCodes.FAILED) {
            return ExitCodes.FAILED;
        }
        return Math.max(a, b);
    }
}
