package org.f1pipeline.storage.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.InputVersion;

/**
 * Input versions partitioned by season (keyed by round and kind), the database-wide greatest version in a
 * one-row table, and derived records partitioned by season.
 */
final class MemoryInputs implements InputStore {

    /** Key of an input inside its season: round, then kind by name (the SQL adapters' order). */
    record InputKey(int round, String kind) implements Comparable<InputKey> {
        @Override
        public int compareTo(InputKey o) {
            return Comparator.comparingInt(InputKey::round).thenComparing(InputKey::kind).compare(this, o);
        }
    }

    /** Key of a derived record inside its season. */
    record DerivedKey(int round, String kind, String model, Instant computedAt) implements Comparable<DerivedKey> {
        @Override
        public int compareTo(DerivedKey o) {
            return Comparator.comparingInt(DerivedKey::round).thenComparing(DerivedKey::kind)
                    .thenComparing(DerivedKey::model).thenComparing(DerivedKey::computedAt).compare(this, o);
        }
    }

    static final Slot<Integer, InputKey, InputVersion> INPUTS = Slot.partitioned("input versions",
            Comparator.<Integer>naturalOrder(), Comparator.<InputKey>naturalOrder());
    static final Slot<Slot.All, String, Long> LATEST = Slot.flat("latest input version",
            Comparator.<String>naturalOrder());
    static final Slot<Integer, DerivedKey, DerivedVersion> DERIVED = Slot.partitioned("derived versions",
            Comparator.<Integer>naturalOrder(), Comparator.<DerivedKey>naturalOrder());

    private final MemoryTransaction tx;

    MemoryInputs(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public boolean touch(RaceKey race, InputKind kind, long digest) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(kind, "kind");
        World world = tx.world();
        Refs.race(world, "record input version", race);
        InputKey key = new InputKey(race.round(), kind.name());
        InputVersion recorded = world.read(INPUTS).rows(race.season()).get(key);
        if (digest != UNKNOWN_DIGEST && recorded != null && recorded.digest() == digest) {
            return false;
        }
        long next = world.read(LATEST).rows(Slot.All.ROWS).getOrDefault("", 0L) + 1;
        world.write(LATEST).write(Slot.All.ROWS).put("", next);
        world.write(INPUTS).write(race.season()).put(key, new InputVersion(race, kind, digest, next));
        return true;
    }

    /** The digest recorded for the race's input of {@code kind}, or null when none is. */
    Long recordedDigest(RaceKey race, InputKind kind) {
        InputVersion recorded = tx.world().read(INPUTS).rows(race.season()).get(new InputKey(race.round(),
                kind.name()));
        return recorded == null ? null : recorded.digest();
    }

    @Override
    public List<InputVersion> inputVersions(int fromSeason, int toSeason) {
        List<InputVersion> out = new ArrayList<>();
        if (fromSeason <= toSeason) {
            tx.world().read(INPUTS).between(fromSeason, toSeason).values().forEach(p -> out.addAll(p.values()));
        }
        return List.copyOf(out);
    }

    @Override
    public void recordDerived(Collection<DerivedVersion> rows) {
        List<DerivedVersion> checked = Refs.rows(rows, "record derived versions");
        var table = tx.world().write(DERIVED);
        for (DerivedVersion r : checked) {
            NavigableMap<DerivedKey, DerivedVersion> season = table.write(r.season());
            if (!r.kind().versioned()) {
                season.keySet().removeIf(k -> k.round() == r.round() && k.kind().equals(r.kind().name())
                        && k.model().equals(r.modelVersion()));
            }
            season.put(new DerivedKey(r.round(), r.kind().name(), r.modelVersion(), r.computedAt()), r);
        }
    }

    @Override
    public List<DerivedVersion> derivedVersions(int fromSeason, int toSeason) {
        List<DerivedVersion> out = new ArrayList<>();
        if (fromSeason <= toSeason) {
            for (Map<DerivedKey, DerivedVersion> p : tx.world().read(DERIVED).between(fromSeason, toSeason).values()) {
                out.addAll(p.values());
            }
        }
        return List.copyOf(out);
    }
}
