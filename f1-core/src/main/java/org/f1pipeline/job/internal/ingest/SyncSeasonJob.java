package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.source.jolpica.EntryRow;
import org.f1pipeline.source.jolpica.SeasonRoster;

/**
 * {@code sync_season(year[, round])}: the season's teams, drivers and entry list.
 *
 * <p>Once races have run, the entry list is built from Jolpica's classification rows (results, qualifying and, in
 * sprint seasons, sprint results), which carry the exact team, car number and first round of every driver, so
 * mid-season replacements and team changes are picked up: without a round from the whole season (season-wide
 * queries, shared with the ingest jobs of a past season), with a round from that round alone. Before the first race
 * (no rows) it falls back to Jolpica's team/driver pairing ({@code /constructors/{id}/drivers}), which also lists
 * registered reserves (seed defect F3: the seed could not build a roster before a race had run).
 *
 * <p>Entries are merged with the stored ones, never replaced: an entry keeps the earliest first round known for
 * its (driver, team) pair and a car number once it has one, and entries not seen again (an earlier team, a reserve)
 * stay, so re-running with any round only ever adds information.
 */
final class SyncSeasonJob implements JobHandler {

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(Job.SYNC_SEASON, ctx, params);
        int year = params.year() != null ? params.year() : params.raceKey().season();
        Integer round = params.round();
        List<Race> schedule = ctx.storage().races().races(year);
        Optional<Race> race = Optional.empty();
        if (round != null) {
            race = schedule.stream().filter(r -> r.key().round() == round).findFirst();
            if (race.isEmpty() && !schedule.isEmpty()) {
                throw new InvalidInputException("round", "round " + round + " does not exist in season " + year
                        + ", which has " + schedule.size() + " rounds");
            }
        }
        boolean sprints = schedule.isEmpty() ? year >= 2021 : schedule.stream().anyMatch(Race::isSprintWeekend);
        List<EntryRow> rows = new ArrayList<>();
        if (round == null) {
            rows.addAll(JolpicaData.seasonResults(run, year));
            rows.addAll(JolpicaData.seasonQualifying(run, year));
            if (sprints) {
                rows.addAll(JolpicaData.seasonSprint(run, year));
            }
        } else if (race.isPresent()) {
            rows.addAll(JolpicaData.results(run, race.get()));
            rows.addAll(JolpicaData.qualifying(run, race.get()));
            if (race.get().isSprintWeekend()) {
                rows.addAll(JolpicaData.sprint(run, race.get()));
            }
        } else {
            RaceKey key = RaceKey.of(year, round);
            rows.addAll(run.sources.jolpica().results(key));
            rows.addAll(run.sources.jolpica().qualifying(key));
        }
        SeasonRoster roster;
        if (rows.isEmpty()) {
            roster = run.sources.jolpica().entryList(year);
            if (roster.entries().isEmpty()) {
                throw new DataNotAvailableException("sync_season " + year + ": Jolpica has neither results nor an"
                        + " entry list for " + year + " yet; nothing was written, retry later");
            }
            run.note("no " + (round == null ? "" : "round " + round + " ") + "results yet: entry list from the"
                    + " teams' registered drivers (reserves included)");
        } else {
            roster = SeasonRoster.fromRows(year, rows);
        }
        List<SeasonEntry> changed = merge(ctx.storage().catalog().seasonEntries(year), roster.entries());
        boolean newSeason = ctx.storage().catalog().season(year).isEmpty();
        ctx.storage().useTransaction(tx -> {
            if (newSeason) {
                tx.catalog().upsertSeasons(List.of(Season.of(year)));
            }
            tx.catalog().upsertConstructors(roster.constructors());
            tx.catalog().upsertDrivers(roster.drivers());
            tx.catalog().upsertSeasonEntries(changed);
        });
        if (newSeason) {
            run.wrote("seasons", 1);
        }
        run.wrote("constructors", roster.constructors().size());
        run.wrote("drivers", roster.drivers().size());
        run.wrote("season_entries", changed.size());
        return run.outcome();
    }

    /** The entries that are new or gain information, merged with what is stored. */
    static List<SeasonEntry> merge(List<SeasonEntry> stored, List<SeasonEntry> incoming) {
        Map<List<Object>, SeasonEntry> byPair = new LinkedHashMap<>();
        stored.forEach(e -> byPair.put(List.of(e.driver(), e.constructor()), e));
        List<SeasonEntry> changed = new ArrayList<>();
        Map<List<Object>, SeasonEntry> merged = new LinkedHashMap<>();
        for (SeasonEntry e : incoming) {
            List<Object> key = List.of(e.driver(), e.constructor());
            SeasonEntry before = merged.containsKey(key) ? merged.get(key) : byPair.get(key);
            SeasonEntry after = before == null ? e : combine(before, e);
            merged.put(key, after);
        }
        merged.forEach((key, e) -> {
            if (!Objects.equals(byPair.get(key), e)) {
                changed.add(e);
            }
        });
        return changed;
    }

    /** The earlier known first round wins; a car number, once known, is kept. */
    private static SeasonEntry combine(SeasonEntry a, SeasonEntry b) {
        SeasonEntry first;
        if (a.firstRound() == null) {
            first = b.firstRound() == null ? a : b;
        } else {
            first = b.firstRound() != null && b.firstRound() < a.firstRound() ? b : a;
        }
        SeasonEntry other = first == a ? b : a;
        Integer number = first.carNumber() != null ? first.carNumber() : other.carNumber();
        return new SeasonEntry(first.season(), first.driver(), first.constructor(), number, first.firstRound());
    }
}
