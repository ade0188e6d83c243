package org.f1pipeline.source.jolpica.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.source.jolpica.PitStop;

/**
 * Parses {@code pitstops} pages ({@code PitStops[] {driverId, lap, stop, time, duration}}) grouped by race.
 * {@code driverId}, {@code lap} and {@code stop} are required. {@code duration} is seconds ({@code "24.563"}) or
 * {@code M:SS.mmm} beyond a minute; Jolpica's string slicing can leave it empty, which becomes null. {@code time}
 * is the local time of day at the circuit. Internal API.
 */
public final class PitStopParser {

    private PitStopParser() {
    }

    /**
     * The pit stops of one page, grouped by race.
     *
     * @param page the page envelope ({@code RaceTable})
     * @return one group per race on the page
     */
    public static List<RaceGroup<PitStop>> parse(Envelope page) {
        List<RaceGroup<PitStop>> out = new ArrayList<>();
        for (Node raceNode : page.table().array("Races")) {
            RaceKey key = CatalogParser.raceKey(raceNode);
            Node race = raceNode.inRace(key);
            List<PitStop> rows = new ArrayList<>();
            for (Node stop : race.optArray("PitStops")) {
                String driverId = stop.text("driverId");
                int lap = stop.integer("lap");
                int number = stop.integer("stop");
                Integer durationMs = stop.optDurationMs("duration");
                String time = stop.optText("time");
                LocalTime localTime = time == null ? null : stop.parse("time", time, Values::localTime);
                rows.add(stop.build("pit stop", () -> new PitStop(key, DriverId.of(driverId), lap, number,
                        durationMs, localTime)));
            }
            out.add(new RaceGroup<>(key, rows));
        }
        return out;
    }
}
