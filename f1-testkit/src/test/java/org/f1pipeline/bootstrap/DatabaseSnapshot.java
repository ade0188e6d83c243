package org.f1pipeline.bootstrap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.Storage;

/**
 * Every table of a storage over a range of seasons, as sorted text rows per table (records print every field), so
 * two databases can be compared row by row with a readable difference. Input versions are compared by race, kind and
 * digest: their version numbers count writes in the order they happened, which differs between a backfill (job by
 * job) and a bootstrap (season by season) without meaning anything.
 */
final class DatabaseSnapshot {

    final Map<String, Set<String>> tables = new LinkedHashMap<>();

    static DatabaseSnapshot of(Storage s, int from, int to) {
        DatabaseSnapshot d = new DatabaseSnapshot();
        d.put("seasons", s.catalog().seasons().stream().filter(x -> x.year() >= from && x.year() <= to).toList());
        d.put("circuits", s.catalog().circuits());
        d.put("constructors", s.catalog().constructors());
        d.put("drivers", s.catalog().drivers());
        List<Object> entries = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            entries.addAll(s.catalog().seasonEntries(y));
        }
        d.put("season_entries", entries);
        List<Race> races = s.races().races(from, to);
        d.put("races", races);
        d.put("race_conditions", s.races().conditions(from, to));
        d.put("qualifying_results", s.results().qualifying(from, to));
        d.put("sprint_qualifying", s.results().sprintQualifying(from, to));
        d.put("race_results", s.results().raceResults(from, to, RaceType.GRAND_PRIX));
        d.put("sprint_results", s.results().raceResults(from, to, RaceType.SPRINT));
        List<RaceKey> keys = races.stream().map(Race::key).toList();
        d.put("laps", s.laps().laps(keys, RaceType.GRAND_PRIX));
        d.put("sprint_laps", s.laps().laps(keys, RaceType.SPRINT));
        d.put("long_runs", s.laps().longRuns(keys));
        d.put("pit_stops", s.pitStops().pitStops(from, to));
        d.put("data_notes", s.notes().notes(from, to));
        List<Object> standings = new ArrayList<>();
        List<Object> shared = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            for (Race r : s.races().races(y)) {
                for (StandingsKind k : StandingsKind.values()) {
                    standings.addAll(s.standings().after(y, r.key().round(), k));
                }
            }
            shared.addAll(s.standings().sharedDrives(y));
        }
        d.put("standings", standings);
        d.put("shared_drive_results", shared);
        d.put("input_versions", s.inputs().inputVersions(from, to).stream()
                .map(v -> v.race() + " " + v.kind() + " digest=" + v.digest()).toList());
        return d;
    }

    private void put(String table, Collection<?> rows) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(String.valueOf(r)));
        tables.put(table, out);
    }

    /** Drops tables or rows a comparison leaves out. */
    DatabaseSnapshot without(Predicate<String> table) {
        tables.keySet().removeIf(table);
        return this;
    }

    /** Empty when equal; else per table the rows only on one side (at most 10 each). */
    static String diff(DatabaseSnapshot api, DatabaseSnapshot dump) {
        StringBuilder b = new StringBuilder();
        Set<String> names = new TreeSet<>(api.tables.keySet());
        names.addAll(dump.tables.keySet());
        for (String t : names) {
            Set<String> a = api.tables.getOrDefault(t, Set.of());
            Set<String> d = dump.tables.getOrDefault(t, Set.of());
            List<String> onlyApi = a.stream().filter(x -> !d.contains(x)).toList();
            List<String> onlyDump = d.stream().filter(x -> !a.contains(x)).toList();
            if (onlyApi.isEmpty() && onlyDump.isEmpty()) {
                continue;
            }
            b.append("table ").append(t).append(": ").append(a.size()).append(" rows via the API, ").append(d.size())
                    .append(" via the dump\n");
            onlyApi.stream().limit(10).forEach(x -> b.append("  only API : ").append(x).append('\n'));
            onlyDump.stream().limit(10).forEach(x -> b.append("  only dump: ").append(x).append('\n'));
        }
        return b.toString();
    }

    /** Row counts per table, for the test's output. */
    String counts() {
        StringBuilder b = new StringBuilder();
        tables.forEach((t, rows) -> b.append(t).append('=').append(rows.size()).append(' '));
        return b.toString().trim();
    }
}
