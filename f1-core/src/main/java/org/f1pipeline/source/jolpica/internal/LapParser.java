package org.f1pipeline.source.jolpica.internal;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * Parses {@code laps} pages ({@code Laps[] {number, Timings[] {driverId, time, position}}}) into
 * {@link LapTime#basic} rows, one per (lap, driver), grouped by race. Jolpica's laps are grand-prix laps only (its
 * view filters the race session), from 1996. A lap whose timings straddle two pages simply yields rows on both pages;
 * {@link JolpicaPages#mergeByRace} puts them back together. {@code driverId} and the lap {@code number} are required;
 * a missing time or position becomes null. Internal API.
 */
public final class LapParser {

    private LapParser() {
    }

    /**
     * The lap rows of one page, grouped by race.
     *
     * @param page the page envelope ({@code RaceTable})
     * @return one group per race on the page
     */
    public static List<RaceGroup<LapTime>> parse(Envelope page) {
        List<RaceGroup<LapTime>> out = new ArrayList<>();
        for (Node raceNode : page.table().array("Races")) {
            RaceKey key = CatalogParser.raceKey(raceNode);
            Node race = raceNode.inRace(key);
            List<LapTime> rows = new ArrayList<>();
            for (Node lap : race.optArray("Laps")) {
                int number = lap.integer("number");
                for (Node timing : lap.array("Timings")) {
                    String driverId = timing.text("driverId");
                    Integer time = timing.optDurationMs("time");
                    Integer position = timing.optInteger("position");
                    rows.add(timing.build("lap", () -> LapTime.basic(key, RaceType.GRAND_PRIX, DriverId.of(driverId),
                            number, time, position)));
                }
            }
            out.add(new RaceGroup<>(key, rows));
        }
        return out;
    }
}
