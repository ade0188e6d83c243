package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.InputDigest;
import org.f1pipeline.internal.LapSets;
import org.f1pipeline.internal.PhaseTimes;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.LapStore;

/** {@link LapStore} over the {@code laps} and {@code long_runs} tables. */
final class JdbcLapStore implements LapStore {

    private static final List<String> LAP_KEY = Sql.columns("season, round, race_type, driver_id, lap");
    private static final List<String> LAP = Sql.columns("season, round, race_type, driver_id, lap, lap_time_ms,"
            + " sector1_ms, sector2_ms, sector3_ms, speed_trap_kph, compound, tyre_life, fresh_tyre, pit_in, pit_out,"
            + " stint, track_status, position");
    /** Every lap value is bound with its column's exact type, so the bulk path may send them in binary. */
    private static final Sql.Upsert LAP_UPSERT = Sql.upsert("laps", LAP_KEY, LAP).withBinaryCopy();
    private static final List<InputKind> LAP_KINDS = List.of(InputKind.LAPS, InputKind.SPRINT_LAPS);
    private static final List<String> LONG_RUN_KEY = Sql.columns("season, round, driver_id, compound");
    private static final List<String> LONG_RUN = Sql.columns("season, round, driver_id, compound, median_lap_ms,"
            + " stint_length, best_lap_ms");
    /** From this many laps written, the summaries and digests are computed on a thread of their own. */
    private static final int BACKGROUND_MIN_LAPS = 20_000;
    /** Races per bulk long-run query: 2 parameters each, far below every engine's parameter limit. */
    private static final int RACES_PER_QUERY = 400;

    private final JdbcSession session;
    private final JdbcInputStore inputs;
    private final JdbcLapSummaries summaries;

    JdbcLapStore(JdbcSession session) {
        this.session = session;
        this.inputs = new JdbcInputStore(session);
        this.summaries = new JdbcLapSummaries(session);
    }

    /**
     * Per session (race and type) of the call: when the session's recorded digest is the digest of the laps sent,
     * the stored laps are exactly those (every lap write records the digest of the complete stored set, or the
     * unknown digest), so nothing is sent and no version recorded (decision D72). The other sessions are written
     * in one upsert, and recorded with their digest when the session now holds exactly the laps sent (it held
     * none, or a count after the write says the call covered all it held), else with the unknown digest. Only
     * sessions without a recorded version are counted before the write (usually none are stored: a first load);
     * the others are counted after it. The lap summaries of every grand prix written are rewritten in the same
     * transaction: computed from the laps sent when the race now holds exactly those, else from its laps read back.
     */
    @Override
    public void upsertLaps(Collection<LapTime> laps) {
        String operation = "upsert laps";
        verifyLaps(operation, Objects.requireNonNull(laps, "laps"));
        PhaseTimes.mark("parents");
        List<LapSets.Group> sessions = LapSets.of(laps);
        if (sessions.isEmpty()) {
            writeLaps(operation, laps, true); // writes nothing, but fails like any call on an ended transaction
            return;
        }
        int from = sessions.stream().mapToInt(g -> g.race().season()).min().orElseThrow();
        int to = sessions.stream().mapToInt(g -> g.race().season()).max().orElseThrow();
        Map<List<Object>, Long> recorded = inputs.digests(operation, from, to, LAP_KINDS);
        // A session without a recorded version is written whatever its digest, which is computed later (in the
        // background for a large load).
        List<LapSets.Group> changed = sessions.stream().filter(g -> {
            Long digest = recorded.get(List.of(g.race(), g.kind()));
            return digest == null || digest != g.digest();
        }).toList();
        PhaseTimes.mark("digests");
        if (changed.isEmpty()) {
            return;
        }
        // Sessions with a recorded version hold laps (or held some): they need a count after the write. The others
        // (a first load) are counted before it, which is free on an empty table, and need none after when empty.
        List<LapSets.Group> unrecorded = changed.stream()
                .filter(g -> !recorded.containsKey(List.of(g.race(), g.kind()))).toList();
        Map<List<Object>, Integer> before = unrecorded.isEmpty() ? new HashMap<>()
                : lapCounts(operation, unrecorded);
        for (LapSets.Group g : changed) {
            if (recorded.containsKey(List.of(g.race(), g.kind()))) {
                before.put(List.of(g.race(), g.type()), -1);
            }
        }
        PhaseTimes.mark("counts before");
        boolean distinct = changed.stream().allMatch(LapSets.Group::distinct);
        List<LapTime> ordered = LapSets.inKeyOrder(changed);
        PhaseTimes.mark("key order");
        // The summaries of every grand prix written are rewritten; skipped sessions keep theirs (their laps did not
        // change). Those of races that held no laps are computed from the laps sent, with the digests, while the
        // database loads the laps.
        JdbcLapSummaries.Written written = JdbcLapSummaries.Written.of(changed,
                g -> g.distinct() && before.getOrDefault(List.of(g.race(), g.type()), 0) == 0);
        Background<List<LapSummary>> freshSummaries = Background.of("f1-lap-summaries",
                ordered.size() >= BACKGROUND_MIN_LAPS, () -> {
                    changed.forEach(LapSets.Group::digest);
                    return LapSummary.of(written.freshLaps());
                });
        writeLaps(operation, ordered, distinct, freshSummaries::fork);
        List<LapSummary> computed = freshSummaries.join(operation);
        PhaseTimes.mark("summaries: wait for their computation");
        List<LapSets.Group> recount = changed.stream()
                .filter(g -> g.distinct() && before.getOrDefault(List.of(g.race(), g.type()), 0) != 0).toList();
        Map<List<Object>, Integer> after = recount.isEmpty() ? Map.of() : lapCounts(operation, recount);
        List<JdbcInputStore.Touch> touches = new ArrayList<>(changed.size());
        // Grands prix that held laps and now hold exactly the laps sent: their summaries come from those laps.
        List<LapTime> heldSent = new ArrayList<>();
        Set<RaceKey> heldRead = new TreeSet<>(written.readBack());
        for (LapSets.Group g : changed) {
            List<Object> key = List.of(g.race(), g.type());
            boolean complete = g.distinct() && (before.getOrDefault(key, 0) == 0
                    || after.getOrDefault(key, 0) == g.laps().size());
            touches.add(new JdbcInputStore.Touch(g.race(), g.kind(),
                    complete ? g.digest() : InputStore.UNKNOWN_DIGEST));
            if (complete && g.type() == RaceType.GRAND_PRIX && heldRead.remove(g.race())) {
                heldSent.addAll(g.laps());
            }
        }
        inputs.touchAll(touches, recorded);
        PhaseTimes.mark("input versions");
        summaries.replace(operation, written.fresh(), computed);
        if (!written.readBack().isEmpty()) {
            // Every lap column is upserted, so a session whose count after the write equals the distinct laps sent
            // holds those laps as sent: only the others (the call sent part of what they hold) are read back.
            if (!heldRead.isEmpty()) {
                heldSent.addAll(laps(heldRead, RaceType.GRAND_PRIX));
            }
            summaries.replace(operation, written.readBack(), LapSummary.of(heldSent));
        }
        PhaseTimes.mark("summaries: other");
    }

    /**
     * Stored laps per session, keyed by {@code List.of(race, type)} (absent: none): one grouped count per season,
     * {@code season = ? AND round IN (...)}, primary-key ranges in both engines.
     */
    private Map<List<Object>, Integer> lapCounts(String operation, List<LapSets.Group> sessions) {
        Map<List<Object>, Integer> counts = new HashMap<>();
        TreeMap<Integer, Set<Integer>> rounds = new TreeMap<>();
        sessions.forEach(g -> rounds.computeIfAbsent(g.race().season(), k -> new TreeSet<>()).add(g.race().round()));
        // A first load finds no laps in its seasons: one probe instead of a count per season (30 for 1996-2025).
        if (rounds.size() > 1 && !session.anyInSeasons(operation, "laps", rounds.firstKey(), rounds.lastKey())) {
            return counts;
        }
        for (Map.Entry<Integer, Set<Integer>> season : rounds.entrySet()) {
            session.query(operation, "SELECT season, round, race_type, COUNT(*) AS n FROM laps WHERE season = ? AND"
                    + " round IN (" + String.join(", ", Collections.nCopies(season.getValue().size(), "?"))
                    + ") GROUP BY season, round, race_type", p -> {
                        p.integer(season.getKey());
                        for (int round : season.getValue()) {
                            p.integer(round);
                        }
                    }, r -> List.of(r.race(), r.text("race_type"), r.intValue("n")))
                    .forEach(row -> counts.put(List.of(row.get(0), RaceType.valueOf(((String) row.get(1))
                            .toUpperCase(Locale.ROOT))), (Integer) row.get(2)));
        }
        return counts;
    }

    @Override
    public void replaceLaps(RaceKey race, RaceType type, Collection<LapTime> laps) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(laps, "laps");
        for (LapTime lap : laps) {
            Sql.belongs(lap.race().equals(race) && lap.type() == type, "laps", lap, type + " laps of race " + race);
        }
        verifyLaps("replace laps", laps);
        session.update("replace laps", "DELETE FROM laps WHERE season = ? AND round = ? AND race_type = ?",
                p -> p.race(race).type(type));
        writeLaps("replace laps", laps, false);
        inputs.touch(race, InputKind.laps(type), InputDigest.ofLaps(laps));
        if (type == RaceType.GRAND_PRIX) {
            summaries.replace("replace laps", List.of(race), LapSummary.of(laps));
        }
    }

    private void verifyLaps(String operation, Collection<LapTime> laps) {
        Parents parents = new Parents();
        for (LapTime lap : laps) {
            parents.race(lap.race()).driver(lap.driver());
        }
        parents.verify(session, operation);
    }

    private void writeLaps(String operation, Collection<LapTime> laps, boolean distinct) {
        writeLaps(operation, laps, distinct, () -> { });
    }

    /**
     * Upserts the laps; {@code distinct}: no two share a key, so the grouping by key can be skipped;
     * {@code whileWaiting} as {@link JdbcSession#upsert(String, Sql.Upsert, Collection, java.util.function.Function,
     * JdbcSession.RowBinder, Runnable)} takes it.
     */
    private void writeLaps(String operation, Collection<LapTime> laps, boolean distinct, Runnable whileWaiting) {
        session.upsert(operation, LAP_UPSERT, laps,
                distinct ? null : l -> List.of(l.race(), l.type(), l.driver(), l.lap()),
                (p, l) -> p.race(l.race()).type(l.type()).text(l.driver().value()).integer(l.lap())
                        .integer(l.lapTimeMs()).integer(l.sector1Ms()).integer(l.sector2Ms()).integer(l.sector3Ms())
                        .real(l.speedTrapKph()).text(l.compound()).integer(l.tyreLife()).bool(l.freshTyre())
                        .bool(l.pitIn()).bool(l.pitOut()).integer(l.stint()).text(l.trackStatus())
                        .integer(l.position()), whileWaiting);
    }

    @Override
    public List<LapTime> laps(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        return laps(List.of(race), type);
    }

    @Override
    public List<LapTime> laps(Collection<RaceKey> races, RaceType type) {
        Objects.requireNonNull(type, "type");
        List<LapTime> result = new ArrayList<>();
        LapReader reader = null;
        for (Map.Entry<Integer, List<Integer>> season : JdbcLapSummaries.roundsBySeason(
                Objects.requireNonNull(races, "races")).entrySet()) {
            List<Integer> rounds = season.getValue();
            reader = reader == null ? LapReader.first(season.getKey(), type, session.dialect())
                    : reader.next(season.getKey());
            int from = result.size();
            session.queryIntoByColumn("read laps", LapReader.select(rounds.size()), p -> {
                p.integer(season.getKey()).type(type);
                for (int round : rounds) {
                    p.integer(round);
                }
            }, reader, result);
            if (reader.unordered()) {
                result.subList(from, result.size()).sort(LapReader.ORDER);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public List<LapSummary> lapSummaries(Collection<RaceKey> races) {
        return summaries.read(Objects.requireNonNull(races, "races"));
    }

    @Override
    public int lapCount(RaceKey race, RaceType type) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(type, "type");
        return session.queryOne("count laps", "SELECT COUNT(*) AS n FROM laps WHERE season = ? AND round = ?"
                + " AND race_type = ?", p -> p.race(race).type(type), r -> r.intValue("n")).orElse(0);
    }

    @Override
    public void upsertLongRuns(Collection<LongRun> runs) {
        verifyLongRuns("upsert long runs", Objects.requireNonNull(runs, "runs"));
        writeLongRuns("upsert long runs", runs);
        InputDigest.touchUpserted(inputs, runs, LongRun::race, r -> InputKind.LONG_RUNS);
    }

    @Override
    public void replaceLongRuns(RaceKey race, Collection<LongRun> runs) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(runs, "runs");
        for (LongRun run : runs) {
            Sql.belongs(run.race().equals(race), "runs", run, "race " + race);
        }
        verifyLongRuns("replace long runs", runs);
        session.update("replace long runs", "DELETE FROM long_runs WHERE season = ? AND round = ?", p -> p.race(race));
        writeLongRuns("replace long runs", runs);
        inputs.touch(race, InputKind.LONG_RUNS, InputDigest.of(runs));
    }

    private void verifyLongRuns(String operation, Collection<LongRun> runs) {
        Parents parents = new Parents();
        runs.forEach(r -> parents.race(r.race()).driver(r.driver()));
        parents.verify(session, operation);
    }

    private void writeLongRuns(String operation, Collection<LongRun> runs) {
        session.upsert(operation, Sql.upsert("long_runs", LONG_RUN_KEY, LONG_RUN), runs,
                r -> List.of(r.race(), r.driver(), r.compound()),
                (p, r) -> p.race(r.race()).text(r.driver().value()).text(r.compound()).integer(r.medianLapMs())
                        .integer(r.stintLength()).integer(r.bestLapMs()));
    }

    @Override
    public List<LongRun> longRuns(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return session.query("read long runs", Sql.select("long_runs", LONG_RUN)
                        + " WHERE season = ? AND round = ? ORDER BY driver_id, compound", p -> p.race(race),
                JdbcLapStore::longRun);
    }

    /**
     * One query per {@value #RACES_PER_QUERY} races with a row-value {@code IN (VALUES ...)}: SQLite scans
     * {@code long_runs} for it, which is cheap (FP2 long runs exist from 2023 only, a few thousand rows) and keeps
     * a read of decades of races to one or two statements.
     */
    @Override
    public List<LongRun> longRuns(Collection<RaceKey> races) {
        List<RaceKey> sorted = new ArrayList<>(new TreeSet<>(Objects.requireNonNull(races, "races")));
        List<LongRun> result = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += RACES_PER_QUERY) {
            List<RaceKey> chunk = sorted.subList(from, Math.min(sorted.size(), from + RACES_PER_QUERY));
            session.queryInto("read long runs", Sql.select("long_runs", LONG_RUN) + " WHERE (season, round) IN"
                    + " (VALUES " + "(?, ?), ".repeat(chunk.size() - 1) + "(?, ?))"
                    + " ORDER BY season, round, driver_id, compound", p -> {
                        for (RaceKey key : chunk) {
                            p.race(key);
                        }
                    }, JdbcLapStore::longRun, result);
        }
        return Collections.unmodifiableList(result);
    }

    private static LongRun longRun(Row r) throws SQLException {
        return new LongRun(r.race(), DriverId.of(r.text("driver_id")), r.text("compound"),
                r.intValue("median_lap_ms"), r.intValue("stint_length"), r.integer("best_lap_ms"));
    }
}
