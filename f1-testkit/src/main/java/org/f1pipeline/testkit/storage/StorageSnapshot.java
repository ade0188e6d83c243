package org.f1pipeline.testkit.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.Storage;

/**
 * Everything a storage returns for some seasons, as one comparable value: equal snapshots before and after a job
 * mean the job changed nothing (rollback) or changed nothing more (idempotency).
 */
public final class StorageSnapshot {

    private StorageSnapshot() {
    }

    /** Reads every store for the given seasons (and the season-independent catalog). */
    public static Map<String, Object> of(Storage storage, int... years) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seasons", storage.catalog().seasons());
        out.put("circuits", storage.catalog().circuits());
        out.put("constructors", storage.catalog().constructors());
        out.put("drivers", storage.catalog().drivers());
        for (int year : years) {
            List<Race> races = storage.races().races(year);
            List<RaceKey> keys = new ArrayList<>(races.stream().map(Race::key).toList());
            out.put(year + " entries", storage.catalog().seasonEntries(year));
            out.put(year + " races", races);
            out.put(year + " conditions", storage.races().conditions(year, year));
            out.put(year + " qualifying", storage.results().qualifying(year, year));
            out.put(year + " sprint qualifying", storage.results().sprintQualifying(year, year));
            out.put(year + " results", storage.results().raceResults(year, year, RaceType.GRAND_PRIX));
            out.put(year + " sprint results", storage.results().raceResults(year, year, RaceType.SPRINT));
            out.put(year + " laps", storage.laps().laps(keys, RaceType.GRAND_PRIX));
            out.put(year + " sprint laps", storage.laps().laps(keys, RaceType.SPRINT));
            out.put(year + " long runs", storage.laps().longRuns(keys));
            out.put(year + " pit stops", storage.pitStops().pitStops(year, year));
            for (Race race : races) {
                for (StandingsKind kind : StandingsKind.values()) {
                    out.put(year + " standings " + kind.wireName() + " " + race.key().round(),
                            storage.standings().after(year, race.key().round(), kind));
                }
            }
            out.put(year + " shared drives", storage.standings().sharedDrives(year));
            out.put(year + " notes", storage.notes().notes(year, year));
        }
        return out;
    }
}
