package org.f1pipeline.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.PitStopStore;

/** Pit stops partitioned by race and keyed by (driver, stop). */
final class MemoryPitStops implements PitStopStore {

    /** Row key of a pit stop inside its race. */
    record StopKey(DriverId driver, int stop) {
        static final Comparator<StopKey> ORDER = Comparator.comparing(StopKey::driver)
                .thenComparingInt(StopKey::stop);
    }

    static final Slot<RaceKey, StopKey, PitStop> PIT_STOPS =
            Slot.partitioned("pit stops", Comparator.<RaceKey>naturalOrder(), StopKey.ORDER);

    private final MemoryTransaction tx;

    MemoryPitStops(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void upsertPitStops(Collection<PitStop> stops) {
        List<PitStop> rows = check("upsert pit stops", stops);
        Table<RaceKey, StopKey, PitStop> table = tx.world().write(PIT_STOPS);
        rows.forEach(s -> table.write(s.race()).put(new StopKey(s.driver(), s.stop()), s));
    }

    @Override
    public void replacePitStops(RaceKey race, Collection<PitStop> stops) {
        String operation = "replace pit stops";
        Checks.notNull(race, "race");
        List<PitStop> rows = Refs.rows(stops, operation);
        rows.forEach(s -> Refs.belongs(operation, "race", race, s.race()));
        check(operation, rows);
        Map<StopKey, PitStop> fresh = new HashMap<>();
        rows.forEach(s -> fresh.put(new StopKey(s.driver(), s.stop()), s));
        tx.world().write(PIT_STOPS).replace(race, fresh);
    }

    @Override
    public List<PitStop> pitStops(RaceKey race) {
        Checks.notNull(race, "race");
        return List.copyOf(tx.world().read(PIT_STOPS).rows(race).values());
    }

    @Override
    public List<PitStop> pitStops(int fromSeason, int toSeason) {
        List<PitStop> out = new ArrayList<>();
        Ranges.seasons(tx.world().read(PIT_STOPS), fromSeason, toSeason).values().forEach(p -> out.addAll(p.values()));
        return List.copyOf(out);
    }

    @Override
    public int pitStopCount(RaceKey race) {
        Checks.notNull(race, "race");
        return tx.world().read(PIT_STOPS).rows(race).size();
    }

    private List<PitStop> check(String operation, Collection<PitStop> stops) {
        List<PitStop> rows = Refs.rows(stops, operation);
        World world = tx.world();
        for (PitStop stop : rows) {
            Refs.race(world, operation, stop.race());
            Refs.driver(world, operation, stop.driver());
        }
        return rows;
    }
}
