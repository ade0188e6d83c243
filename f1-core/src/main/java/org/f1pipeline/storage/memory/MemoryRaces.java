package org.f1pipeline.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.InputDigest;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.RaceStore;

/** Race weekends (partitioned by season, keyed by round) and their observed conditions. */
final class MemoryRaces implements RaceStore {

    static final Slot<Integer, Integer, Race> RACES =
            Slot.partitioned("races", Comparator.<Integer>naturalOrder(), Comparator.<Integer>naturalOrder());
    static final Slot<RaceKey, RaceType, RaceConditions> CONDITIONS =
            Slot.partitioned("conditions", Comparator.<RaceKey>naturalOrder(), Comparator.<RaceType>naturalOrder());

    private final MemoryTransaction tx;

    MemoryRaces(MemoryTransaction tx) {
        this.tx = tx;
    }

    /** The stored race, or null. */
    static Race find(World world, RaceKey key) {
        return world.read(RACES).rows(key.season()).get(key.round());
    }

    @Override
    public void upsertRaces(Collection<Race> races) {
        String operation = "upsert races";
        List<Race> rows = Refs.rows(races, operation);
        World world = tx.world();
        for (Race race : rows) {
            Refs.season(world, operation, race.key().season());
            Refs.circuit(world, operation, race.circuit());
        }
        Table<Integer, Integer, Race> table = world.write(RACES);
        for (Race race : rows) {
            NavigableMap<Integer, Race> season = table.write(race.key().season());
            Race stored = season.get(race.key().round());
            // Exclude-on-update: re-syncing the schedule overwrites everything but the progress.
            season.put(race.key().round(), stored == null ? race : race.withStatus(stored.status()));
        }
    }

    @Override
    public Optional<Race> race(RaceKey key) {
        Checks.notNull(key, "key");
        return Optional.ofNullable(find(tx.world(), key));
    }

    @Override
    public List<Race> races(int season) {
        return List.copyOf(tx.world().read(RACES).rows(season).values());
    }

    @Override
    public List<Race> races(int fromSeason, int toSeason) {
        List<Race> out = new ArrayList<>();
        Ranges.years(tx.world().read(RACES), fromSeason, toSeason).values()
                .forEach(season -> out.addAll(season.values()));
        return List.copyOf(out);
    }

    @Override
    public boolean transitionStatus(RaceKey key, Set<RaceStatus> from, RaceStatus to) {
        String operation = "transition status";
        Checks.notNull(key, "key");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Race race = Refs.race(tx.world(), operation, key);
        if (!from.contains(race.status())) {
            return false;
        }
        store(race.withStatus(to));
        return true;
    }

    @Override
    public void setStatus(RaceKey key, RaceStatus status) {
        Checks.notNull(key, "key");
        Checks.notNull(status, "status");
        store(Refs.race(tx.world(), "set status", key).withStatus(status));
    }

    private void store(Race race) {
        tx.world().write(RACES).write(race.key().season()).put(race.key().round(), race);
    }

    @Override
    public void upsertConditions(Collection<RaceConditions> conditions) {
        String operation = "upsert conditions";
        List<RaceConditions> rows = Refs.rows(conditions, operation);
        World world = tx.world();
        rows.forEach(row -> Refs.race(world, operation, row.race()));
        Table<RaceKey, RaceType, RaceConditions> table = world.write(CONDITIONS);
        rows.forEach(row -> table.write(row.race()).put(row.type(), row));
        rows.forEach(row -> tx.inputs().touch(row.race(), InputKind.conditions(row.type()),
                InputDigest.of(List.of(row))));
    }

    @Override
    public Optional<RaceConditions> conditions(RaceKey key, RaceType type) {
        Checks.notNull(key, "key");
        Checks.notNull(type, "type");
        return Optional.ofNullable(tx.world().read(CONDITIONS).rows(key).get(type));
    }

    @Override
    public List<RaceConditions> conditions(int fromSeason, int toSeason) {
        List<RaceConditions> out = new ArrayList<>();
        Ranges.seasons(tx.world().read(CONDITIONS), fromSeason, toSeason).values()
                .forEach(race -> out.addAll(race.values()));
        return List.copyOf(out);
    }
}
