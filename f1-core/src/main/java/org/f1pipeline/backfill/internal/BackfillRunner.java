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
import java.util.function.Predicate;
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
 * {@code sync_season} and, for every round not completed yet, its chain ({@link RoundChain}); finally
 * {@code compute_season_stats} once per season. A failing step is logged and reported as a {@code [SKIP]} line and
 * the backfill goes on. Steps whose session is still in the future are not run (the round is pending). Re-running
 * resumes: completed rounds are skipped without a request.
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
    public BackfillRunner(JobRunner runner, Predicate<Job> available, Storage storage, Clock clock, Ticker ticker,
                          SourceHub hub, BackfillOptions options, BackfillListener listener) {
        this.runner = runner;
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
                int before = completed;
                for (Race race : races) {
                    List<RoundChain.Step> steps = RoundChain.full(race, options, available);
                    if (cause != null) {
                        notRun(race, steps, year, cause);
                    } else {
                        round(race, steps);
                    }
                }
                seasonStats(year, completed > before);
            });
        } finally {
            hub.hintSchedules(List.of());
            hub.removeFetchListener(tracker);
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
                int before = completed;
                for (Race race : sprints) {
                    round(race, RoundChain.sprint(race, options, available));
                }
                seasonStats(year, completed > before);
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

    private void seasonStats(int year, boolean anyCompleted) {
        if (anyCompleted && options.computeJobs() && available.test(Job.COMPUTE_SEASON_STATS)) {
            step(Job.COMPUTE_SEASON_STATS, JobParams.year(year), year, null);
            tracker.progress(year, null);
        }
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
