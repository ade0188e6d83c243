package org.f1pipeline.view;

import java.util.List;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;

/**
 * The classification of a grand prix or sprint with names, in classification order. {@link #toString()} prints it
 * as a table.
 *
 * @param race the race weekend
 * @param type grand prix or sprint
 * @param rows every driver's result with names, classified drivers first by position
 */
public record RaceResults(Race race, RaceType type, List<NamedResult> rows) {

    public RaceResults {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        rows = List.copyOf(Checks.notNull(rows, "rows"));
    }

    /** The winner, if the race has a classified driver in first place. */
    public java.util.Optional<NamedResult> winner() {
        return rows.stream().filter(r -> Integer.valueOf(1).equals(r.result().finishPosition())).findFirst();
    }

    @Override
    public String toString() {
        TextTable t = TextTable.of("Pos", "Driver", "Team", "Grid", "Laps", "Points", "Status").alignRight(0, 3, 4, 5)
                .maxWidth(1, 24).maxWidth(2, 20).maxWidth(6, 20);
        for (NamedResult r : rows) {
            t.row(r.result().positionText(), r.driverName(), r.teamName(), r.result().grid(), r.result().laps(),
                    Formats.points(r.result().points()), r.result().status());
        }
        return race.key() + " " + race.name() + " - " + (type == RaceType.SPRINT ? "sprint" : "grand prix")
                + " results\n" + t.render();
    }
}
