package org.f1pipeline.job.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.storage.Storage;

/** Everything the compute stores for seasons, by a readable key: statistics, features and latest prediction. */
final class ComputedSnapshot {

    private ComputedSnapshot() {
    }

    /**
     * Driver and team statistics per season, and every event's features and latest prediction under the default
     * models, for seasons {@code first..last}.
     *
     * @throws java.util.NoSuchElementException when an event has no prediction
     */
    static Map<String, Object> of(Storage storage, int first, int last) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int year = first; year <= last; year++) {
            out.put(year + " driver stats", storage.stats().driverStats(year));
            out.put(year + " team stats", storage.stats().teamStats(year));
            for (Race race : storage.races().races(year)) {
                for (RaceType type : race.isSprintWeekend() ? List.of(RaceType.SPRINT, RaceType.GRAND_PRIX)
                        : List.of(RaceType.GRAND_PRIX)) {
                    String model = ModelEngine.ofDefaults().model(type).version();
                    out.put(race.key() + " " + type + " features", storage.features().features(race.key(), type,
                            model));
                    out.put(race.key() + " " + type + " prediction", storage.predictions().latest(race.key(), type)
                            .orElseThrow());
                }
            }
        }
        return out;
    }
}
