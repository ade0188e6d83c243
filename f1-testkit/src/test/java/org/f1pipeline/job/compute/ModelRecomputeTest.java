package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.CountingStorage;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The full-history recompute: same numbers as the jobs, one pass, a handful of store calls. */
class ModelRecomputeTest {

    private final ModelEngine engine = ModelEngine.ofDefaults();

    @Test
    @DisplayName("the recompute writes what the five jobs write, and skips the grand prix without a grid")
    void sameAsTheJobs() {
        try (Storage byJobs = Storages.inMemory(); Storage recomputed = Storages.inMemory()) {
            byJobs.useTransaction(ComputeFixture::seed);
            recomputed.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            runJobs(ComputeFixture.pipeline(byJobs, clock));

            RecomputeSummary summary = ModelRecompute.recompute(recomputed, engine, 2024, 2024, clock);

            assertThat(summary.seasons()).isEqualTo(1);
            assertThat(summary.grandPrix()).isEqualTo(5);
            assertThat(summary.sprints()).isEqualTo(2);
            assertThat(summary.events()).isEqualTo(7);
            assertThat(summary.computedAt()).isEqualTo(ComputeFixture.NOW);
            assertThat(summary.skipped()).containsExactly(new RecomputeSummary.Skipped(MIAMI_2024,
                    RaceType.GRAND_PRIX, "ingest_qualifying", "race 2024-06 has no qualifying grid: run"
                    + " ingest_qualifying first"));
            assertThat(summary.rowsWritten()).containsExactlyInAnyOrderEntriesOf(Map.of("driver_season_stats", 21,
                    "team_season_stats", 10, "features", 140, "predictions", 7, "prediction_drivers", 140));
            assertThat(recomputed.stats().driverStats(2024)).isEqualTo(byJobs.stats().driverStats(2024));
            assertThat(recomputed.stats().teamStats(2024)).isEqualTo(byJobs.stats().teamStats(2024));
            assertThat(recomputed.stats().driverStats(2023)).isEmpty();
            for (Race race : StorageFixtures.races().subList(1, 7)) {
                for (RaceType type : types(race)) {
                    String model = engine.model(type).version();
                    assertThat(recomputed.features().features(race.key(), type, model)).as(race.key() + " " + type)
                            .isEqualTo(byJobs.features().features(race.key(), type, model));
                    assertThat(recomputed.predictions().history(race.key(), type)).as(race.key() + " " + type)
                            .isEqualTo(byJobs.predictions().history(race.key(), type));
                }
            }
            assertThat(recomputed.predictions().history(BAHRAIN_2023, RaceType.GRAND_PRIX)).isEmpty();
        }
    }

    @Test
    @DisplayName("a span starting later gives its races the same numbers: earlier seasons are read as history")
    void spanIndependent() {
        try (Storage whole = Storages.inMemory(); Storage part = Storages.inMemory()) {
            whole.useTransaction(ComputeFixture::seed);
            part.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            RecomputeSummary both = ModelRecompute.recompute(whole, engine, 2023, 2024, clock);
            ModelRecompute.recompute(part, engine, 2024, 2024, clock);

            assertThat(both.seasons()).isEqualTo(2);
            assertThat(both.grandPrix()).isEqualTo(6);
            for (Race race : StorageFixtures.races().subList(1, 7)) {
                for (RaceType type : types(race)) {
                    assertThat(part.predictions().history(race.key(), type)).as(race.key() + " " + type)
                            .isEqualTo(whole.predictions().history(race.key(), type));
                }
            }
            assertThat(part.stats().driverStats(2024)).isEqualTo(whole.stats().driverStats(2024));
            assertThat(whole.stats().driverStats(2023)).hasSize(20);
        }
    }

    @Test
    @DisplayName("a cancelled round is skipped with the reason, sprint and grand prix alike")
    void cancelled() {
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(ComputeFixture::seed);
            storage.races().setStatus(MIAMI_2024, RaceStatus.CANCELLED);

            RecomputeSummary summary = ModelRecompute.recompute(storage, engine, 2024, 2024,
                    new FakeClock(ComputeFixture.NOW));

            assertThat(summary.sprints()).isEqualTo(1);
            assertThat(summary.skipped()).containsExactly(
                    new RecomputeSummary.Skipped(MIAMI_2024, RaceType.SPRINT, null, "race 2024-06 is cancelled"),
                    new RecomputeSummary.Skipped(MIAMI_2024, RaceType.GRAND_PRIX, null, "race 2024-06 is cancelled"));
            assertThat(storage.predictions().history(MIAMI_2024, RaceType.SPRINT)).isEmpty();
        }
    }

    @Test
    @DisplayName("a second recompute adds a prediction version and keeps the first")
    void addsVersions() {
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            ModelRecompute.recompute(storage, engine, 2024, 2024, clock);
            Prediction first = storage.predictions().latest(MIAMI_2024, RaceType.SPRINT).orElseThrow();
            clock.advance(Duration.ofHours(1));
            ModelRecompute.recompute(storage, engine, 2023, 2024, clock);

            List<Prediction> history = storage.predictions().history(MIAMI_2024, RaceType.SPRINT);
            assertThat(history).hasSize(2);
            assertThat(history.get(0)).isEqualTo(first);
            assertThat(history.get(1).drivers()).isEqualTo(first.drivers());
            assertThat(storage.predictions().history(BAHRAIN_2023, RaceType.GRAND_PRIX)).hasSize(1);
        }
    }

    @Test
    @DisplayName("range reads once for the history and once for the span, bulk writes: no read per race or driver")
    void roundTrips() {
        try (CountingStorage storage = CountingStorage.wrap(Storages.inMemory())) {
            storage.useTransaction(ComputeFixture::seed);
            storage.reset();

            ModelRecompute.recompute(storage, engine, 2024, 2024, new FakeClock(ComputeFixture.NOW));

            // History (2023) and span (2024) are read apart, the span's while the history is replayed; the long
            // runs only for the span. One write: a multi-race feature replace per race type, one prediction add.
            assertThat(storage.callsByMethod()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry("RaceStore.races", 1L), Map.entry("CatalogStore.circuits", 1L),
                    Map.entry("ResultStore.qualifying", 2L), Map.entry("ResultStore.sprintQualifying", 2L),
                    Map.entry("ResultStore.raceResults", 4L), Map.entry("RaceStore.conditions", 2L),
                    Map.entry("LapStore.longRuns", 1L), Map.entry("LapStore.lapSummaries", 2L),
                    Map.entry("StatsStore.replaceDriverStats", 1L), Map.entry("StatsStore.replaceTeamStats", 1L),
                    Map.entry("FeatureStore.replaceFeatures", 2L), Map.entry("PredictionStore.addAll", 1L),
                    // what the rows were computed from: the input versions read, the derived records written
                    Map.entry("InputStore.inputVersions", 1L), Map.entry("InputStore.recordDerived", 1L)));
            assertThat(storage.transactions()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a span without races computes nothing; bad spans are refused before any I/O")
    void emptyAndInvalid() {
        try (CountingStorage storage = CountingStorage.wrap(Storages.inMemory())) {
            storage.useTransaction(ComputeFixture::seed);
            storage.reset();
            RecomputeSummary none = ModelRecompute.recompute(storage, engine, 2030, 2031,
                    new FakeClock(ComputeFixture.NOW));
            assertThat(none.events()).isZero();
            assertThat(none.seasons()).isZero();
            assertThat(none.rowsWritten()).isEmpty();
            assertThat(storage.callsByMethod()).containsExactlyInAnyOrderEntriesOf(Map.of("RaceStore.races", 1L,
                    "InputStore.inputVersions", 1L));
            storage.reset();

            assertThatThrownBy(() -> ModelRecompute.recompute(storage, engine, 2025, 2024,
                    new FakeClock(ComputeFixture.NOW))).isInstanceOf(InvalidInputException.class)
                    .hasMessage("toSeason 2024 is before fromSeason 2025");
            assertThatThrownBy(() -> ModelRecompute.recompute(storage, engine, 1949, 2024,
                    new FakeClock(ComputeFixture.NOW))).isInstanceOf(InvalidInputException.class)
                    .hasMessage("fromSeason must be between 1950 and 2100, was 1949");
            assertThat(storage.roundTrips()).isZero();
        }
    }

    private static void runJobs(F1Pipeline pipeline) {
        pipeline.runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(2024));
        for (Race race : StorageFixtures.races().subList(1, 7)) {
            for (RaceType type : types(race)) {
                boolean sprint = type == RaceType.SPRINT;
                if (!sprint && race.key().equals(MIAMI_2024)) {
                    continue;
                }
                JobParams params = JobParams.race(race.key());
                pipeline.runJob(sprint ? Job.COMPUTE_SPRINT_FEATURES : Job.COMPUTE_FEATURES, params);
                pipeline.runJob(sprint ? Job.COMPUTE_SPRINT_PREDICTIONS : Job.COMPUTE_PREDICTIONS, params);
            }
        }
    }

    private static List<RaceType> types(Race race) {
        List<RaceType> types = new ArrayList<>();
        if (race.isSprintWeekend()) {
            types.add(RaceType.SPRINT);
        }
        types.add(RaceType.GRAND_PRIX);
        return types;
    }
}
