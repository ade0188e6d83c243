package org.f1pipeline.recompute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.EventPrediction;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.ModelHistory;
import org.f1pipeline.model.ModelInputException;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.recompute.InputLedger.Event;
import org.f1pipeline.recompute.InputLedger.Stale;
import org.f1pipeline.recompute.RecomputeSummary.Skipped;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;

/**
 * The incremental recompute behind {@link ModelRecompute#recomputeStale} and {@link Recomputer}: computes exactly
 * what the input versions say is stale, one transaction per season, carrying the model's history from season to
 * season in memory (and from run to run: a backfill that recomputes each season after ingesting it reads every
 * season once). Each season's transaction re-reads the input versions; if an earlier season changed since the
 * history was built (another writer, or an earlier season ingested again), the history is rebuilt from the
 * database first, so every record it writes is true of what it read. Not thread-safe.
 */
final class StaleRecompute {

    private final Storage storage;
    private final ModelEngine engine;
    private final Map<RaceType, String> models;
    private Instant computedAt;
    private ModelWrites writes;
    private List<Skipped> skipped;
    private Set<Integer> written;
    private ModelHistory history;
    /** The input-version fingerprint of the seasons in {@link #history} ({@link InputLedger#prefixBefore}). */
    private long builtPrefix = -1;
    /** The last season added to {@link #history}. */
    private int lastAdded = -1;
    private int grandPrix;
    private int sprints;

    StaleRecompute(Storage storage, ModelEngine engine, Set<RaceType> types) {
        this.storage = storage;
        this.engine = engine;
        this.models = models(engine, types);
    }

    private static Map<RaceType, String> models(ModelEngine engine, Set<RaceType> types) {
        Map<RaceType, String> out = new java.util.EnumMap<>(RaceType.class);
        types.forEach(t -> out.put(t, engine.model(t).version()));
        return out;
    }

    /** What is stale in {@code from..to}, read in one transaction. */
    static Stale plan(Storage storage, Map<RaceType, String> models, int from, int to) {
        return storage.inTransaction(tx -> plan(tx, models, from, to).stale());
    }

    /**
     * What is stale in {@code from..to}, and whether that is everything from its first stale season to {@code to}:
     * every season's statistics and every event with a grid, in seasons that all have inputs.
     */
    private record Plan(Stale stale, boolean whole) {
    }

    private static Plan plan(Transaction tx, Map<RaceType, String> models, int from, int to) {
        InputLedger ledger = InputLedger.read(tx, to);
        List<Race> races = tx.races().races(from, to);
        Stale stale = ledger.stale(races, tx.inputs().derivedVersions(from, to), models, from, to);
        if (stale.isEmpty()) {
            return new Plan(stale, false);
        }
        int first = stale.firstSeason();
        Stale everything = ledger.stale(races, List.of(), models, first, to);
        Set<Integer> raced = new TreeSet<>();
        races.stream().map(r -> r.key().season()).filter(y -> y >= first).forEach(raced::add);
        boolean whole = stale.statsSeasons().containsAll(raced) && everything.statsSeasons().equals(raced)
                && new HashSet<>(stale.events()).containsAll(everything.events());
        return new Plan(stale, whole);
    }

    RecomputeSummary run(int from, int to, Instant computedAt) {
        long start = System.nanoTime();
        this.computedAt = computedAt;
        this.writes = new ModelWrites();
        this.skipped = new ArrayList<>();
        this.written = new TreeSet<>();
        this.grandPrix = 0;
        this.sprints = 0;
        Plan plan = storage.inTransaction(tx -> plan(tx, models, from, to));
        Stale stale = plan.stale();
        if (plan.whole() && history == null && models.size() == RaceType.values().length
                && stale.firstSeason() < to) {
            return whole(stale, from, to, start);
        }
        if (!stale.isEmpty()) {
            List<Race> all = storage.races().races(InputLedger.FIRST, to);
            Set<Integer> seasons = new TreeSet<>();
            all.stream().filter(r -> r.key().season() >= stale.firstSeason())
                    .forEach(r -> seasons.add(r.key().season()));
            for (int season : seasons) {
                storage.inTransaction(tx -> {
                    season(tx, season, to, from);
                    return null;
                });
            }
        }
        return new RecomputeSummary(from, to, computedAt, written.size(), grandPrix, sprints, skipped,
                writes.rows(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Everything from the first stale season on is stale (the first recompute after a bootstrap, a migration or a
     * model change), over more than one season, and no history is carried: the one-transaction full recompute of
     * those seasons writes exactly what the season-by-season path would (the same statistics, events and versions,
     * at the same instant), with the store's reads and writes overlapping the model (decision D87). Its skipped
     * list is narrowed to the stale events, the only ones this path tries. A caller that recomputes season after
     * season (the backfill's {@link Recomputer}) carries a history after its first call and keeps the season path.
     */
    private RecomputeSummary whole(Stale stale, int from, int to, long start) {
        RecomputeSummary all = ModelRecompute.recompute(storage, engine, stale.firstSeason(), to,
                Clock.fixed(computedAt, ZoneOffset.UTC));
        Set<Event> tried = new HashSet<>(stale.events());
        List<Skipped> skippedHere = all.skipped().stream()
                .filter(s -> tried.contains(new Event(s.race(), s.type()))).toList();
        return new RecomputeSummary(from, to, computedAt, all.seasons(), all.grandPrix(), all.sprints(), skippedHere,
                all.rowsWritten(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** One season in its own transaction: history check, reads, the stale events and statistics, writes. */
    private void season(Transaction tx, int season, int to, int from) {
        InputLedger ledger = InputLedger.read(tx, season);
        boolean carried = history != null && ledger.prefixBefore(season) == builtPrefix && lastAdded < season
                && (lastAdded + 1 > season - 1 || tx.races().races(lastAdded + 1, season - 1).isEmpty());
        if (!carried) {
            history = new ModelHistory();
            List<Race> all = tx.races().races(InputLedger.FIRST, to);
            SeasonReader.history(tx, season, all).forEach(history::add);
        }
        List<Weekend> weekends = SeasonReader.season(tx, season);
        boolean inSpan = season >= from && season <= to;
        Stale stale = inSpan ? ledger.stale(weekends.stream().map(Weekend::race).toList(),
                tx.inputs().derivedVersions(season, season), models, season, season)
                : new Stale(Set.of(), List.of());
        Set<Event> todo = new HashSet<>(stale.events());
        List<EventPrediction> events = new ArrayList<>();
        for (Weekend w : weekends) {
            for (RaceType type : List.of(RaceType.SPRINT, RaceType.GRAND_PRIX)) {
                if (models.containsKey(type) && todo.contains(new Event(w.key(), type))) {
                    event(w, type, events);
                }
            }
            history.add(w);
        }
        builtPrefix = Math.max(ledger.prefixBefore(season), ledger.season(season)); // = prefixBefore(season + 1)
        lastAdded = season;
        boolean stats = stale.statsSeasons().contains(season);
        if (stats || !events.isEmpty()) {
            writes.season(tx, season, stats ? history.seasonStats(season) : null, events, ledger, computedAt);
            written.add(season);
        }
    }

    private void event(Weekend w, RaceType type, List<EventPrediction> events) {
        if (w.race().status() == RaceStatus.CANCELLED) {
            skipped.add(new Skipped(w.key(), type, null, "race " + w.key() + " is cancelled"));
            return;
        }
        try {
            var features = type == RaceType.SPRINT ? engine.sprintFeatures(history, w)
                    : engine.grandPrixFeatures(history, w);
            events.add(new EventPrediction(w.key(), type, features,
                    engine.predict(type, w.key(), features, computedAt, w.race().startOf(type))));
            if (type == RaceType.SPRINT) {
                sprints++;
            } else {
                grandPrix++;
            }
        } catch (ModelInputException e) {
            skipped.add(new Skipped(w.key(), type, e.missingStep(), e.getMessage()));
        }
    }
}
