package org.f1pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.bootstrap.BootstrapListener;
import org.f1pipeline.bootstrap.BootstrapOptions;
import org.f1pipeline.bootstrap.BootstrapReport;
import org.f1pipeline.bootstrap.DumpException;
import org.f1pipeline.bootstrap.DumpHashMismatchException;
import org.f1pipeline.bootstrap.internal.BootstrapRunner;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.backfill.internal.BackfillRunner;
import org.f1pipeline.backtest.Backtest;
import org.f1pipeline.backtest.BacktestOptions;
import org.f1pipeline.backtest.BacktestReport;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.Sleeper;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.LibraryVersion;
import org.f1pipeline.job.FailureLine;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobNotAvailableException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobErrors;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobHandlers;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.job.internal.JobOverrides;
import org.f1pipeline.job.internal.ingest.FetchEvents;
import org.f1pipeline.job.internal.ingest.IngestOptions;
import org.f1pipeline.job.internal.ingest.SourceHub;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.recompute.InputLedger;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.recompute.Recomputer;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.standings.StandingsRequest;
import org.f1pipeline.standings.internal.StandingsQueries;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.view.Explanation;
import org.f1pipeline.view.NamedPrediction;
import org.f1pipeline.view.Names;
import org.f1pipeline.view.RaceResults;
import org.f1pipeline.view.internal.Reads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's entry point: runs the pipeline's jobs against a {@link Storage}.
 *
 * <pre>{@code
 * try (F1Pipeline pipeline = F1Pipeline.builder().storage(SqliteStorage.open(Path.of("f1.db"))).build()) {
 *     JobReport report = pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2025));
 * }
 * }</pre>
 *
 * <p>Every job is validated before any I/O (bad input throws {@link InvalidInputException} naming the field), runs
 * in one storage transaction (a failure leaves the database exactly as it was), and is idempotent. A failure is
 * reported to the {@link PipelineListener} with the seed's JSON failure line ({@link FailureLine}) and the original
 * exception is rethrown; the library logs it only at DEBUG, so an exception the caller handles leaves no ERROR line
 * in its logs. Thread-safe: jobs may run concurrently; the storage serialises their writes.
 */
public final class F1Pipeline implements AutoCloseable {

    /** Version of this library (the Maven version it was built as, e.g. {@code 0.1.0-SNAPSHOT}). */
    public static final String VERSION = LibraryVersion.VERSION;

    private static final Logger LOG = LoggerFactory.getLogger(F1Pipeline.class);

    private final Storage storage;
    private final boolean ownsStorage;
    private final Clock clock;
    private final PipelineConfig config;
    private final PipelineListener listener;
    private final Map<Job, JobHandler> handlers;
    private final Fetcher fetcher;
    private final Ticker ticker;
    private final SourceHub sources;

    private F1Pipeline(Builder builder) {
        this.storage = Checks.notNull(builder.storage, "storage");
        this.ownsStorage = builder.ownsStorage;
        this.clock = builder.clock;
        this.config = builder.config;
        this.listener = builder.listener;
        this.handlers = new EnumMap<>(Job.class);
        this.handlers.putAll(builder.registry);
        this.handlers.putAll(builder.overrides);
        this.ticker = builder.ticker;
        FetchEvents events = new FetchEvents();
        this.fetcher = builder.fetcher != null ? builder.fetcher : Fetchers.builder()
                .config(config.fetch()).clock(clock).ticker(builder.ticker).sleeper(builder.sleeper)
                .transport(builder.transport)
                .listener(FetchListener.composite(builder.fetchListener, events)).build();
        this.sources = new SourceHub(fetcher, config.fetch(), clock, events);
    }

    /** A builder; {@link Builder#storage(Storage)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A pipeline over a fresh in-memory storage, with the system clock and default configuration. */
    public static F1Pipeline inMemory() {
        Builder builder = builder().storage(Storages.inMemory());
        builder.ownsStorage = true;
        return builder.build();
    }

    /**
     * Runs one job.
     *
     * @throws InvalidInputException      when the parameters do not suit the job (nothing was read or written)
     * @throws JobNotAvailableException    when this version does not ship the job
     * @throws DataNotAvailableException   when the data is not published yet (retry later)
     * @throws F1Exception                 (a fetch, format, storage or job failure) after rolling back
     */
    public JobReport runJob(Job job, JobParams params) {
        return run(job, params, IngestOptions.ofDefaults());
    }

    /**
     * Runs one job, optionally without OpenF1: ingest jobs then take 2023+ detail (laps, sectors, tyres, weather,
     * SC/VSC, sprint qualifying, FP2) from the live-timing archive, as the backfill's {@code openF1(false)} does.
     *
     * @param useOpenF1 false to leave OpenF1 out of this run
     * @throws InvalidInputException      when the parameters do not suit the job (nothing was read or written)
     * @throws JobNotAvailableException    when this version does not ship the job
     * @throws DataNotAvailableException   when the data is not published yet (retry later)
     * @throws F1Exception                 (a fetch, format, storage or job failure) after rolling back
     */
    public JobReport runJob(Job job, JobParams params, boolean useOpenF1) {
        return run(job, params, new IngestOptions(true, useOpenF1));
    }

    private JobReport run(Job job, JobParams params, IngestOptions options) {
        Checks.notNull(job, "job");
        Checks.notNull(params, "params");
        int latestSeason = clock.instant().atZone(ZoneOffset.UTC).getYear() + config.yearsAhead();
        params.validateFor(job, latestSeason);
        JobHandler handler = handlers.get(job);
        if (handler == null) {
            throw new JobNotAvailableException(job, params, VERSION);
        }
        listener.onJobStarted(job, params);
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        try {
            JobOutcome outcome = handler.run(new JobContext(storage, clock, config, listener, fetcher,
                    sources.forJob(options)), params);
            JobReport report = new JobReport(job, params, started, Duration.ofNanos(System.nanoTime() - t0),
                    outcome.rowsWritten(), outcome.requests(), outcome.notes());
            LOG.info("{} {} done in {} ms: {} rows", job, params.asMap(), report.duration().toMillis(),
                    report.totalRows());
            listener.onJobFinished(report);
            return report;
        } catch (RuntimeException | Error e) {
            // An Error inside a job (out of memory on a huge answer) is a job failure like any other: the caller
            // gets a failure line and exit 1, a backfill a [SKIP] line, never a bare stack trace.
            RuntimeException failure = e instanceof Error error ? JobErrors.fromError(job, params, error)
                    : (RuntimeException) e;
            // Reported, not logged as an error: the caller gets the exception and may well handle it (a
            // DataNotAvailableException is routine), so an ERROR line here would look like an incident in its logs.
            String line = FailureLine.of(job, params, failure);
            LOG.debug(line);
            listener.onJobFailed(job, params, failure, line);
            throw failure;
        }
    }

    /** Runs a job by its seed name, e.g. {@code runJob("compute_features", JobParams.race(key))}. */
    public JobReport runJob(String jobName, JobParams params) {
        return runJob(Job.fromName(jobName), params);
    }

    /**
     * Runs the whole job chain for every round of the seasons {@code startYear..endYear}, with every source and
     * compute job this version ships; see {@link #backfillFull(int, int, BackfillOptions, BackfillListener)}.
     */
    public BackfillReport backfillFull(int startYear, int endYear) {
        return backfillFull(startYear, endYear, BackfillOptions.ofDefaults(), BackfillListener.NONE);
    }

    /**
     * Runs the whole job chain for every round of the seasons {@code startYear..endYear}: sync_schedule and
     * sync_season per season, then per round sprint qualifying, sprint, qualifying, FP2, race (legacy jobs before
     * 2018), with the compute jobs this version ships, and season stats per season. A failing step becomes a
     * {@code [SKIP]} line (logged and sent to the listener) and the backfill goes on; rounds whose next session is in
     * the future are left pending. Running it again resumes: rounds already completed cost no request. See
     * docs/jobs.md.
     *
     * @throws InvalidInputException when the range is empty or outside 1950 to next year (before any I/O)
     */
    public BackfillReport backfillFull(int startYear, int endYear, BackfillOptions options,
                                       BackfillListener listener) {
        return backfillRunner(List.of(startYear, endYear), options, listener).full(startYear, endYear);
    }

    /**
     * Re-runs the sprint jobs (sprint qualifying where the format has it, sprint predictions if shipped, sprint) of
     * every sprint weekend of {@code years} whose sprint has started, after syncing each season, then the season
     * stats; for instance after a change to the sprint tables. Failing steps are skipped as in
     * {@link #backfillFull(int, int, BackfillOptions, BackfillListener)}.
     *
     * @throws InvalidInputException when {@code years} is empty or holds a year outside 1950 to next year
     */
    public BackfillReport backfillSprint(Collection<Integer> years, BackfillOptions options,
                                         BackfillListener listener) {
        return backfillRunner(years, options, listener).sprint(years.stream().distinct().sorted().toList());
    }

    private BackfillRunner backfillRunner(Collection<Integer> years, BackfillOptions options,
                                          BackfillListener listener) {
        BackfillRunner.checkYears(years, clock.instant().atZone(ZoneOffset.UTC).getYear() + config.yearsAhead());
        Checks.notNull(options, "options");
        Checks.notNull(listener, "listener");
        IngestOptions ingest = new IngestOptions(options.jolpicaLaps(), options.openF1());
        return new BackfillRunner((job, params) -> run(job, params, ingest),
                new Recomputer(storage, config.models(), clock), this::isAvailable, storage, clock, ticker, sources,
                options, listener);
    }

    /**
     * Fills the database from Jolpica's CSV database dump: every season in a minute instead of hours of rate-limited
     * requests. By default it reads the listing at the Jolpica host of the configured base URL, downloads the free
     * (14-day delayed) dump, following its redirect to the object store once, checks its SHA-256 against the
     * listing and keeps it in the cache folder (at most 3 requests; a rerun with the same listing downloads
     * nothing); {@link BootstrapOptions#builder()} takes a local zip or a URL instead, and a last season.
     *
     * <p>Each season is written in one transaction by the ingest jobs' rules (schedule, entry list, qualifying,
     * sprint and grand-prix results with their notes and standings, Jolpica laps from 1996, pit stops from 2011), so
     * the database equals what a Jolpica-only {@link #backfillFull} stores for the same data, input versions
     * included: a later backfill or {@code auto} sees those rounds as completed and continues from the dump's last
     * data through the API, and {@link #recompute} computes the model data. Seasons already stored as far as the
     * dump goes are left alone, so a second run writes nothing and a killed run is completed by the next.
     *
     * @throws InvalidInputException     when the dump file does not exist
     * @throws DumpHashMismatchException when the download's SHA-256 is not the listing's (nothing written)
     * @throws DumpException             when the zip cannot be read
     * @throws F1Exception               for fetch or storage failures (seasons committed before stay)
     */
    public BootstrapReport bootstrap(BootstrapOptions options, BootstrapListener listener) {
        Checks.notNull(options, "options");
        Checks.notNull(listener, "listener");
        JobContext ctx = new JobContext(storage, clock, config, this.listener, fetcher,
                sources.forJob(new IngestOptions(false, false)));
        return BootstrapRunner.run(ctx, fetcher, config.fetch(), options, listener);
    }

    /** {@link #bootstrap(BootstrapOptions, BootstrapListener)} without progress events. */
    public BootstrapReport bootstrap(BootstrapOptions options) {
        return bootstrap(options, BootstrapListener.NONE);
    }

    /**
     * Recomputes what is stale in seasons {@code fromSeason..toSeason} under the configured models: season
     * statistics whose season's inputs changed since they were computed, and the features and a new prediction
     * version (recorded as recomputed after the fact; the pre-race version stays) of every grand prix and sprint
     * whose inputs changed, or that has a grid but was never computed. One transaction per season (one for the
     * seasons from the first stale one on when all of them are stale, as after a bootstrap); nothing stale,
     * nothing written. See {@link ModelRecompute#recomputeStale} and docs/reliability.md.
     *
     * @throws InvalidInputException when a season is outside 1950..2100 or the span is reversed (before any I/O)
     */
    public RecomputeSummary recompute(int fromSeason, int toSeason) {
        return new Recomputer(storage, config.models(), clock).recompute(fromSeason, toSeason);
    }

    /**
     * As {@link #recompute(int, int)}, for the events of one model only, chosen by its version (a shipped model,
     * e.g. {@code weighted-v3} or {@code sprint-clogit-v1}; season statistics are recomputed whatever the model).
     *
     * @throws InvalidInputException naming {@code model} when no shipped model has that version
     */
    public RecomputeSummary recompute(int fromSeason, int toSeason, String model) {
        Checks.notNull(model, "model");
        ModelSpec spec;
        try {
            spec = ModelSpec.forVersion(model);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("model", e.getMessage());
        }
        ModelEngine engine = spec.type() == RaceType.SPRINT ? config.models().withSprintModel(spec)
                : config.models().withGrandPrixModel(spec);
        return new Recomputer(storage, engine, clock, EnumSet.of(spec.type())).recompute(fromSeason, toSeason);
    }

    /** What is stale in seasons {@code fromSeason..toSeason} under the configured models (nothing is written). */
    public InputLedger.Stale stale(int fromSeason, int toSeason) {
        return ModelRecompute.stale(storage, config.models(), fromSeason, toSeason);
    }

    /**
     * Backtests models against the stored history: every race of the span predicted point-in-time by each model
     * (its stored prediction, else computed on the fly) and by the baselines, scored against the winners. See
     * {@link Backtest}.
     *
     * @throws InvalidInputException when the options are invalid
     */
    public BacktestReport backtest(BacktestOptions options) {
        return Backtest.run(storage, options);
    }

    /** Whether this version ships an implementation of {@code job}. */
    public boolean isAvailable(Job job) {
        return handlers.containsKey(job);
    }

    /**
     * The official championship table of {@code kind} after {@code round} of {@code season}, by position: the
     * drivers' (since 1950) or the constructors' (since 1958), under that season's rules (docs/standings.md).
     *
     * @throws InvalidInputException      a year outside 1950..next year, a round the season does not have, the
     *                                    constructors' table before 1958 (nothing is read or written)
     * @throws DataNotAvailableException  the season is not stored yet, or the round has no results yet
     */
    public List<Standing> standings(int season, int round, StandingsKind kind) {
        return StandingsQueries.read(storage, clock, new StandingsRequest(season, round, kind));
    }

    /** As {@link #standings(int, int, StandingsKind)}, after the season's last round that has results. */
    public List<Standing> standings(int season, StandingsKind kind) {
        return StandingsQueries.read(storage, clock, new StandingsRequest(season, null, kind));
    }

    /**
     * The stored pit stops of a grand prix, in the order they happened (lap, then time of day, then driver). Jolpica
     * has pit stops from 2011; {@code ingest_race} stores them.
     *
     * @throws InvalidInputException     a round outside 1..{@value RaceKey#MAX_ROUND} or a season outside the
     *                                   years a race can have
     * @throws DataNotAvailableException the race is not stored, or no pit stops of it are stored (before 2011
     *                                   there are none to get)
     */
    public List<PitStop> pitStops(int season, int round) {
        RaceKey key;
        try {
            key = RaceKey.of(season, round);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("race", e.getMessage());
        }
        if (storage.races().race(key).isEmpty()) {
            throw new DataNotAvailableException("race " + key + " is not stored; run sync_schedule for " + season
                    + " (or f1 bootstrap / backfill) first");
        }
        List<PitStop> stops = new ArrayList<>(storage.pitStops().pitStops(key));
        if (stops.isEmpty()) {
            throw new DataNotAvailableException("no pit stops stored for race " + key + (season < 2011
                    ? ": Jolpica has pit stops from 2011" : "; run ingest_race for it (with Jolpica detail on)"));
        }
        stops.sort(Comparator.comparingInt(PitStop::lap)
                .thenComparing(PitStop::timeOfDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PitStop::driver).thenComparingInt(PitStop::stop));
        return List.copyOf(stops);
    }

    /**
     * The latest stored grand-prix prediction of {@code race}, with the race, every driver's and team's name and,
     * once run, the actual winner; printing it shows the table.
     *
     * @throws DataNotAvailableException when the race or its prediction is not stored yet (run the jobs)
     */
    public NamedPrediction latestPrediction(RaceKey race) {
        return Reads.latestPrediction(storage, race, RaceType.GRAND_PRIX);
    }

    /** As {@link #latestPrediction(RaceKey)}, for the weekend's sprint. */
    public NamedPrediction latestSprintPrediction(RaceKey race) {
        return Reads.latestPrediction(storage, race, RaceType.SPRINT);
    }

    /**
     * The next race weekend by the pipeline's clock: the first stored round of this year or next whose grand prix
     * starts after now, cancelled rounds skipped. Empty when the schedule is not stored (run sync_schedule).
     */
    public Optional<Race> nextRace() {
        return Reads.nextRace(storage, clock);
    }

    /**
     * Why {@code driver} got his grand-prix win probability in the latest prediction of {@code race}: each input's
     * value, weight or fitted coefficient and contribution (weight x score, coefficient x value), largest first.
     *
     * @throws InvalidInputException     when the driver is not in that prediction
     * @throws DataNotAvailableException when the race or its prediction is not stored yet
     */
    public Explanation explain(RaceKey race, DriverId driver) {
        return Reads.explain(storage, race, RaceType.GRAND_PRIX, driver);
    }

    /** As {@link #explain(RaceKey, DriverId)}, for the grand prix or the sprint. */
    public Explanation explain(RaceKey race, RaceType type, DriverId driver) {
        return Reads.explain(storage, race, type, driver);
    }

    /**
     * The stored classification of {@code race}'s grand prix or sprint with driver and team names.
     *
     * @throws DataNotAvailableException when the race or its results are not stored yet
     */
    public RaceResults results(RaceKey race, RaceType type) {
        return Reads.results(storage, race, type);
    }

    /** Driver and team names as stored now (a snapshot of the catalog). */
    public Names names() {
        return Names.of(storage);
    }

    /** Where data is kept. */
    public Storage storage() {
        return storage;
    }

    /** The clock behind date guards, "next year" and {@link #nextRace()}. */
    public Clock clock() {
        return clock;
    }

    /** The configuration this pipeline was built with. */
    public PipelineConfig config() {
        return config;
    }

    /** The fetcher every source uses (cache, retries, per-host rate limits). */
    public Fetcher fetcher() {
        return fetcher;
    }

    /** HTTP requests made by every job of this pipeline so far (cache hits excluded). */
    public long requestCount() {
        return sources.totalRequests();
    }

    /**
     * {@code F1Pipeline[version=0.1.0, storage=..., clock=SystemClock[Z], jobs=21, models=clogit-v1 and
     * sprint-clogit-v1, requests=0]}.
     */
    @Override
    public String toString() {
        return "F1Pipeline[version=" + VERSION + ", storage=" + storage + ", clock=" + clock + ", jobs="
                + handlers.size() + ", models=" + config.models().grandPrixModel().version() + " and "
                + config.models().sprintModel().version() + ", requests=" + requestCount() + "]";
    }

    /** Closes the storage if the pipeline created it ({@link #inMemory()}); a storage you passed in stays open. */
    @Override
    public void close() {
        if (ownsStorage) {
            storage.close();
        }
    }

    /** Builder for {@link F1Pipeline}. Not thread-safe. */
    public static final class Builder {
        private Storage storage;
        private boolean ownsStorage;
        private Clock clock = Clock.systemUTC();
        private PipelineConfig config = PipelineConfig.ofDefaults();
        private PipelineListener listener = PipelineListener.NONE;
        private final Map<Job, JobHandler> overrides = new EnumMap<>(Job.class);
        private Map<Job, JobHandler> registry = JobHandlers.builtIn();
        private Fetcher fetcher;
        private Fetcher transport;
        private Ticker ticker = Ticker.system();
        private Sleeper sleeper = Sleeper.system();
        private FetchListener fetchListener = FetchListener.NONE;

        static {
            // Tests replace single jobs through job.internal.JobOverrides, so no internal type shows here.
            JobOverrides.install((builder, job, handler) -> builder.overrides.put(job, handler));
        }

        private Builder() {
        }

        /** Where data is kept (required). The pipeline does not close it. */
        public Builder storage(Storage storage) {
            this.storage = Checks.notNull(storage, "storage");
            return this;
        }

        /** The clock behind date guards and "next year" (default: system UTC). Tests inject a fixed clock. */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /** Fetching, models and how far ahead jobs may look (default {@link PipelineConfig#ofDefaults()}). */
        public Builder config(PipelineConfig config) {
            this.config = Checks.notNull(config, "config");
            return this;
        }

        /** Told when each job starts, finishes or fails (with the failure line). */
        public Builder listener(PipelineListener listener) {
            this.listener = Checks.notNull(listener, "listener");
            return this;
        }

        /**
         * Uses this fetcher instead of building one from {@code config.fetch()} (e.g. a shared fetcher, or one
         * pointed at fake servers in tests).
         */
        public Builder fetcher(Fetcher fetcher) {
            this.fetcher = Checks.notNull(fetcher, "fetcher");
            return this;
        }

        /**
         * Replaces the HTTP layer of the fetcher the pipeline builds from {@code config.fetch()}: the cache, retries,
         * rate limits and request counts stay (e.g. the test kit's in-process {@code FakeF1Transport}). Ignored when
         * a whole {@link #fetcher(Fetcher)} is given.
         */
        public Builder transport(Fetcher transport) {
            this.transport = Checks.notNull(transport, "transport");
            return this;
        }

        /** Monotonic time for rate limiting (tests inject a fake one). */
        public Builder ticker(Ticker ticker) {
            this.ticker = Checks.notNull(ticker, "ticker");
            return this;
        }

        /** How rate limits and backoff wait (tests inject one that does not sleep). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.notNull(sleeper, "sleeper");
            return this;
        }

        /** Told about every request, retry, throttle and cache hit. */
        public Builder fetchListener(FetchListener listener) {
            this.fetchListener = Checks.notNull(listener, "fetchListener");
            return this;
        }


        /** Replaces the built-in job registry (tests of a version that lacks some jobs). */
        Builder registry(Map<Job, JobHandler> handlers) {
            this.registry = Map.copyOf(handlers);
            return this;
        }

        /** The pipeline. */
        public F1Pipeline build() {
            return new F1Pipeline(this);
        }
    }
}
