package org.f1pipeline.job.internal.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.source.jolpica.JolpicaClient;
import org.f1pipeline.source.jolpica.JolpicaConfig;
import org.f1pipeline.source.livetiming.LiveTimingClient;
import org.f1pipeline.source.openf1.OpenF1Client;

/**
 * The sources of one {@link org.f1pipeline.F1Pipeline}: the fetcher, the base URLs from the fetch configuration,
 * a pipeline-wide request count, a hub for fetch events, and a small memo of source answers that several jobs share.
 *
 * <p>The memo is why a backfill stays within its request budget: a past season's results, qualifying and sprint
 * classification are read once with season-wide queries and then serve every round's job, and a finished OpenF1
 * weekend is read once per endpoint for all its sessions. Only data that can no longer change is memoised (a
 * season before the current year, a weekend whose last session has ended), each entry for at most
 * {@link #TTL} by the pipeline's clock, and at most {@link #MAX_SEASON_ENTRIES} season-wide and
 * {@link #MAX_WEEKEND_ENTRIES} weekend answers (the least recently used go, each kind apart, so a season's weekends
 * never push out the season's classifications): memory stays bounded during a 76-season backfill. Thread-safe; a loader runs under the hub's lock, so two jobs
 * never fetch the same entry twice.
 */
public final class SourceHub {

    /** How long a memoised answer is reused. */
    public static final Duration TTL = Duration.ofHours(1);
    /** How many season-wide answers (classifications, session lists) are kept at most. */
    public static final int MAX_SEASON_ENTRIES = 8;
    /** How many weekends' OpenF1 answers are kept at most (a weekend's laps are the largest answers). */
    public static final int MAX_WEEKEND_ENTRIES = 2;
    /**
     * How many live-timing sessions are kept at most (built laps, a few hundred kB each): a weekend's FP2, qualifying,
     * sprint and race plus the stint-only reads of 2018's compound nomination.
     */
    public static final int MAX_ARCHIVE_ENTRIES = 8;
    /**
     * Name of the optional fetch source whose base URL is the live-timing archive's fallback mirror (e.g. FastF1's
     * {@code https://livetiming-mirror.fastf1.dev/static/}); without it no mirror is asked.
     */
    public static final String LIVETIMING_MIRROR = "livetiming-mirror";

    private final Fetcher fetcher;
    private final JolpicaConfig jolpica;
    private final URI openF1;
    private final URI liveTiming;
    private final URI liveTimingMirror;
    private final Clock clock;
    private final AtomicLong total = new AtomicLong();
    private final FetchEvents events;
    private final Map<String, Memo> seasons = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Memo> weekends = new LinkedHashMap<>(4, 0.75f, true);
    private final Map<String, Memo> archive = new LinkedHashMap<>(16, 0.75f, true);

    private record Memo(Object value, Instant at) {
    }

    /**
     * Creates the hub.
     *
     * @param fetcher the pipeline's fetcher
     * @param config  supplies the Jolpica and OpenF1 base URLs
     * @param clock   the pipeline's clock (memo ages)
     * @param events  the events the fetcher reports to
     */
    public SourceHub(Fetcher fetcher, FetchConfig config, Clock clock, FetchEvents events) {
        this.events = Checks.notNull(events, "events");
        this.fetcher = Checks.notNull(fetcher, "fetcher");
        this.clock = Checks.notNull(clock, "clock");
        this.jolpica = JolpicaConfig.from(config.source(SourceConfig.JOLPICA).orElse(SourceConfig.jolpica()));
        this.openF1 = config.source(SourceConfig.OPENF1).orElse(SourceConfig.openF1()).baseUrl();
        this.liveTiming = config.source(SourceConfig.LIVETIMING).orElse(SourceConfig.liveTiming()).baseUrl();
        this.liveTimingMirror = config.source(LIVETIMING_MIRROR).map(SourceConfig::baseUrl).orElse(null);
    }

    /** A hub whose fetch events nobody reports (a fetcher the caller built). */
    public SourceHub(Fetcher fetcher, FetchConfig config, Clock clock) {
        this(fetcher, config, clock, new FetchEvents());
    }

    /** Sources for one job run, counting that run's requests. */
    public JobSources forJob(IngestOptions options) {
        CountingFetcher counting = new CountingFetcher(fetcher, total);
        OpenF1Client client = OpenF1Client.builder(counting).baseUri(openF1).build();
        LiveTimingClient archive = LiveTimingClient.builder(counting).baseUri(liveTiming).mirror(liveTimingMirror)
                .build();
        return new JobSources(this, counting, new JolpicaClient(counting, jolpica),
                client, archive, Checks.notNull(options, "options"));
    }

    /** Requests made by every job of this pipeline so far (cache hits excluded). */
    public long totalRequests() {
        return total.get();
    }

    /** Events of the pipeline's fetcher (empty when the caller supplied a fetcher of their own). */
    public FetchEvents fetchEvents() {
        return events;
    }

    /** Starts forwarding fetch events (requests, retries, throttles) to {@code listener}. */
    public void addFetchListener(FetchListener listener) {
        events.add(listener);
    }

    /** Stops forwarding fetch events to {@code listener}. */
    public void removeFetchListener(FetchListener listener) {
        events.remove(listener);
    }

    /** Past seasons at least this many of which a backfill syncs make one all-seasons schedule query pay off. */
    public static final int ALL_SCHEDULES_FROM = 20;

    private final java.util.Set<Integer> scheduleHint = new java.util.TreeSet<>();

    /**
     * Tells the hub that {@code pastYears} (seasons before the current year) are about to have their schedules
     * synced one after the other: when they are at least {@value #ALL_SCHEDULES_FROM}, {@code sync_schedule} reads
     * every season's schedule with one paged {@code /races} query (12 requests for 1950-2025 instead of 76) and
     * takes its season from it. A hint for fewer seasons is ignored (one request a season is cheaper then).
     */
    public synchronized void hintSchedules(java.util.Collection<Integer> pastYears) {
        scheduleHint.clear();
        if (pastYears.size() >= ALL_SCHEDULES_FROM) {
            scheduleHint.addAll(pastYears);
        }
    }

    /** Whether {@code year}'s schedule should come from the all-seasons query ({@link #hintSchedules}). */
    synchronized boolean scheduleHinted(int year) {
        return scheduleHint.contains(year);
    }

    /** Forgets every memoised answer (tests; or to force fresh reads). */
    public synchronized void clearMemo() {
        scheduleHint.clear();
        seasons.clear();
        weekends.clear();
        archive.clear();
    }

    /**
     * The memoised answer for {@code key}, loading it with {@code loader} when absent or older than {@link #TTL}.
     * Callers only memoise data that can no longer change (see the class comment).
     */
    <T> T rememberSeason(String key, Supplier<T> loader) {
        return remember(seasons, MAX_SEASON_ENTRIES, key, loader);
    }

    /** As {@link #rememberSeason}, for one weekend's answers. */
    <T> T rememberWeekend(String key, Supplier<T> loader) {
        return remember(weekends, MAX_WEEKEND_ENTRIES, key, loader);
    }

    /** As {@link #rememberSeason}, for one finished live-timing session. */
    <T> T rememberArchive(String key, Supplier<T> loader) {
        return remember(archive, MAX_ARCHIVE_ENTRIES, key, loader);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T remember(Map<String, Memo> memo, int max, String key, Supplier<T> loader) {
        Instant now = clock.instant();
        Memo m = memo.get(key);
        if (m != null && !now.isAfter(m.at().plus(TTL)) && !now.isBefore(m.at())) {
            return (T) m.value();
        }
        T value = loader.get();
        memo.put(key, new Memo(value, now));
        for (Iterator<String> it = memo.keySet().iterator(); memo.size() > max && it.hasNext(); ) {
            it.next();
            it.remove();
        }
        return value;
    }
}
