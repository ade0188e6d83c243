package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.storage.NoteStore;

/**
 * {@link NoteStore} over the {@code data_notes} table: a replace deletes the session's notes and inserts the new
 * ones, numbered in order ({@code seq} 1..n).
 */
final class JdbcNoteStore implements NoteStore {

    private static final List<String> KEY = Sql.columns("season, round, session, seq");
    private static final List<String> COLUMNS = Sql.columns("season, round, session, seq, kind, note_text");

    /** A note with its place in the session. */
    private record Numbered(int seq, DataNote note) {
    }

    private final JdbcSession session;

    JdbcNoteStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void replaceNotes(RaceKey race, SessionType sessionType, Collection<DataNote> notes) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(sessionType, "session");
        Objects.requireNonNull(notes, "notes");
        String operation = "replace notes";
        List<Numbered> rows = new ArrayList<>();
        for (DataNote n : notes) {
            Objects.requireNonNull(n, "notes must not contain null");
            Sql.belongs(n.race().equals(race) && n.session() == sessionType, "notes", n,
                    "notes of race " + race + " " + sessionType);
            rows.add(new Numbered(rows.size() + 1, n));
        }
        new Parents().race(race).verify(session, operation);
        session.update(operation, "DELETE FROM data_notes WHERE season = ? AND round = ? AND session = ?",
                p -> p.race(race).text(name(sessionType)));
        session.upsert(operation, Sql.upsert("data_notes", KEY, COLUMNS), rows,
                r -> List.of(r.seq()),
                (p, r) -> p.race(race).text(name(sessionType)).integer(r.seq()).text(r.note().kind().wireName())
                        .text(r.note().text()));
    }

    @Override
    public List<DataNote> notes(RaceKey race) {
        Objects.requireNonNull(race, "race");
        return sorted(session.query("read notes", Sql.select("data_notes", COLUMNS)
                + " WHERE season = ? AND round = ?", p -> p.race(race), JdbcNoteStore::note));
    }

    @Override
    public List<DataNote> notes(int fromSeason, int toSeason) {
        return sorted(session.query("read notes", Sql.select("data_notes", COLUMNS)
                + " WHERE season BETWEEN ? AND ?", p -> p.integer(fromSeason).integer(toSeason), JdbcNoteStore::note));
    }

    /** Season, round, session in enum order, then seq (the session column sorts by name in SQL, not by order). */
    private static List<DataNote> sorted(List<Numbered> rows) {
        List<Numbered> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparing((Numbered r) -> r.note().race())
                .thenComparing(r -> r.note().session()).thenComparingInt(Numbered::seq));
        return out.stream().map(Numbered::note).toList();
    }

    private static Numbered note(Row r) throws SQLException {
        return new Numbered(r.intValue("seq"), new DataNote(r.race(),
                SessionType.valueOf(r.text("session").toUpperCase(Locale.ROOT)),
                DataNote.Kind.fromWire(r.text("kind")), r.text("note_text")));
    }

    private static String name(SessionType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
