package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.PREVIOUS_YEAR;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.util.List;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.storage.NoteStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link NoteStore}. */
abstract class NoteStoreCases extends ContractSupport {

    private NoteStore notes() {
        return storage().notes();
    }

    private static DataNote note(RaceKey race, SessionType session, DataNote.Kind kind, String text) {
        return new DataNote(race, session, kind, text);
    }

    @Test
    @DisplayName("notes read back equal, by race, session and written order; a season range reads every race")
    void roundTrip() {
        seedCalendar();
        DataNote vacant = note(BAHRAIN_2024, SessionType.RACE, DataNote.Kind.VACANT_POSITIONS,
                "classified positions 1-14 with position 2 vacant (a disqualified car's place not reassigned)");
        DataNote withdrew = note(BAHRAIN_2024, SessionType.RACE, DataNote.Kind.NO_RACE_ROW,
                "qualified but no race row: Lewis Hamilton (hamilton, P7) — \u00e9l\u00e8ve's note, 'quoted'");
        DataNote grid = note(BAHRAIN_2024, SessionType.QUALIFYING, DataNote.Kind.GRID_AS_QUALIFYING,
                "no qualifying table at Jolpica: order from the race's starting grid");
        DataNote jeddah = note(JEDDAH_2024, SessionType.RACE, DataNote.Kind.SHARED_DRIVE, "2 rows for fangio");
        notes().replaceNotes(JEDDAH_2024, SessionType.RACE, List.of(jeddah));
        notes().replaceNotes(BAHRAIN_2024, SessionType.RACE, List.of(vacant, withdrew));
        notes().replaceNotes(BAHRAIN_2024, SessionType.QUALIFYING, List.of(grid));

        assertThat(notes().notes(BAHRAIN_2024)).containsExactly(grid, vacant, withdrew);
        assertThat(notes().notes(YEAR, YEAR)).containsExactly(grid, vacant, withdrew, jeddah);
        assertThat(notes().notes(PREVIOUS_YEAR, PREVIOUS_YEAR)).isEmpty();
        assertThat(notes().notes(RaceKey.of(YEAR, 9))).isEmpty();
    }

    @Test
    @DisplayName("replacing a session's notes drops its old ones and leaves the other sessions; twice is the same")
    void replace() {
        seedCalendar();
        DataNote a = note(BAHRAIN_2024, SessionType.RACE, DataNote.Kind.VACANT_POSITIONS, "a");
        DataNote b = note(BAHRAIN_2024, SessionType.RACE, DataNote.Kind.NO_RACE_ROW, "b");
        DataNote q = note(BAHRAIN_2024, SessionType.QUALIFYING, DataNote.Kind.IRREGULAR_QUALIFYING, "q");
        notes().replaceNotes(BAHRAIN_2024, SessionType.QUALIFYING, List.of(q));
        notes().replaceNotes(BAHRAIN_2024, SessionType.RACE, List.of(a, b));
        notes().replaceNotes(BAHRAIN_2024, SessionType.RACE, List.of(b));
        assertThat(notes().notes(BAHRAIN_2024)).containsExactly(q, b);
        notes().replaceNotes(BAHRAIN_2024, SessionType.RACE, List.of(b));
        assertThat(notes().notes(BAHRAIN_2024)).containsExactly(q, b);
        notes().replaceNotes(BAHRAIN_2024, SessionType.RACE, List.of());
        assertThat(notes().notes(BAHRAIN_2024)).containsExactly(q);
    }

    @Test
    @DisplayName("a note of another race or session is refused; a missing race is refused and nothing is written")
    void refusals() {
        seedCalendar();
        DataNote other = note(JEDDAH_2024, SessionType.RACE, DataNote.Kind.VACANT_POSITIONS, "x");
        assertForeignRowRejected(() -> notes().replaceNotes(BAHRAIN_2024, SessionType.RACE, List.of(other)));
        assertForeignRowRejected(() -> notes().replaceNotes(JEDDAH_2024, SessionType.QUALIFYING, List.of(other)));
        RaceKey missing = RaceKey.of(YEAR, 9);
        assertRefused(() -> notes().replaceNotes(missing, SessionType.RACE, List.of(note(missing, SessionType.RACE,
                DataNote.Kind.VACANT_POSITIONS, "y"))), "replace notes", "2024-09");
        assertThat(notes().notes(YEAR, YEAR)).isEmpty();
    }
}
