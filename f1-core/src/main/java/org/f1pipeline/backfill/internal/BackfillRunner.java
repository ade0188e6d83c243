package org.f1pipeline.backfill.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.backfill.BackfillSkip;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.job.internal.ingest.SessionStarts;
import org.f1pipeline.job.internal.ingest.SourceHub;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.recompute.Recomputer;
import org.f1pipeline.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs backfills for {@link org.f1pipeline.F1Pipeline} (internal API; use the pipeline's {@code backfill...}
 * methods). One thread, one job at a time: the rate limits, not the CPU, bound a backfill, and the jobs of a season
 * share the sources' memo (season-wide Jolpica answers, per-weekend OpenF1 answers), which is what keeps the request
 * count low.
 *
 * <p>Full backfill: first every season's schedule is synced (so the total is known for progress), except seasons
 * before the current year whose stored rounds are all completed or cancelled, which cost nothing; then per season
 * {@code sync_season} and, for every round not completed yet, its ingest chain ({@link RoundChain}); then the
 * season's model data through the stale recompute ({@link Recomputer}: statistics, features and a prediction of
 * every event whose inputs changed, one transaction per season, the history carried from season to season); at
 * the end one more stale recompute from the first season to the last stored one, which catches what an earlier
 * run left stale (a kill between an ingest and the recompute, seasons after a re-ingested one). A failing step is
 * logged and reported as a {@code [SKIP]} line and the backfill goes on. Steps whose session is still in the
 * future are not run (the round is pending). Re-running resumes: completed rounds are skipped without a request,
 * and what is stale is decided from the input versions, not from the race status.
 */
public final class BackfillRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackfillRunner.class);

    /** Runs one job and returns its report, or throws its failure. */
    @FunctionalInterface
    public interface JobRunner {
        /** Runs {@code job} with {@code params}. */
        JobReport run(Job job, JobParams params);
    }

    private final JobRunner runner;
    private final Recomputer recomputer;
    /** The thread of the per-season recompute, started on first use; see {@link #recomputeInBackground}. */
    private ExecutorService computeThread;
    private Future<RecomputeSummary> background;
    private int pendingYear;
    private final Predicate<Job> available;
    private final Storage storage;
    private final Clock clock;
    private final SourceHub hub;
    private final BackfillOptions options;
    private final ProgressTracker tracker;
    private int jobsRun;
    private int completed;
    private int resumed;
    private int pending;
    /** The last failed step's error (set by {@link #step}), so follow-up lines can name the real cause. */
    private RuntimeException lastFailure;

    /** A runner for one backfill. */
    public BackfillRunner(JobRunner runner, Recomputer recomputer, Predicate<Job> available, Storage storage,
                          Clock clock, Ticker ticker, SourceHub hub, BackfillOptions options,
                          BackfillListener listener) {
        this.runner = runner;
        this.recomputer = recomputer;
        this.available = available;
        this.storage = storage;
        this.clock = clock;
        this.hub = hub;
        this.options = options;
        this.tracker = new ProgressTracker(listener, hub::totalRequests, ticker);
    }

    /**
     * Checks backfill years before any I/O: at least one, each between 1950 and {@code latest}.
     *
     * @throws InvalidInputException naming the field
     */
    public static void checkYears(Collection<Integer> years, int latest) {
        if (years == null || years.isEmpty()) {
            throw new InvalidInputException("years", "a backfill needs at least one year");
        }
        for (Integer year : years) {
            if (year == null || year < RaceKey.FIRST_SEASON || year > latest) {
                throw new InvalidInputException("year", "year must be between " + RaceKey.FIRST_SEASON + " and "
                        + latest + ", was " + year);
            }
        }
    }

    /** The full chain for every round of {@code startYear..endYear}. */
    public BackfillReport full(int startYear, int endYear) {
        if (startYear > endYear) {
            throw new InvalidInputException("start", "start year " + startYear + " is after end year " + endYear);
        }
        List<Integer> years = new ArrayList<>();
        for (int y = startYear; y <= endYear; y++) {
            years.add(y);
        }
        hub.addFetchListener(tracker);
        try {
            // Many past seasons to sync: one all-seasons schedule query instead of one per season.
            hub.hintSchedules(years.stream().filter(this::pastScheduleToSync).toList());
            Map<Integer, List<Race>> todo = new LinkedHashMap<>();
            for (int year : years) {
                List<Race> stored = storage.races().races(year);
                boolean over = year < clock.instant().atZone(ZoneOffset.UTC).getYear();
                if (!(over && !stored.isEmpty() && stored.stream().allMatch(r -> finished(r.status())))) {
                    if (!step(Job.SYNC_SCHEDULE, JobParams.year(year), year, null)) {
                        continue;
                    }
                    stored = storage.races().races(year);
                }
                List<Race> rounds = stored.stream().filter(r -> r.status() != RaceStatus.CANCELLED).toList();
                int done = (int) rounds.stream().filter(r -> r.status() == RaceStatus.COMPLETED).count();
                tracker.roundsTotal += rounds.size();
                tracker.roundsDone += done;
                resumed += done;
                List<Race> open = rounds.stream().filter(r -> r.status() != RaceStatus.COMPLETED).toList();
                if (!open.isEmpty()) {
                    todo.put(year, open);
                    tracker.roundsToProcess += open.size();
                }
            }
            hub.hintSchedules(List.of());
            tracker.progress(startYear, null);
            todo.forEach((year, races) -> {
                boolean synced = step(Job.SYNC_SEASON, JobParams.year(year), year, null);
                RuntimeException cause = synced || !storage.catalog().seasonEntries(year).isEmpty() ? null
                        : lastFailure;
                for (Race race : races) {
                    List<RoundChain.Step> steps = RoundChain.full(race, options.withComputeJobs(false), available);
                    if (cause != null) {
                        notRun(race, steps, year, cause);
                    } else {
                        round(race, steps);
                    }
                }
                recomputeInBackground(year);
            });
            collectBackground();
            recompute(startYear, lastStoredSeason(endYear));
        } finally {
            hub.hintSchedules(List.of());
            hub.removeFetchListener(tracker);
            stopBackground();
        }
        return report(years);
    }

    /** A season before the current year whose schedule the full backfill will sync (not all finished yet). */
    private boolean pastScheduleToSync(int year) {
        if (year >= clock.instant().atZone(ZoneOffset.UTC).getYear()) {
            return false;
        }
        List<Race> stored = storage.races().races(year);
        return stored.isEmpty() || !stored.stream().allMatch(r -> finished(r.status()));
    }

    /**
     * Starts the season's stale recompute on the compute thread, after collecting the previous season's: it runs
     * while the next season is fetched (the rate limits leave the CPU idle), one season at a time, in order. Its
     * transactions interleave with the ingest jobs' (the storage serialises them); it reads only seasons up to
     * {@code year}, which the ingest of later seasons does not write, so the result is the same as inline.
     */
    private void recomputeInBackground(int year) {
        if (!options.computeJobs()) {
            return;
        }
        collectBackground();
        if (computeThread == null) {
            computeThread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "f1-backfill-compute");
                t.setDaemon(true);
                return t;
            });
        }
        pendingYear = year;
        background = computeThread.submit(() -> recomputer.recompute(year, year));
    }

    /** Waits for the background recompute, if any, and reports it on this thread (listener, [SKIP] line). */
    private void collectBackground() {
        if (background == null) {
            return;
        }
        Future<RecomputeSummary> f = background;
        background = null;
        int year = pendingYear;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    RecomputeSummary s = f.get();
                    recompute(year, year, () -> s);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the recompute's transaction must end before the backfill returns
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    recompute(year, year, () -> {
                        throw (RuntimeException) cause;
                    });
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stopBackground() {
        if (computeThread != null) {
            computeThread.shutdown();
            boolean interrupted = false;
            while (true) {
                try {
                    if (computeThread.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            computeThread = null;
        }
    }

    /** The sprint jobs of every sprint weekend of {@code years} whose sprint has started, done again. */
    public BackfillReport sprint(List<Integer> years) {
        hub.addFetchListener(tracker);
        try {
            for (int year : years) {
                if (!step(Job.SYNC_SCHEDULE, JobParams.year(year), year, null)) {
                    continue;
                }
                step(Job.SYNC_SEASON, JobParams.year(year), year, null);
                List<Race> sprints = storage.races().races(year).stream()
                        .filter(r -> r.isSprintWeekend() && r.status() != RaceStatus.CANCELLED).toList();
                tracker.roundsTotal += sprints.size();
                tracker.roundsToProcess += sprints.size();
                for (Race race : sprints) {
                    round(race, RoundChain.sprint(race, options.withComputeJobs(false), available));
                }
                recompute(year, year);
            }
        } finally {
            hub.removeFetchListener(tracker);
        }
        return report(years);
    }

    /** Runs a round's chain; counts it completed when its last step's status was reached. */
    private void round(Race race, List<RoundChain.Step> steps) {
        RaceKey key = race.key();
        Set<Job> failed = new HashSet<>();
        boolean stoppedEarly = false;
        for (RoundChain.Step s : steps) {
            if (s.dependsOn() != null && failed.contains(s.dependsOn())) {
                continue;
            }
            if (clock.instant().isBefore(SessionStarts.of(race, s.session()))) {
                stoppedEarly = true;
                break;
            }
            if (!step(s.job(), JobParams.race(key), key.season(), key)) {
                failed.add(s.job());
            }
        }
        RaceStatus status = storage.races().race(key).map(Race::status).orElse(RaceStatus.SCHEDULED);
        Job last = steps.get(steps.size() - 1).job();
        boolean done = last == Job.INGEST_SPRINT ? !failed.contains(last) && !stoppedEarly
                : status == RaceStatus.COMPLETED;
        if (done) {
            completed++;
            tracker.roundsDone++;
        } else if (stoppedEarly && failed.isEmpty()) {
            pending++;
            tracker.roundsToProcess--;
            tracker.progress(key.season(), key);
            return;
        }
        tracker.processed++;
        tracker.progress(key.season(), key);
    }

    /**
     * A round not run because its season has no entry list after {@code sync_season} failed: one [SKIP] line naming
     * that failure (not each job's "run sync_season first"), with its error, so the exit code is the cause's.
     */
    private void notRun(Race race, List<RoundChain.Step> steps, int year, RuntimeException cause) {
        RaceKey key = race.key();
        if (clock.instant().isBefore(SessionStarts.of(race, steps.get(0).session()))) {
            pending++;
            tracker.roundsToProcess--;
            tracker.progress(key.season(), key);
            return;
        }
        BackfillSkip skip = new BackfillSkip(steps.get(0).job(), year, key, "not run: sync_season " + year
                + " failed, so the season has no entry list: " + reason(cause), cause);
        LOG.warn(skip.line());
        tracker.skip(skip);
        tracker.processed++;
        tracker.progress(key.season(), key);
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Recomputes what is stale in {@code from..to} (when the backfill computes); a failure becomes a [SKIP] line
     * named {@code compute_season_stats}, the job whose output a failed recompute leaves stale first.
     */
    private void recompute(int from, int to) {
        recompute(from, to, () -> recomputer.recompute(from, to));
    }

    private void recompute(int from, int to, Supplier<RecomputeSummary> run) {
        if (!options.computeJobs()) {
            return;
        }
        try {
            RecomputeSummary s = run.get();
            if (s.seasons() > 0 || s.events() > 0) {
                LOG.info("recompute {}-{}: {} season(s), {} grand prix, {} sprint(s), {} skipped, {} ms", from, to,
                        s.seasons(), s.grandPrix(), s.sprints(), s.skipped().size(), s.duration().toMillis());
            }
            tracker.listener().onRecompute(s);
            tracker.progress(to, null);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            String reason = "recompute " + from + "-" + to + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            BackfillSkip skip = new BackfillSkip(Job.COMPUTE_SEASON_STATS, to, null, reason, e);
            LOG.warn(skip.line());
            tracker.skip(skip);
        }
    }

    /** The last season stored, at least {@code endYear}: a re-ingested season stales the ones after it. */
    private int lastStoredSeason(int endYear) {
        List<Race> later = storage.races().races(endYear + 1, RaceKey.LAST_SEASON);
        return later.isEmpty() ? endYear : later.get(later.size() - 1).key().season();
    }

    /** Runs one step; a failure becomes a [SKIP] line and {@code false}. */
    private boolean step(Job job, JobParams params, int year, RaceKey race) {
        try {
            JobReport report = runner.run(job, params);
            jobsRun++;
            tracker.listener().onJobFinished(report);
            return true;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            lastFailure = e;
            BackfillSkip skip = new BackfillSkip(job, year, race, reason(e), e);
            LOG.warn(skip.line());
            tracker.skip(skip);
            return false;
        }
    }

    private BackfillReport report(List<Integer> years) {
        return new BackfillReport(years, tracker.roundsTotal, completed, resumed, pending, jobsRun,
                tracker.requests(), tracker.skips, tracker.elapsed());
    }

    private static boolean finished(RaceStatus status) {
        return status == RaceStatus.COMPLETED || status == RaceStatus.CANCELLED;
    }
}
