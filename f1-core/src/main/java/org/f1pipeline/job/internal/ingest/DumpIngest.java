package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.source.jolpica.EntryRow;
import org.f1pipeline.source.jolpica.PitStop;
import org.f1pipeline.source.jolpica.QualifyingRow;
import org.f1pipeline.source.jolpica.ResultRow;
import org.f1pipeline.source.jolpica.ScheduledRace;
import org.f1pipeline.source.jolpica.SeasonRoster;
import org.f1pipeline.standings.internal.StandingsSync;
import org.f1pipeline.storage.Transaction;

/**
 * Writes one season of a database dump inside the caller's transaction, by the rules of the jobs a Jolpica-only
 * backfill runs for it: {@code sync_schedule}, {@code sync_season}, then per round {@code ingest_sprint},
 * {@code ingest_qualifying(_legacy)} and {@code ingest_race(_legacy)}, calling the same validation, merging and note
 * code ({@link Classifications}, {@link RaceDetail}, {@link SeasonRoster}), so the rows, notes, statuses and input
 * versions are those the API path stores for the same data. A job whose checks refuse a round (what would be a
 * {@code [SKIP]} line in a backfill) writes nothing for it and is reported; the rest of the season is written.
 * The championship tables are refreshed once per season from the first round written, which gives the tables a
 * refresh after every round gives. Internal API.
 */
public final class DumpIngest {

    /**
     * What one season's write did.
     *
     * @param written       false when every round of the dump was already stored as far as the dump goes
     * @param races         rounds written (completed, or as far as the dump has them)
     * @param results       grand-prix result rows
     * @param sprintResults sprint result rows
     * @param qualifying    qualifying rows
     * @param laps          laps
     * @param pitStops      pit stops
     * @param notes         data notes stored
     * @param skipped       one line per job refused (race, job, reason)
     */
    public record Outcome(int year, boolean written, int races, int results, int sprintResults, int qualifying,
                          int laps, int pitStops, int notes, List<String> skipped) {
    }

    private final Transaction tx;
    private final JobContext ctx;
    private final DumpSeason in;
    private final List<String> skipped = new ArrayList<>();
    private int races;
    private int results;
    private int sprintResults;
    private int qualifying;
    private int laps;
    private int pitStops;
    private int notes;

    private DumpIngest(Transaction tx, JobContext ctx, DumpSeason in) {
        this.tx = tx;
        this.ctx = ctx;
        this.in = in;
    }

    /**
     * Writes the season.
     *
     * @param tx  the season's transaction
     * @param ctx the pipeline's job context (clock, configuration; nothing is fetched)
     * @param in  the season's rows
     * @return what was written
     */
    public static Outcome write(Transaction tx, JobContext ctx, DumpSeason in) {
        return new DumpIngest(tx, ctx, in).run();
    }

    private Outcome run() {
        int year = in.year();
        Map<RaceKey, ScheduledRace> fresh = new TreeMap<>();
        in.schedule().forEach(s -> fresh.put(s.race().key(), s));
        Map<RaceKey, Race> stored = new TreeMap<>();
        tx.races().races(year).forEach(r -> stored.put(r.key(), r));
        Map<RaceKey, List<ResultRow>> gp = byRace(in.results(), r -> r.result().race());
        Map<RaceKey, List<ResultRow>> sprint = byRace(in.sprint(), r -> r.result().race());
        Map<RaceKey, List<QualifyingRow>> quali = byRace(in.qualifying(), r -> r.result().race());
        List<RaceKey> todo = new ArrayList<>();
        for (RaceKey key : fresh.keySet()) {
            RaceStatus implied = gp.containsKey(key) ? RaceStatus.COMPLETED
                    : quali.containsKey(key) ? RaceStatus.QUALIFYING_DONE
                    : sprint.containsKey(key) ? RaceStatus.SPRINT_DONE : RaceStatus.SCHEDULED;
            Race s = stored.get(key);
            boolean done = s != null && s.status() != RaceStatus.CANCELLED
                    && s.status().ordinal() >= implied.ordinal();
            if (!done) {
                todo.add(key);
            }
        }
        if (todo.isEmpty()) {
            return new Outcome(year, false, 0, 0, 0, 0, 0, 0, 0, List.of());
        }
        schedule(year, fresh, stored);
        if (!roster(year)) {
            return outcome(year);
        }
        List<SeasonEntry> entries = tx.catalog().seasonEntries(year);
        Set<ConstructorId> teams = tx.catalog().constructors().stream().map(Constructor::id)
                .collect(Collectors.toSet());
        boolean safetyCarKnown = tx.races().conditions(RaceKey.FIRST_SEASON, year).stream()
                .anyMatch(c -> c.type() == RaceType.GRAND_PRIX && c.safetyCarLaps() != null);
        int firstRound = Integer.MAX_VALUE;
        for (RaceKey key : todo) {
            Race race = tx.races().race(key).orElseThrow();
            List<ResultRow> gpRows = gp.getOrDefault(key, List.of());
            boolean any = false;
            if (race.isSprintWeekend() && sprint.containsKey(key)) {
                any |= sprint(race, sprint.get(key), entries, teams);
            }
            if (quali.containsKey(key) || !gpRows.isEmpty()) {
                any |= qualifying(race, quali.getOrDefault(key, List.of()), gpRows, entries, teams);
            }
            if (!gpRows.isEmpty()) {
                any |= race(race, gpRows, entries, teams, safetyCarKnown);
            }
            if (any) {
                races++;
                firstRound = Math.min(firstRound, key.round());
            }
        }
        if (firstRound != Integer.MAX_VALUE) {
            StandingsSync.refresh(tx, year, firstRound);
        }
        return outcome(year);
    }

    private Outcome outcome(int year) {
        return new Outcome(year, true, races, results, sprintResults, qualifying, laps, pitStops, notes,
                List.copyOf(skipped));
    }

    /** {@code sync_schedule}'s writes: season, circuits, races; dropped rounds cancelled, returning ones revived. */
    private void schedule(int year, Map<RaceKey, ScheduledRace> fresh, Map<RaceKey, Race> stored) {
        List<RaceKey> cancel = new ArrayList<>();
        List<RaceKey> revive = new ArrayList<>();
        for (Race old : stored.values()) {
            ScheduledRace now = fresh.get(old.key());
            if (now == null) {
                if (old.status() != RaceStatus.COMPLETED && old.status() != RaceStatus.CANCELLED) {
                    cancel.add(old.key());
                }
            } else if (old.status() == RaceStatus.CANCELLED) {
                revive.add(old.key());
            } else if (old.status() != RaceStatus.SCHEDULED && !old.circuit().equals(now.race().circuit())) {
                throw new JobException(Job.SYNC_SCHEDULE, JobParams.year(year), "round " + old.key() + " was "
                        + old.name() + " at " + old.circuit().value() + " (status " + old.status().wireName()
                        + ") but the dump has " + now.race().name() + " at " + now.race().circuit().value()
                        + " in that round: the calendar was renumbered after data was ingested; fix the stored"
                        + " rounds by hand before bootstrapping this season");
            }
        }
        if (tx.catalog().season(year).isEmpty()) {
            tx.catalog().upsertSeasons(List.of(Season.of(year)));
        }
        Map<CircuitId, Circuit> circuits = new LinkedHashMap<>();
        fresh.values().forEach(s -> circuits.putIfAbsent(s.circuit().id(), s.circuit()));
        tx.catalog().upsertCircuits(circuits.values());
        tx.races().upsertRaces(fresh.values().stream().map(ScheduledRace::race).toList());
        cancel.forEach(k -> tx.races().setStatus(k, RaceStatus.CANCELLED));
        revive.forEach(k -> tx.races().setStatus(k, RaceStatus.SCHEDULED));
    }

    /** {@code sync_season}'s writes for a season with rows; false when the dump has none (nothing to ingest). */
    private boolean roster(int year) {
        boolean sprints = tx.races().races(year).stream().anyMatch(Race::isSprintWeekend);
        List<EntryRow> rows = new ArrayList<>(in.results());
        rows.addAll(in.qualifying());
        if (sprints) {
            rows.addAll(in.sprint());
        }
        if (rows.isEmpty()) {
            return false;
        }
        SeasonRoster roster = SeasonRoster.fromRows(year, rows);
        List<SeasonEntry> changed = SyncSeasonJob.merge(tx.catalog().seasonEntries(year), roster.entries());
        tx.catalog().upsertConstructors(roster.constructors());
        tx.catalog().upsertDrivers(roster.drivers());
        tx.catalog().upsertSeasonEntries(changed);
        return true;
    }

    /** {@code ingest_sprint} without detail sources. */
    private boolean sprint(Race race, List<ResultRow> published, List<SeasonEntry> entries, Set<ConstructorId> teams) {
        RaceKey key = race.key();
        IngestRun run = new IngestRun(Job.INGEST_SPRINT, ctx, JobParams.race(key));
        List<RaceResult> rows;
        try {
            rows = Classifications.results(run, race, RaceType.SPRINT, published,
                    Roster.of(run, key.season(), entries, teams), () -> tx.results().qualifying(key));
        } catch (RuntimeException e) {
            skip(run, e);
            return false;
        }
        tx.results().replaceRaceResults(key, RaceType.SPRINT, rows);
        List<DataNote> n = run.dataNotes(SessionType.SPRINT);
        tx.notes().replaceNotes(key, SessionType.SPRINT, n);
        StandingsSync.recordSharedDrives(tx, key, RaceType.SPRINT, published.stream().map(ResultRow::result)
                .toList(), rows);
        tx.races().upsertConditions(List.of(unknown(key, RaceType.SPRINT)));
        tx.races().transitionStatus(key, RaceStatus.BEFORE_SPRINT, RaceStatus.SPRINT_DONE);
        sprintResults += rows.size();
        notes += n.size();
        return true;
    }

    /** {@code ingest_qualifying(_legacy)} without detail sources: Jolpica's table, else the race's grid. */
    private boolean qualifying(Race race, List<QualifyingRow> published, List<ResultRow> gpRows,
                               List<SeasonEntry> entries, Set<ConstructorId> teams) {
        RaceKey key = race.key();
        int season = key.season();
        boolean legacy = season < 2018;
        IngestRun run = new IngestRun(legacy ? Job.INGEST_QUALIFYING_LEGACY : Job.INGEST_QUALIFYING, ctx,
                JobParams.race(key));
        List<QualifyingResult> rows;
        try {
            Roster roster = Roster.of(run, season, entries, teams);
            rows = season < IngestQualifyingJob.FIRST_JOLPICA_QUALIFYING ? List.of()
                    : Classifications.qualifying(run, race, published, roster);
            if (rows.isEmpty()) {
                rows = Classifications.fromGrid(Classifications.gridSource(run, race, gpRows, roster));
                if (season >= IngestQualifyingJob.FIRST_JOLPICA_QUALIFYING) {
                    run.dataNote(key, SessionType.QUALIFYING, DataNote.Kind.GRID_AS_QUALIFYING,
                            "Jolpica has no qualifying table for " + race.name() + ": order from the race's starting"
                                    + " grid (" + rows.size() + " cars; pit-lane starters and non-starters left"
                                    + " out), without times");
                }
            }
        } catch (RuntimeException e) {
            skip(run, e);
            return false;
        }
        tx.results().replaceQualifying(key, rows);
        List<DataNote> n = run.dataNotes(SessionType.QUALIFYING);
        tx.notes().replaceNotes(key, SessionType.QUALIFYING, n);
        tx.races().transitionStatus(key, legacy ? Set.of(RaceStatus.SCHEDULED) : RaceStatus.BEFORE_QUALIFYING,
                RaceStatus.QUALIFYING_DONE);
        qualifying += rows.size();
        notes += n.size();
        return true;
    }

    /** {@code ingest_race(_legacy)} with Jolpica's laps and pit stops, without detail sources. */
    private boolean race(Race race, List<ResultRow> published, List<SeasonEntry> entries, Set<ConstructorId> teams,
                         boolean safetyCarKnown) {
        RaceKey key = race.key();
        int season = key.season();
        IngestRun run = new IngestRun(season < 2018 ? Job.INGEST_RACE_LEGACY : Job.INGEST_RACE, ctx,
                JobParams.race(key));
        List<RaceResult> rows;
        List<LapTime> lapRows;
        List<PitStop> stops = season >= RaceDetail.FIRST_JOLPICA_PIT_STOPS
                ? in.pitStops().getOrDefault(key, List.of()) : List.of();
        try {
            Roster roster = Roster.of(run, season, entries, teams);
            List<RaceResult> parsed = Classifications.results(run, race, RaceType.GRAND_PRIX, published, roster,
                    () -> tx.results().qualifying(key));
            lapRows = season >= RaceDetail.FIRST_JOLPICA_LAPS
                    ? RaceDetail.withPits(key, in.laps().getOrDefault(key, List.of()), roster, stops) : null;
            rows = RaceDetail.withFastestLap(parsed, lapRows);
        } catch (RuntimeException e) {
            skip(run, e);
            return false;
        }
        tx.results().replaceRaceResults(key, RaceType.GRAND_PRIX, rows);
        List<DataNote> n = run.dataNotes(SessionType.RACE);
        tx.notes().replaceNotes(key, SessionType.RACE, n);
        StandingsSync.recordSharedDrives(tx, key, RaceType.GRAND_PRIX, published.stream().map(ResultRow::result)
                .toList(), rows);
        if (lapRows != null) {
            tx.laps().replaceLaps(key, RaceType.GRAND_PRIX, lapRows);
            laps += lapRows.size();
        }
        if (!stops.isEmpty()) {
            tx.pitStops().replacePitStops(key, RaceDetail.stored(stops));
            pitStops += stops.size();
        }
        RaceConditions conditions = unknown(key, RaceType.GRAND_PRIX);
        tx.races().upsertConditions(List.of(conditions));
        tx.races().setStatus(key, RaceStatus.COMPLETED);
        if (safetyCarKnown) {
            SafetyCarShare.asOf(tx, race, conditions).ifPresent(c -> tx.catalog().upsertCircuits(List.of(c)));
        }
        results += rows.size();
        notes += n.size();
        return true;
    }

    private void skip(IngestRun run, RuntimeException e) {
        skipped.add(run.job.jobName() + " " + run.params.raceKey() + ": "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }

    private static RaceConditions unknown(RaceKey key, RaceType type) {
        return new RaceConditions(key, type, null, null, null, null, null, null, null);
    }

    private static <T> Map<RaceKey, List<T>> byRace(List<T> rows, Function<T, RaceKey> key) {
        Map<RaceKey, List<T>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }
}
