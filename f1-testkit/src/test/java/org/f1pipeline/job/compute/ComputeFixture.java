package org.f1pipeline.job.compute;

import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Stores;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.time.FakeClock;

/**
 * The small season the compute-job tests run on, loaded straight into storage from {@link StorageFixtures}: the
 * 2023 opener and 2024 rounds 1-5 completed (qualifying, sprint qualifying and sprint on the Shanghai sprint
 * weekend, results, 20 laps per driver, FP2 long runs, conditions), and Miami (round 6, a sprint weekend) with
 * only its sprint qualifying: a sprint grid but no grand-prix grid yet. The same data is also assembled directly
 * into {@link Weekend}s, without storage, for computing expected values with the model alone.
 */
final class ComputeFixture {

    /** Completed fixture races, in race order. */
    static final List<RaceKey> COMPLETED = List.of(BAHRAIN_2023, BAHRAIN_2024, JEDDAH_2024, ALBERT_PARK_2024,
            SUZUKA_2024, SHANGHAI_2024);
    /** When the fixture's jobs run: after Miami's sprint qualifying. */
    static final Instant NOW = Instant.parse("2024-05-04T12:00:00Z");
    static final int LAPS = 20;

    private ComputeFixture() {
    }

    /** Catalog, calendar and every completed race, plus Miami's sprint qualifying. */
    static void seed(Stores tx) {
        StorageFixtures.seedCalendar(tx);
        COMPLETED.forEach(key -> complete(tx, key));
        tx.results().upsertSprintQualifying(StorageFixtures.sprintQualifying(MIAMI_2024));
    }

    /**
     * Catalog, calendar, and only the races before {@code key} completed; of {@code key} just what is known before
     * the race: FP2 long runs and qualifying.
     */
    static void seedUntilQualifying(Stores tx, RaceKey key) {
        StorageFixtures.seedCalendar(tx);
        COMPLETED.stream().filter(k -> k.compareTo(key) < 0).forEach(k -> complete(tx, k));
        tx.laps().upsertLongRuns(StorageFixtures.longRuns(key));
        tx.results().upsertQualifying(StorageFixtures.qualifying(key));
    }

    /** Writes every session of a fixture race and marks it completed. */
    static void complete(Stores tx, RaceKey key) {
        Race race = StorageFixtures.race(key);
        tx.results().upsertQualifying(StorageFixtures.qualifying(key));
        if (race.isSprintWeekend()) {
            tx.results().upsertSprintQualifying(StorageFixtures.sprintQualifying(key));
            tx.results().upsertRaceResults(StorageFixtures.results(key, RaceType.SPRINT));
        }
        tx.results().upsertRaceResults(StorageFixtures.results(key, RaceType.GRAND_PRIX));
        tx.laps().upsertLaps(StorageFixtures.laps(key, RaceType.GRAND_PRIX, LAPS));
        tx.laps().upsertLongRuns(StorageFixtures.longRuns(key));
        tx.races().upsertConditions(List.of(StorageFixtures.conditions(key, RaceType.GRAND_PRIX)));
        tx.races().setStatus(key, RaceStatus.COMPLETED);
    }

    /** The fixture as the model sees it, assembled without storage (the expected side of the tests). */
    static List<Weekend> weekends() {
        Map<CircuitId, Circuit> circuits = new java.util.HashMap<>();
        StorageFixtures.circuits().forEach(c -> circuits.put(c.id(), c));
        List<Weekend> out = new ArrayList<>();
        for (Race fixture : StorageFixtures.races()) {
            RaceKey key = fixture.key();
            boolean done = COMPLETED.contains(key);
            Race race = done ? fixture.withStatus(RaceStatus.COMPLETED) : fixture;
            Weekend.Builder b = Weekend.builder(race, circuits.get(race.circuit()));
            if (race.isSprintWeekend()) {
                b.sprintQualifying(StorageFixtures.sprintQualifying(key));
            }
            if (done) {
                b.qualifying(StorageFixtures.qualifying(key))
                        .raceResults(StorageFixtures.results(key, RaceType.GRAND_PRIX))
                        .laps(StorageFixtures.laps(key, RaceType.GRAND_PRIX, LAPS))
                        .longRuns(StorageFixtures.longRuns(key))
                        .conditions(StorageFixtures.conditions(key, RaceType.GRAND_PRIX));
                if (race.isSprintWeekend()) {
                    b.sprintResults(StorageFixtures.results(key, RaceType.SPRINT));
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** The weekend of {@code key} from {@link #weekends()}. */
    static Weekend weekend(List<Weekend> weekends, RaceKey key) {
        return weekends.stream().filter(w -> w.key().equals(key)).findFirst().orElseThrow();
    }

    /** A pipeline over {@code storage} at {@code clock}, with the given models. */
    static F1Pipeline pipeline(Storage storage, FakeClock clock, ModelEngine models) {
        return F1Pipeline.builder().storage(storage).clock(clock)
                .config(PipelineConfig.ofDefaults().toBuilder().models(models).build()).build();
    }

    /** A pipeline over {@code storage} at {@code clock} with the shipped models. */
    static F1Pipeline pipeline(Storage storage, FakeClock clock) {
        return pipeline(storage, clock, ModelEngine.ofDefaults());
    }
}
