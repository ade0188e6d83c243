package org.f1pipeline.standings.internal;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.standings.StandingsRequest;
import org.f1pipeline.storage.Storage;

/**
 * The reads behind {@code F1Pipeline.standings(...)}: input checked before anything is read or written, the stored
 * table returned. A database written before the standings existed (schema 1) has results but no tables: they are
 * computed and stored once, in one transaction, on the first read of that season. Stateless.
 */
public final class StandingsQueries {

    private StandingsQueries() {
    }

    /** The table of the request: after its round, or after the season's last round with results. */
    public static List<Standing> read(Storage storage, Clock clock, StandingsRequest request) {
        request.requireKnownBy(clock);
        int season = request.season();
        Integer round = request.round();
        StandingsKind kind = request.kind();
        return storage.inTransaction(tx -> {
            List<Race> races = tx.races().races(season);
            if (races.isEmpty()) {
                throw new DataNotAvailableException("nothing is stored for " + season + " yet: run the season's"
                        + " jobs first (F1Pipeline.backfillFull(" + season + ", " + season + "))");
            }
            if (round != null && races.stream().noneMatch(r -> r.key().round() == round)) {
                throw new InvalidInputException("round", "season " + season + " has no round " + round + " (its "
                        + "rounds are 1-" + races.stream().mapToInt(r -> r.key().round()).max().orElse(0) + ")");
            }
            int lastWithResults = lastRoundWithResults(tx.results().raceResults(season, season, RaceType.GRAND_PRIX));
            OptionalInt stored = tx.standings().lastRound(season);
            if (lastWithResults > 0 && (stored.isEmpty() || stored.getAsInt() < lastWithResults)) {
                // Results without tables: written before schema 2, or straight into the store. Fill them in once.
                StandingsSync.refresh(tx, season, stored.isEmpty() ? 1 : stored.getAsInt() + 1);
            }
            int target = round != null ? round : lastWithResults;
            if (target == 0) {
                throw new DataNotAvailableException("no race of " + season + " has results yet");
            }
            List<Standing> table = tx.standings().after(season, target, kind);
            if (table.isEmpty()) {
                throw new DataNotAvailableException("no standings after round " + target + " of " + season
                        + " yet: its grand-prix results are not stored (run ingest_race for " + season + "-"
                        + String.format("%02d", target) + ")");
            }
            return table;
        });
    }

    private static int lastRoundWithResults(List<RaceResult> results) {
        return results.stream().mapToInt(r -> r.race().round()).max().orElse(0);
    }
}
