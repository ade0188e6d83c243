package org.f1pipeline.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.InputDigest;
import org.f1pipeline.internal.LapSets;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.LapStore;

/**
 * Laps partitioned by (race, type) and keyed by (driver, lap), and FP2 long runs partitioned by race. A write
 * copies only the partitions it touches, so adding one race's laps to a store of 200k laps stays cheap.
 */
final class MemoryLaps implements LapStore {

    /** Partition key of the laps table. */
    record Session(RaceKey race, RaceType type) {
        static final Comparator<Session> ORDER = Comparator.comparing(Session::race).thenComparing(Session::type);
    }

    /** Row key of a lap inside its session. */
    record LapKey(DriverId driver, int lap) {
        static final Comparator<LapKey> ORDER = Comparator.comparing(LapKey::driver).thenComparingInt(LapKey::lap);
    }

    /** Row key of a long run inside its race. */
    record RunKey(DriverId driver, String compound) {
        static final Comparator<RunKey> ORDER = Comparator.comparing(RunKey::driver).thenComparing(RunKey::compound);
    }

    static final Slot<Session, LapKey, LapTime> LAPS = Slot.partitioned("laps", Session.ORDER, LapKey.ORDER);
    static final Slot<RaceKey, RunKey, LongRun> LONG_RUNS =
            Slot.partitioned("long runs", Comparator.<RaceKey>naturalOrder(), RunKey.ORDER);

    private final MemoryTransaction tx;

    MemoryLaps(MemoryTransaction tx) {
        this.tx = tx;
    }

    /** Skips the sessions whose recorded digest is that of the laps sent, like the SQL storages (D72). */
    @Override
    public void upsertLaps(Collection<LapTime> laps) {
        List<LapTime> rows = checkLaps("upsert laps", laps);
        Table<Session, LapKey, LapTime> table = null;
        for (LapSets.Group group : LapSets.of(rows)) {
            Long recorded = tx.inputs().recordedDigest(group.race(), group.kind());
            if (recorded != null && recorded == group.digest()) {
                continue;
            }
            if (table == null) {
                table = tx.world().write(LAPS);
            }
            NavigableMap<LapKey, LapTime> partition = table.write(new Session(group.race(), group.type()));
            group.laps().forEach(lap -> partition.put(new LapKey(lap.driver(), lap.lap()), lap));
            // The session holds exactly the laps sent when they are as many as its keys now (D72).
            tx.inputs().touch(group.race(), group.kind(), partition.size() == group.laps().size()
                    ? group.digest() : InputStore.UNKNOWN_DIGEST);
        }
    }

    @Override
    public void replaceLaps(RaceKey race, RaceType type, Collection<LapTime> laps) {
        String operation = "replace laps";
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        List<LapTime> rows = Refs.rows(laps, operation);
        for (LapTime lap : rows) {
            Refs.belongs(operation, "race", race, lap.race());
            Refs.belongs(operation, "type", type, lap.type());
        }
        checkLaps(operation, rows);
        Map<LapKey, LapTime> fresh = new HashMap<>();
        rows.forEach(lap -> fresh.put(new LapKey(lap.driver(), lap.lap()), lap));
        tx.world().write(LAPS).replace(new Session(race, type), fresh);
        tx.inputs().touch(race, InputKind.laps(type), InputDigest.ofLaps(rows));
    }

    @Override
    public List<LapTime> laps(RaceKey race, RaceType type) {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        return List.copyOf(tx.world().read(LAPS).rows(new Session(race, type)).values());
    }

    @Override
    public List<LapTime> laps(Collection<RaceKey> races, RaceType type) {
        Checks.notNull(type, "type");
        Table<Session, LapKey, LapTime> table = tx.world().read(LAPS);
        List<LapTime> out = new ArrayList<>();
        for (RaceKey race : new TreeSet<>(Refs.rows(races, "read laps"))) {
            out.addAll(table.rows(new Session(race, type)).values());
        }
        return List.copyOf(out);
    }

    /**
     * Computed from the laps on every read: in memory the laps are already records, so summarising them costs
     * what keeping a second table up to date would, and cannot drift from them.
     */
    @Override
    public List<LapSummary> lapSummaries(Collection<RaceKey> races) {
        return List.copyOf(LapSummary.of(laps(races, RaceType.GRAND_PRIX)));
    }

    @Override
    public int lapCount(RaceKey race, RaceType type) {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        return tx.world().read(LAPS).rows(new Session(race, type)).size();
    }

    @Override
    public void upsertLongRuns(Collection<LongRun> runs) {
        List<LongRun> rows = checkRuns("upsert long runs", runs);
        Table<RaceKey, RunKey, LongRun> table = tx.world().write(LONG_RUNS);
        rows.forEach(run -> table.write(run.race()).put(new RunKey(run.driver(), run.compound()), run));
        InputDigest.touchUpserted(tx.inputs(), rows, LongRun::race, r -> InputKind.LONG_RUNS);
    }

    @Override
    public void replaceLongRuns(RaceKey race, Collection<LongRun> runs) {
        String operation = "replace long runs";
        Checks.notNull(race, "race");
        List<LongRun> rows = Refs.rows(runs, operation);
        rows.forEach(run -> Refs.belongs(operation, "race", race, run.race()));
        checkRuns(operation, rows);
        Map<RunKey, LongRun> fresh = new HashMap<>();
        rows.forEach(run -> fresh.put(new RunKey(run.driver(), run.compound()), run));
        tx.world().write(LONG_RUNS).replace(race, fresh);
        tx.inputs().touch(race, InputKind.LONG_RUNS, InputDigest.of(rows));
    }

    @Override
    public List<LongRun> longRuns(RaceKey race) {
        Checks.notNull(race, "race");
        return List.copyOf(tx.world().read(LONG_RUNS).rows(race).values());
    }

    @Override
    public List<LongRun> longRuns(Collection<RaceKey> races) {
        Table<RaceKey, RunKey, LongRun> table = tx.world().read(LONG_RUNS);
        List<LongRun> out = new ArrayList<>();
        for (RaceKey race : new TreeSet<>(Refs.rows(races, "read long runs"))) {
            out.addAll(table.rows(race).values());
        }
        return List.copyOf(out);
    }

    private List<LapTime> checkLaps(String operation, Collection<LapTime> laps) {
        List<LapTime> rows = Refs.rows(laps, operation);
        World world = tx.world();
        // Laps come in hundreds per driver: check each parent once, not once per lap.
        RaceKey lastRace = null;
        DriverId lastDriver = null;
        for (LapTime lap : rows) {
            if (!lap.race().equals(lastRace)) {
                Refs.race(world, operation, lap.race());
                lastRace = lap.race();
            }
            if (!lap.driver().equals(lastDriver)) {
                Refs.driver(world, operation, lap.driver());
                lastDriver = lap.driver();
            }
        }
        return rows;
    }

    private List<LongRun> checkRuns(String operation, Collection<LongRun> runs) {
        List<LongRun> rows = Refs.rows(runs, operation);
        World world = tx.world();
        for (LongRun run : rows) {
            Refs.race(world, operation, run.race());
            Refs.driver(world, operation, run.driver());
        }
        return rows;
    }
}
