package org.f1pipeline.recompute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.job.internal.compute.ModelReads;
import org.f1pipeline.model.EventPrediction;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelHistory;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.recompute.RecomputeSummary.Skipped;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;

/**
 * The full-history recompute (backfill) of the model: for every season of a span, its driver and team statistics
 * ({@code compute_season_stats}), and for every sprint and grand prix with a grid its feature rows
 * ({@code compute_sprint_features} / {@code compute_features}) and a new prediction version
 * ({@code compute_sprint_predictions} / {@code compute_predictions}). The numbers are exactly those the five
 * jobs write when run one by one, but computed in one linear point-in-time pass ({@link ModelHistory}) instead of
 * one history rebuild per race.
 *
 * <pre>{@code
 * RecomputeSummary s = ModelRecompute.recompute(storage, ModelEngine.ofDefaults(), 2000, 2025, Clock.systemUTC());
 * System.out.println(s.events() + " events, " + s.skipped().size() + " skipped");
 * }</pre>
 *
 * <p><b>Storage traffic.</b> One transaction for the whole span: a consistent snapshot, and all or nothing (a
 * failure leaves the database as it was). Reads are range reads, once for the history and once per few seasons of
 * the span (races, circuits, qualifying, sprint qualifying, both result types, conditions, the span's FP2 long runs,
 * and the lap summaries of the span and of the races before it that circuit histories reach: what the model reads
 * of the laps, never the laps themselves). Seasons before {@code fromSeason} are read as history (the model's
 * memory is not bounded in time) but not written. Writes go out every few seasons ({@value #WRITE_ROWS} feature
 * and prediction rows), a handful of bulk calls each: two statistics replaces per season, one feature replace per
 * race type and one prediction add for all the seasons' events; for 2000-2025 that is about 100 store calls in all.
 * A SQLite writer holds its lock for the whole recompute (about a second for 2000-2025); to interleave with other
 * writers, recompute shorter spans: the result is the same, since every span reads its history.
 *
 * <p><b>Threads.</b> The span's reads and the writes run on one helper thread, in order and one at a time: the
 * span is read a few seasons at a time while the calling thread replays the history and computes the seasons
 * already read, and the writes go out while it computes the next seasons, so the storage's time and the model's
 * overlap. The transaction is therefore used from a second thread,
 * but never by two threads at once; a storage whose transactions are bound to the thread that opened them (none
 * of this library's) cannot be recomputed. The call returns, or throws the first failure, only once the helper
 * thread is idle.
 *
 * <p>Events without a grid (future rounds) and cancelled rounds are skipped and listed with the reason; nothing
 * is written for them. Thread-safe (stateless); the storage serialises concurrent transactions.
 */
public final class ModelRecompute {

    /**
     * Seasons' outputs are handed to the store thread once they hold this many feature and prediction-driver rows
     * (three to four seasons of grands prix): a third of the store calls of a write per season, while the writes
     * still overlap the model's next seasons and the last one, made after the model's last season, is short. (Of
     * 1, 3,000 and 10,000 rows, measured on 2000-2025: SQLite waited least for its last writes at 1 and 3,000,
     * PostgreSQL did not differ beyond noise.)
     */
    static final int WRITE_ROWS = 3_000;
    /** Seasons of the span's first read: small, so that the model starts soon. */
    static final int FIRST_READ_SEASONS = 1;
    /** Seasons of each later read of the span. */
    static final int READ_SEASONS = 6;

    private ModelRecompute() {
    }

    /**
     * Recomputes seasons {@code fromSeason..toSeason}.
     *
     * @param engine the models (e.g. {@code PipelineConfig.models()}); features are stored under their versions
     * @param clock  stamps {@code computedAt} of every prediction (one instant for the whole run)
     * @throws InvalidInputException naming the field when a season is out of range or the span is reversed
     */
    public static RecomputeSummary recompute(Storage storage, ModelEngine engine, int fromSeason, int toSeason,
                                             Clock clock) {
        Checks.notNull(storage, "storage");
        Checks.notNull(engine, "engine");
        Checks.notNull(clock, "clock");
        checkSeason("fromSeason", fromSeason);
        checkSeason("toSeason", toSeason);
        if (fromSeason > toSeason) {
            throw new InvalidInputException("toSeason", "toSeason " + toSeason + " is before fromSeason "
                    + fromSeason);
        }
        Instant computedAt = clock.instant();
        long start = System.nanoTime();
        return storage.inTransaction(tx -> run(tx, engine, fromSeason, toSeason, computedAt, start));
    }

    /**
     * Recomputes what is stale in seasons {@code fromSeason..toSeason}, and only that: the statistics of every
     * season whose inputs changed since they were computed, and the features and a new prediction version
     * (recorded as recomputed after the fact) of every grand prix and sprint with a grid whose inputs (every
     * earlier race, and its own pre-session data) changed since, or that was never computed. One transaction per
     * season from the first stale one on (each season's is short; a SQLite writer waits at most one season), or,
     * when everything from that season on is stale over several seasons (the first recompute after a bootstrap),
     * one transaction through {@link #recompute}, which writes the same records faster (decision D87); the
     * model's history is carried from season to season and rebuilt from the database if an earlier season changed
     * in between. Nothing stale: one read transaction, nothing written. Honest pre-race predictions (those of
     * {@code compute_predictions}) are kept: a recompute adds a version, never replaces one.
     *
     * @throws InvalidInputException naming the field when a season is out of range or the span is reversed
     */
    public static RecomputeSummary recomputeStale(Storage storage, ModelEngine engine, int fromSeason,
                                                  int toSeason, Clock clock) {
        Checks.notNull(storage, "storage");
        Checks.notNull(engine, "engine");
        Checks.notNull(clock, "clock");
        checkSpan(fromSeason, toSeason);
        return new StaleRecompute(storage, engine, java.util.EnumSet.allOf(RaceType.class))
                .run(fromSeason, toSeason, clock.instant());
    }

    /**
     * What is stale in seasons {@code fromSeason..toSeason} under {@code engine}'s models, read in one transaction
     * (nothing is written).
     */
    public static InputLedger.Stale stale(Storage storage, ModelEngine engine, int fromSeason, int toSeason) {
        Checks.notNull(storage, "storage");
        Checks.notNull(engine, "engine");
        checkSpan(fromSeason, toSeason);
        return StaleRecompute.plan(storage, java.util.Map.of(RaceType.GRAND_PRIX,
                engine.model(RaceType.GRAND_PRIX).version(), RaceType.SPRINT, engine.model(RaceType.SPRINT).version()),
                fromSeason, toSeason);
    }

    static void checkSpanPublic(int fromSeason, int toSeason) {
        checkSpan(fromSeason, toSeason);
    }

    private static void checkSpan(int fromSeason, int toSeason) {
        checkSeason("fromSeason", fromSeason);
        checkSeason("toSeason", toSeason);
        if (fromSeason > toSeason) {
            throw new InvalidInputException("toSeason", "toSeason " + toSeason + " is before fromSeason "
                    + fromSeason);
        }
    }

    private static RecomputeSummary run(Transaction tx, ModelEngine engine, int from, int to, Instant computedAt,
                                        long start) {
        try (StoreWorker worker = new StoreWorker()) {
            List<Race> all = tx.races().races(ModelReads.HISTORY_FROM, to);
            // The history's rows are read first; the span's are read on the store thread, a few seasons at a
            // time, while this one replays the history and computes the first seasons (it does not touch the
            // transaction meanwhile).
            boolean any = all.stream().anyMatch(r -> r.key().season() >= from);
            List<Circuit> circuits = any ? tx.catalog().circuits() : List.of();
            SeasonRows before = SeasonRows.read(tx, all, circuits, ModelReads.HISTORY_FROM, from - 1, from);
            List<Future<SeasonRows>> spanRows = new ArrayList<>();
            for (int[] chunk : readChunks(all, from, to)) {
                spanRows.add(worker.submit(() -> SeasonRows.read(tx, all, circuits, chunk[0], chunk[1], from)));
            }
            // Only the writes need the input versions: read after the span, on the store thread, so that the model
            // does not wait for them. The writes come later on the same thread, so they see the ledger.
            AtomicReference<InputLedger> ledgerRead = new AtomicReference<>();
            worker.execute(() -> ledgerRead.set(InputLedger.read(tx, to)));
            ModelWrites writes = new ModelWrites();
            ModelHistory history = new ModelHistory();
            for (int season : before.seasons()) {
                before.weekends(season).forEach(history::add);
            }
            List<Skipped> skipped = new ArrayList<>();
            int seasons = 0;
            int grandPrix = 0;
            int sprints = 0;
            List<ModelWrites.SeasonOutput> pending = new ArrayList<>();
            int pendingRows = 0;
            for (Future<SeasonRows> chunk : spanRows) {
                SeasonRows rows = worker.await(chunk);
                for (int season : rows.seasons()) {
                    List<EventPrediction> events = new ArrayList<>();
                    for (Weekend w : rows.weekends(season)) {
                        if (w.race().isSprintWeekend()) {
                            event(engine, history, w, RaceType.SPRINT, computedAt, events, skipped);
                        }
                        event(engine, history, w, RaceType.GRAND_PRIX, computedAt, events, skipped);
                        history.add(w);
                    }
                    pending.add(new ModelWrites.SeasonOutput(season, history.seasonStats(season), events));
                    pendingRows += pending.get(pending.size() - 1).rows();
                    if (pendingRows >= WRITE_ROWS) {
                        List<ModelWrites.SeasonOutput> batch = List.copyOf(pending);
                        worker.execute(() -> writes.seasons(tx, batch, ledgerRead.get(), computedAt));
                        pending.clear();
                        pendingRows = 0;
                    }
                    seasons++;
                    for (EventPrediction e : events) {
                        if (e.type() == RaceType.SPRINT) {
                            sprints++;
                        } else {
                            grandPrix++;
                        }
                    }
                }
            }
            if (!pending.isEmpty()) {
                List<ModelWrites.SeasonOutput> batch = List.copyOf(pending);
                worker.execute(() -> writes.seasons(tx, batch, ledgerRead.get(), computedAt));
            }
            worker.finish();
            return new RecomputeSummary(from, to, computedAt, seasons, grandPrix, sprints, skipped, writes.rows(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * The span's seasons with races, cut into the read chunks: the first {@value #FIRST_READ_SEASONS} seasons,
     * then {@value #READ_SEASONS} at a time. The model waits only for the first chunk; the store thread reads the
     * others meanwhile. Each chunk is {@code {first, last}} season; empty when the span has no races.
     */
    static List<int[]> readChunks(List<Race> all, int from, int to) {
        List<Integer> seasons = all.stream().map(r -> r.key().season()).filter(y -> y >= from && y <= to)
                .distinct().sorted().toList();
        List<int[]> chunks = new ArrayList<>();
        int i = 0;
        while (i < seasons.size()) {
            int size = chunks.isEmpty() ? FIRST_READ_SEASONS : READ_SEASONS;
            int last = Math.min(i + size, seasons.size()) - 1;
            chunks.add(new int[] {seasons.get(i), seasons.get(last)});
            i = last + 1;
        }
        return chunks;
    }

    /** One event from the history before its weekend, as {@link ModelEngine#replay} computes it. */
    private static void event(ModelEngine engine, ModelHistory history, Weekend w, RaceType type, Instant computedAt,
                              List<EventPrediction> events, List<Skipped> skipped) {
        RaceKey key = w.key();
        if (w.race().status() == RaceStatus.CANCELLED) {
            skipped.add(new Skipped(key, type, null, "race " + key + " is cancelled"));
            return;
        }
        try {
            var features = type == RaceType.SPRINT ? engine.sprintFeatures(history, w)
                    : engine.grandPrixFeatures(history, w);
            events.add(new EventPrediction(key, type, features,
                    engine.predict(type, key, features, computedAt, w.race().startOf(type))));
        } catch (ModelInputException e) {
            skipped.add(new Skipped(key, type, e.missingStep(), e.getMessage()));
        }
    }

    private static void checkSeason(String field, int season) {
        if (season < RaceKey.FIRST_SEASON || season > RaceKey.LAST_SEASON) {
            throw new InvalidInputException(field, field + " must be between " + RaceKey.FIRST_SEASON + " and "
                    + RaceKey.LAST_SEASON + ", was " + season);
        }
    }
}
