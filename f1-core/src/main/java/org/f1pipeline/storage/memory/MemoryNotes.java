package org.f1pipeline.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.storage.NoteStore;

/** Notes on irregular published data, partitioned by season, keyed by round, session and order. */
final class MemoryNotes implements NoteStore {

    /** A note's key within its season. */
    record NoteKey(int round, SessionType session, int seq) {
    }

    static final Slot<Integer, NoteKey, DataNote> NOTES = Slot.partitioned("notes",
            Comparator.<Integer>naturalOrder(), Comparator.comparingInt(NoteKey::round)
                    .thenComparing(NoteKey::session).thenComparingInt(NoteKey::seq));

    private final MemoryTransaction tx;

    MemoryNotes(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void replaceNotes(RaceKey race, SessionType session, Collection<DataNote> notes) {
        String operation = "replace notes";
        List<DataNote> checked = Refs.rows(notes, operation);
        if (race == null || session == null) {
            throw new NullPointerException(operation + ": race and session must not be null");
        }
        for (DataNote n : checked) {
            Refs.belongs(operation, "race", race, n.race());
            Refs.belongs(operation, "session", session, n.session());
        }
        World world = tx.world();
        Refs.race(world, operation, race);
        Table<Integer, NoteKey, DataNote> table = world.write(NOTES);
        NavigableMap<NoteKey, DataNote> season = table.write(race.season());
        season.keySet().removeIf(k -> k.round() == race.round() && k.session() == session);
        for (int i = 0; i < checked.size(); i++) {
            season.put(new NoteKey(race.round(), session, i + 1), checked.get(i));
        }
        table.prune(race.season());
    }

    @Override
    public List<DataNote> notes(RaceKey race) {
        List<DataNote> out = new ArrayList<>();
        tx.world().read(NOTES).rows(race.season()).forEach((k, n) -> {
            if (k.round() == race.round()) {
                out.add(n);
            }
        });
        return List.copyOf(out);
    }

    @Override
    public List<DataNote> notes(int fromSeason, int toSeason) {
        List<DataNote> out = new ArrayList<>();
        for (int season = fromSeason; season <= toSeason; season++) {
            out.addAll(tx.world().read(NOTES).rows(season).values());
        }
        return List.copyOf(out);
    }
}
