package org.f1pipeline.storage;

import java.util.Collection;
import java.util.List;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SessionType;

/**
 * Notes on irregular published data ({@link DataNote}): vacant positions, qualifiers without a race row, shared
 * drives, a qualifying order taken from the grid. The ingest jobs replace a session's notes together with its rows,
 * so re-running a job leaves the same notes. Natural key: (race, session, order of the note within the session).
 */
public interface NoteStore {

    /**
     * Makes {@code notes} the complete notes of {@code race}'s {@code session}, in the given order (an empty
     * collection removes them). Every note must be of that race and session; the race must exist.
     */
    void replaceNotes(RaceKey race, SessionType session, Collection<DataNote> notes);

    /** The race's notes, by session (in {@link SessionType} order) and then in the order they were written. */
    List<DataNote> notes(RaceKey race);

    /** The notes of seasons {@code fromSeason..toSeason}, by season, round, session and order. */
    List<DataNote> notes(int fromSeason, int toSeason);
}
