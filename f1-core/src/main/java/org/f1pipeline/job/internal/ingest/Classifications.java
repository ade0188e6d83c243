package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.jolpica.QualifyingRow;
import org.f1pipeline.source.jolpica.ResultRow;
import org.f1pipeline.standings.internal.ChampionshipRules;

/**
 * Validates Jolpica classifications before anything is written, and merges Ergast's duplicate rows.
 *
 * <p><b>Not published yet, or published irregular.</b> While the session is recent (within the publication grace,
 * default 72 h after its scheduled start), an empty answer, one whose classified positions are not exactly 1..k,
 * and (from 2014, when every starter also gets a result row) one without a row for a stored qualifier are "not
 * published (completely) yet" ({@link org.f1pipeline.DataNotAvailableException}): the job writes nothing and can be
 * retried. After the grace the classification is what Jolpica publishes: it is stored as published, with a stored
 * {@link DataNote} per irregularity (positions left vacant after a disqualification, qualifiers who withdrew before
 * the start, shared drives); nothing is invented. An empty answer after the grace fails (exit 1) naming the cause.
 * No lap-count or time threshold is applied: a shortened race (Spa 2021) is complete (seed defect E3).
 *
 * <p><b>Shared drives.</b> In the 1950s a driver could appear twice in one race (two cars shared during the race).
 * The store keys rows by (race, driver), so the rows are merged deterministically: the best-classified row is kept
 * (classified before unclassified, then lower position, more laps, lower grid), its points become the driver's
 * points of the race by the season's shared-drive rule ({@link ChampionshipRules#sharedDrivePoints}: the sum of his
 * rows, Ergast splitting a shared car's points between them, except 1956-57, when only his best-placed car
 * counted), and the fastest-lap flag is kept if any row had it. A stored note names every merge. Qualifying
 * duplicates keep the best position.
 */
final class Classifications {

    private static final Comparator<RaceResult> BEST = Comparator
            .comparing((RaceResult r) -> r.finishPosition() == null ? Integer.MAX_VALUE : r.finishPosition())
            .thenComparing(r -> r.laps() == null ? 0 : -r.laps())
            .thenComparingInt(r -> r.grid() == 0 ? Integer.MAX_VALUE : r.grid());

    private Classifications() {
    }

    /**
     * Results of one race and type, on the roster, one row per driver. Within the publication grace, an empty or
     * partial classification is "not published yet"; after it, what Jolpica has is stored as published, with a note
     * for each irregularity (vacant positions, qualifiers without a race row, shared drives).
     */
    static List<RaceResult> results(IngestRun run, Race race, RaceType type, List<ResultRow> rows, Roster roster) {
        return results(run, race, type, rows, roster, () -> run.storage().results().qualifying(race.key()));
    }

    /**
     * As {@link #results(IngestRun, Race, RaceType, List, Roster)}, reading the race's stored qualifying through
     * {@code qualified} (the bootstrap reads it inside its season's transaction).
     */
    static List<RaceResult> results(IngestRun run, Race race, RaceType type, List<ResultRow> rows, Roster roster,
                                    java.util.function.Supplier<List<QualifyingResult>> qualified) {
        RaceKey key = race.key();
        SessionType session = type == RaceType.SPRINT ? SessionType.SPRINT : SessionType.RACE;
        String field = type == RaceType.SPRINT ? "sprint results" : "results";
        List<RaceResult> checked = checked(run, race, type, rows, roster);
        TreeSet<Integer> positions = new TreeSet<>();
        checked.forEach(r -> {
            if (r.finishPosition() != null) {
                positions.add(r.finishPosition());
            }
        });
        if (positions.isEmpty() || positions.first() != 1 || positions.last() != positions.size()) {
            if (run.recent(race, session)) {
                throw run.notYet(key, "Jolpica's " + field + " are partial (classified positions " + positions + ")");
            }
            run.dataNote(key, session, DataNote.Kind.VACANT_POSITIONS, vacancies(positions, checked.size()));
        }
        if (type == RaceType.GRAND_PRIX && key.season() >= 2014) {
            List<QualifyingResult> qualifiers = qualified.get();
            Set<DriverId> classified = new HashSet<>();
            checked.forEach(r -> classified.add(r.driver()));
            List<QualifyingResult> absent = qualifiers.stream().filter(q -> !classified.contains(q.driver()))
                    .sorted(Comparator.comparingInt(QualifyingResult::position)).toList();
            if (!absent.isEmpty()) {
                if (run.recent(race, session)) {
                    throw run.notYet(key, "Jolpica has " + rows.size() + " result rows but " + qualifiers.size()
                            + " drivers qualified; the results are partial");
                }
                run.dataNote(key, session, DataNote.Kind.NO_RACE_ROW, absent.size() + " of " + qualifiers.size()
                        + " qualifiers have no race row (withdrew or were withdrawn before the start; stored as"
                        + " published, no result invented): " + absent.stream().map(q -> q.driver().value() + " (P"
                        + q.position() + ")").reduce((a, b) -> a + ", " + b).orElse(""));
            }
        }
        return merge(run, key, session, field, checked, true);
    }

    /**
     * The race's rows as a source of its starting grid (for {@link #fromGrid}): on the roster, one row per driver,
     * without the completeness checks (a vacant finishing position does not change the grid).
     */
    static List<RaceResult> gridSource(IngestRun run, Race race, List<ResultRow> rows, Roster roster) {
        List<RaceResult> checked = checked(run, race, RaceType.GRAND_PRIX, rows, roster);
        return merge(run, race.key(), SessionType.RACE, "results", checked, false);
    }

    /** Non-empty (else "not published" or, after the grace, a failure), of this race and type, on the roster. */
    private static List<RaceResult> checked(IngestRun run, Race race, RaceType type, List<ResultRow> rows,
                                            Roster roster) {
        RaceKey key = race.key();
        String field = type == RaceType.SPRINT ? "sprint results" : "results";
        if (rows.isEmpty()) {
            throw run.missing(race, type == RaceType.SPRINT ? SessionType.SPRINT : SessionType.RACE,
                    "Jolpica has no " + field + " for " + race.name());
        }
        List<RaceResult> out = new ArrayList<>(rows.size());
        for (ResultRow row : rows) {
            RaceResult r = row.result();
            if (!r.race().equals(key) || r.type() != type) {
                throw run.fail(key + " " + field + ": Jolpica returned a row of " + r.race() + " " + r.type());
            }
            roster.check(key, field, r.driver(), r.constructor(), r.carNumber());
            out.add(r);
        }
        return out;
    }

    /** {@code classified positions 1-23 of 24 rows: 20, 21 vacant}. */
    private static String vacancies(TreeSet<Integer> positions, int rows) {
        if (positions.isEmpty()) {
            return "no car is classified among the " + rows + " rows; stored as published";
        }
        List<Integer> vacant = new ArrayList<>();
        for (int p = 1; p < positions.last(); p++) {
            if (!positions.contains(p)) {
                vacant.add(p);
            }
        }
        return "classified positions 1-" + positions.last() + " of " + rows + " rows with position"
                + (vacant.size() == 1 ? " " : "s ") + vacant.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("") + " vacant (not reassigned, e.g. after a"
                + " disqualification); stored as published";
    }

    private static List<RaceResult> merge(IngestRun run, RaceKey key, SessionType session, String field,
                                          List<RaceResult> rows, boolean noting) {
        Map<DriverId, List<RaceResult>> byDriver = new LinkedHashMap<>();
        rows.forEach(r -> byDriver.computeIfAbsent(r.driver(), d -> new ArrayList<>()).add(r));
        List<RaceResult> out = new ArrayList<>();
        byDriver.forEach((driver, list) -> {
            if (list.size() == 1) {
                out.add(list.get(0));
                return;
            }
            // Two cars have two classification places; the same place twice is one row sent twice (overlapping
            // pages), which merging would turn into doubled points.
            Set<Object> places = new HashSet<>();
            for (RaceResult r : list) {
                if (!places.add(r.positionOrder() != null ? r.positionOrder() : r)) {
                    throw run.fail(key + " " + field + ": Jolpica sent the row of " + driver.value() + " (position "
                            + r.positionText() + ", car " + r.carNumber() + ") twice: a repeated page, not a shared"
                            + " drive; nothing was written");
                }
            }
            RaceResult best = list.stream().min(BEST).orElseThrow();
            // 1950-55 a driver kept his share of every car he drove; 1956-57 only that of his best-placed car.
            double points = ChampionshipRules.sharedDrivePoints(key.season(), list, best);
            boolean fastest = list.stream().anyMatch(RaceResult::fastestLap);
            out.add(new RaceResult(best.race(), best.type(), best.driver(), best.constructor(), best.carNumber(),
                    best.finishPosition(), best.positionText(), best.grid(), points, best.status(),
                    best.totalTimeMs(), best.laps(), fastest, best.positionOrder()));
            if (!noting) {
                return;
            }
            run.dataNote(key, session, DataNote.Kind.SHARED_DRIVE, field + ": " + list.size() + " rows for "
                    + driver.value() + " (shared drive) merged: kept position " + best.positionText() + " (car " + best.carNumber()
                    + "), points " + points + " (" + ChampionshipRules.sharedDriveRule(key.season()) + ")");
        });
        return out;
    }

    /** Qualifying of one race: P1 present, on the roster, one row per driver. Empty input gives an empty list. */
    static List<QualifyingResult> qualifying(IngestRun run, Race race, List<QualifyingRow> rows, Roster roster) {
        RaceKey key = race.key();
        if (rows.isEmpty()) {
            return List.of();
        }
        for (QualifyingRow row : rows) {
            QualifyingResult q = row.result();
            if (!q.race().equals(key)) {
                throw run.fail(key + " qualifying: Jolpica returned a row of " + q.race());
            }
            roster.check(key, "qualifying", q.driver(), q.constructor(), q.carNumber());
        }
        if (rows.stream().noneMatch(r -> r.result().position() == 1)) {
            if (run.recent(race, SessionType.QUALIFYING)) {
                throw run.notYet(key, "Jolpica's qualifying is partial (no pole position)");
            }
            run.dataNote(key, SessionType.QUALIFYING, DataNote.Kind.IRREGULAR_QUALIFYING, "no row has position 1"
                    + " (positions " + rows.stream().map(r -> r.result().position()).sorted().toList()
                    + "); stored as published");
        }
        Map<DriverId, QualifyingResult> best = new LinkedHashMap<>();
        for (QualifyingRow row : rows) {
            QualifyingResult q = row.result();
            QualifyingResult kept = best.get(q.driver());
            if (kept != null) {
                run.note(key + " qualifying: 2 rows for " + q.driver().value() + " merged, kept position "
                        + Math.min(kept.position(), q.position()));
            }
            if (kept == null || q.position() < kept.position()) {
                best.put(q.driver(), q);
            }
        }
        return List.copyOf(best.values());
    }

    /**
     * Qualifying for a season Jolpica has none for (before 1994): the race's starting grid as the classification,
     * as the seed's legacy fallback did. Cars that started from the pit lane or did not start (grid 0) have no
     * qualifying position and are left out; times are null.
     */
    static List<QualifyingResult> fromGrid(List<RaceResult> results) {
        List<QualifyingResult> out = new ArrayList<>();
        results.stream().filter(r -> r.grid() > 0).sorted(Comparator.comparingInt(RaceResult::grid))
                .forEach(r -> {
                    if (out.stream().noneMatch(q -> q.position() == r.grid())) {
                        out.add(new QualifyingResult(r.race(), r.driver(), r.constructor(), r.carNumber(), r.grid(),
                                null, null, null, null, null, null, null));
                    }
                });
        return out;
    }
}
