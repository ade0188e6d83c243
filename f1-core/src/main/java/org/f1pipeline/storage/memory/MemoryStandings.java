package org.f1pipeline.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalInt;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.StandingsStore;

/** Championship standings and shared-drive rows, partitioned by season. */
final class MemoryStandings implements StandingsStore {

    /** A line's key within its season: round, kind, then the driver's or team's id. */
    record LineKey(int round, StandingsKind kind, String id) {
    }

    /** An other-car row's key within its season. */
    record SharedKey(int round, RaceType type, String driver, int order) {
    }

    static final Slot<Integer, LineKey, Standing> LINES = Slot.partitioned("standings",
            Comparator.<Integer>naturalOrder(), Comparator.comparingInt(LineKey::round)
                    .thenComparing(LineKey::kind).thenComparing(LineKey::id));
    static final Slot<Integer, SharedKey, RaceResult> SHARED = Slot.partitioned("shared drives",
            Comparator.<Integer>naturalOrder(), Comparator.comparingInt(SharedKey::round)
                    .thenComparing(SharedKey::type).thenComparing(SharedKey::driver)
                    .thenComparingInt(SharedKey::order));

    private final MemoryTransaction tx;

    MemoryStandings(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void replaceFrom(int season, int fromRound, Collection<Standing> rows) {
        String operation = "replace standings";
        List<Standing> checked = Refs.rows(rows, operation);
        World world = tx.world();
        for (Standing s : checked) {
            if (s.season() != season || s.round() < fromRound) {
                throw new IllegalArgumentException(operation + ": every row must be of season " + season
                        + " from round " + fromRound + ", found a row of " + s.season() + " round " + s.round());
            }
        }
        for (Standing s : checked) {
            Refs.race(world, operation, RaceKey.of(s.season(), s.round()));
            Refs.constructor(world, operation, s.constructor());
            if (s.driver() != null) {
                Refs.driver(world, operation, s.driver());
            }
        }
        Table<Integer, LineKey, Standing> table = world.write(LINES);
        NavigableMap<LineKey, Standing> lines = table.write(season);
        lines.keySet().removeIf(k -> k.round() >= fromRound);
        checked.forEach(s -> lines.put(key(s), s));
        table.prune(season);
    }

    private static LineKey key(Standing s) {
        return new LineKey(s.round(), s.kind(), s.driver() != null ? s.driver().value() : s.constructor().value());
    }

    @Override
    public List<Standing> after(int season, int round, StandingsKind kind) {
        List<Standing> out = new ArrayList<>();
        tx.world().read(LINES).rows(season).forEach((k, s) -> {
            if (k.round() == round && k.kind() == kind) {
                out.add(s);
            }
        });
        out.sort(Comparator.comparingInt(Standing::position).thenComparing(s -> key(s).id()));
        return List.copyOf(out);
    }

    @Override
    public OptionalInt lastRound(int season) {
        return tx.world().read(LINES).rows(season).keySet().stream()
                .filter(k -> k.kind() == StandingsKind.DRIVERS).mapToInt(LineKey::round).max();
    }

    @Override
    public void replaceSharedDrives(RaceKey race, RaceType type, Collection<RaceResult> rows) {
        String operation = "replace shared drives";
        List<RaceResult> checked = Refs.rows(rows, operation);
        World world = tx.world();
        for (RaceResult r : checked) {
            Refs.belongs(operation, "race", race, r.race());
            Refs.belongs(operation, "type", type, r.type());
            if (r.positionOrder() == null) {
                throw new IllegalArgumentException(operation + ": every row needs a classification order, " + r);
            }
        }
        Refs.race(world, operation, race);
        for (RaceResult r : checked) {
            Refs.driver(world, operation, r.driver());
            Refs.constructor(world, operation, r.constructor());
        }
        Table<Integer, SharedKey, RaceResult> table = world.write(SHARED);
        NavigableMap<SharedKey, RaceResult> season = table.write(race.season());
        season.keySet().removeIf(k -> k.round() == race.round() && k.type() == type);
        checked.forEach(r -> season.put(new SharedKey(r.race().round(), r.type(), r.driver().value(),
                r.positionOrder()), r));
        table.prune(race.season());
    }

    @Override
    public List<RaceResult> sharedDrives(int season) {
        return List.copyOf(tx.world().read(SHARED).rows(season).values());
    }
}
