package org.f1pipeline.standings.internal;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;

/** Hand-built results for the standings tests: one race's rows in classification order. */
final class Rows {

    static final CircuitId TRACK = CircuitId.of("track");
    static final CircuitId INDY = CircuitId.of("indianapolis");

    private final RaceKey race;
    private final RaceType type;
    private final List<RaceResult> rows = new ArrayList<>();

    private Rows(RaceKey race, RaceType type) {
        this.race = race;
        this.type = type;
    }

    static Rows race(int season, int round) {
        return new Rows(RaceKey.of(season, round), RaceType.GRAND_PRIX);
    }

    static Rows sprint(int season, int round) {
        return new Rows(RaceKey.of(season, round), RaceType.SPRINT);
    }

    /** The next classified finisher, with the points Jolpica gives the row. */
    Rows finish(String driver, String team, double points) {
        int order = rows.size() + 1;
        rows.add(new RaceResult(race, type, DriverId.of(driver), ConstructorId.of(team), null, order,
                Integer.toString(order), order, points, "Finished", null, null, false, order));
        return this;
    }

    /** The next row, not classified: R (retired), D (disqualified), F (failed to qualify), W ... */
    Rows out(String driver, String team, String positionText) {
        int order = rows.size() + 1;
        rows.add(new RaceResult(race, type, DriverId.of(driver), ConstructorId.of(team), null, null, positionText,
                order, 0.0, positionText.equals("D") ? "Disqualified" : "Retired", null, null, false, order));
        return this;
    }

    List<RaceResult> rows() {
        return List.copyOf(rows);
    }

    static void add(StandingsCalculator calc, Rows race) {
        calc.addRound(race.race.round(), TRACK, race.rows(), List.of());
    }

    /** "id points" per line, in table order, e.g. ["senna 90", "prost 87"]. */
    static List<String> lines(StandingsCalculator calc, StandingsKind kind) {
        List<String> out = new ArrayList<>();
        for (Standing s : calc.table(kind)) {
            String id = s.driver() != null ? s.driver().value() : s.constructor().value();
            double p = s.points();
            out.add(id + " " + (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p))
                    + (s.classified() ? "" : " " + s.positionText()));
        }
        return out;
    }
}
