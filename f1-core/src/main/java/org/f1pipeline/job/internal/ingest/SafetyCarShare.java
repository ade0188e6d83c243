package org.f1pipeline.job.internal.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Transaction;

/**
 * The circuit's safety-car probability for display, as of one race: among completed grands prix at the circuit up
 * to and including that race, the share with at least one Safety Car lap, rounded to 3 decimals (the seed's
 * formula). Only races whose SC laps are known count, so seasons without race-control data (before 2023 here) no
 * longer lower it with a default of zero (seed defect C9). The model never reads this value; it derives its own
 * as-of share.
 */
final class SafetyCarShare {

    private SafetyCarShare() {
    }

    /**
     * The circuit with its updated probability, or empty when no race there has known SC laps.
     *
     * @param tx      the job's transaction (reads see its own writes)
     * @param race    the race being completed
     * @param current its conditions, as being written
     */
    static Optional<Circuit> asOf(Transaction tx, Race race, RaceConditions current) {
        Map<RaceKey, Integer> scLaps = new HashMap<>();
        for (RaceConditions c : tx.races().conditions(RaceKey.FIRST_SEASON, race.key().season())) {
            if (c.type() == RaceType.GRAND_PRIX && c.safetyCarLaps() != null) {
                scLaps.put(c.race(), c.safetyCarLaps());
            }
        }
        if (current.safetyCarLaps() != null) {
            scLaps.put(race.key(), current.safetyCarLaps());
        } else {
            scLaps.remove(race.key());
        }
        int known = 0;
        int withSafetyCar = 0;
        for (Race r : tx.races().races(RaceKey.FIRST_SEASON, race.key().season())) {
            boolean counts = r.key().equals(race.key())
                    || (r.status() == RaceStatus.COMPLETED && !r.date().isAfter(race.date()));
            Integer laps = scLaps.get(r.key());
            if (counts && r.circuit().equals(race.circuit()) && laps != null) {
                known++;
                withSafetyCar += laps > 0 ? 1 : 0;
            }
        }
        if (known == 0) {
            return Optional.empty();
        }
        double share = Math.round(1000.0 * withSafetyCar / known) / 1000.0;
        return tx.catalog().circuit(race.circuit()).map(c -> c.withSafetyCarProbability(share));
    }
}
