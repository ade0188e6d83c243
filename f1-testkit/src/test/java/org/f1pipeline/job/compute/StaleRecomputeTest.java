package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.InputLedger;
import org.f1pipeline.recompute.InputLedger.Event;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.recompute.Recomputer;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Derived data knows its inputs: the stale recompute computes exactly what changed inputs made stale. */
class StaleRecomputeTest {

    private final ModelEngine engine = ModelEngine.ofDefaults();

    @Test
    @DisplayName("first run computes what the full recompute does; a rerun computes nothing")
    void firstRunThenNothing() {
        try (Storage full = Storages.inMemory(); Storage stale = Storages.inMemory()) {
            full.useTransaction(ComputeFixture::seed);
            stale.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            RecomputeSummary all = ModelRecompute.recompute(full, engine, 2023, 2024, clock);

            RecomputeSummary first = ModelRecompute.recomputeStale(stale, engine, 2023, 2024, clock);

            assertThat(first.events()).isEqualTo(all.events()).isEqualTo(8);
            assertThat(first.seasons()).isEqualTo(2);
            assertThat(first.rowsWritten()).isEqualTo(all.rowsWritten());
            assertSameDerived(stale, full);
            assertThat(ModelRecompute.stale(stale, engine, 2023, 2024).isEmpty()).isTrue();
            assertThat(ModelRecompute.stale(full, engine, 2023, 2024).isEmpty()).isTrue();

            clock.advance(Duration.ofHours(1));
            RecomputeSummary again = ModelRecompute.recomputeStale(stale, engine, 2023, 2024, clock);
            assertThat(again.events()).isZero();
            assertThat(again.seasons()).isZero();
            assertThat(again.totalRows()).isZero();
            assertThat(stale.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX)).hasSize(1);
        }
    }

    @Test
    @DisplayName("a changed qualifying stales its season's statistics and every event from that race on, only them")
    void changedInputStalesLaterEvents() {
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);

            List<QualifyingResult> quali = new ArrayList<>(StorageFixtures.qualifying(ALBERT_PARK_2024));
            storage.results().replaceQualifying(ALBERT_PARK_2024, quali); // the seed upserted: a change
            assertThat(ModelRecompute.stale(storage, engine, 2023, 2024).events()).hasSize(5);
            clock.advance(Duration.ofHours(1));
            ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);
            storage.results().replaceQualifying(ALBERT_PARK_2024, quali);
            assertThat(ModelRecompute.stale(storage, engine, 2023, 2024).isEmpty())
                    .as("the same set again changes nothing").isTrue();
            quali.remove(quali.size() - 1);
            storage.results().replaceQualifying(ALBERT_PARK_2024, quali);

            InputLedger.Stale stale = ModelRecompute.stale(storage, engine, 2023, 2024);
            assertThat(stale.statsSeasons()).containsExactly(2024);
            assertThat(stale.events()).containsExactly(new Event(ALBERT_PARK_2024, RaceType.GRAND_PRIX),
                    new Event(SUZUKA_2024, RaceType.GRAND_PRIX), new Event(SHANGHAI_2024, RaceType.SPRINT),
                    new Event(SHANGHAI_2024, RaceType.GRAND_PRIX), new Event(MIAMI_2024, RaceType.SPRINT));

            clock.advance(Duration.ofHours(1));
            RecomputeSummary s = ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);
            assertThat(s.events()).isEqualTo(5);
            assertThat(s.seasons()).isEqualTo(1);
            assertThat(storage.features().features(ALBERT_PARK_2024, RaceType.GRAND_PRIX,
                    engine.model(RaceType.GRAND_PRIX).version())).hasSize(quali.size());
            assertThat(storage.predictions().history(JEDDAH_2024, RaceType.GRAND_PRIX)).hasSize(1);
            assertThat(storage.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX)).hasSize(3);
            assertThat(ModelRecompute.stale(storage, engine, 2023, 2024).isEmpty()).isTrue();
        }
    }

    @Test
    @DisplayName("the honest pre-race prediction is kept; a recompute adds a version marked as recomputed")
    void honestVersionKept() {
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);
            clock.advance(Duration.ofMinutes(10));
            var pipeline = ComputeFixture.pipeline(storage, clock, engine);
            pipeline.runJob(Job.COMPUTE_SPRINT_FEATURES, JobParams.race(MIAMI_2024));
            pipeline.runJob(Job.COMPUTE_SPRINT_PREDICTIONS, JobParams.race(MIAMI_2024));
            assertThat(ModelRecompute.stale(storage, engine, 2023, 2024).isEmpty()).isTrue();

            // A late correction of an earlier result: Miami's sprint prediction is stale.
            List<RaceResult> results = new ArrayList<>(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
            results.remove(results.size() - 1);
            storage.results().replaceRaceResults(BAHRAIN_2024, RaceType.GRAND_PRIX, results);
            clock.advance(Duration.ofMinutes(10));
            ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);

            assertThat(storage.predictions().history(MIAMI_2024, RaceType.SPRINT)).hasSize(3);
            assertThat(storage.inputs().derivedVersions(2024, 2024)).filteredOn(d -> d.round() == 6
                            && d.kind() == DerivedKind.SPRINT_PREDICTION)
                    .extracting(DerivedVersion::recomputed).containsExactly(true, false, true);
            assertThat(storage.predictions().history(MIAMI_2024, RaceType.SPRINT).get(1).computedAt())
                    .isEqualTo(ComputeFixture.NOW.plus(Duration.ofMinutes(10)));
            assertThat(ModelRecompute.stale(storage, engine, 2023, 2024).isEmpty()).isTrue();
        }
    }

    @Test
    @DisplayName("a first recompute of several seasons, all stale, writes what the season-by-season path writes")
    void wholeSpanMatchesSeasonBySeason() {
        try (Storage whole = Storages.inMemory(); Storage seasons = Storages.inMemory()) {
            whole.useTransaction(ComputeFixture::seed);
            seasons.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);

            // Everything stale over two seasons: the one-transaction path (D87).
            RecomputeSummary one = ModelRecompute.recomputeStale(whole, engine, 2023, 2024, clock);
            // One season per call, the history carried: the season path, as a backfill runs it.
            Recomputer recomputer = new Recomputer(seasons, engine, clock);
            RecomputeSummary first = recomputer.recompute(2023, 2023);
            RecomputeSummary second = recomputer.recompute(2024, 2024);

            assertThat(one.events()).isEqualTo(first.events() + second.events()).isEqualTo(8);
            assertThat(one.seasons()).isEqualTo(first.seasons() + second.seasons()).isEqualTo(2);
            assertThat(one.skipped()).isEqualTo(concat(first.skipped(), second.skipped()));
            try (Storage full = Storages.inMemory()) {
                full.useTransaction(ComputeFixture::seed);
                // The full recompute also lists the rounds without a grid, which no stale recompute tries.
                assertThat(ModelRecompute.recompute(full, engine, 2023, 2024, clock).skipped())
                        .hasSizeGreaterThan(one.skipped().size());
            }
            assertThat(one.fromSeason()).isEqualTo(2023);
            assertThat(one.computedAt()).isEqualTo(ComputeFixture.NOW);
            assertThat(whole.inputs().derivedVersions(2023, 2024))
                    .isEqualTo(seasons.inputs().derivedVersions(2023, 2024)).isNotEmpty();
            assertSameDerived(whole, seasons);
        }
    }

    @Test
    @DisplayName("a stale span that starts with fresh seasons is recomputed from its first stale season on")
    void partlyStaleSpanKeepsSeasonPath() {
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(ComputeFixture::seed);
            FakeClock clock = new FakeClock(ComputeFixture.NOW);
            ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);
            // A late correction in 2024 stales 2024 from Bahrain on, not 2023.
            List<RaceResult> results = new ArrayList<>(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
            results.remove(results.size() - 1);
            storage.results().replaceRaceResults(BAHRAIN_2024, RaceType.GRAND_PRIX, results);
            clock.advance(Duration.ofMinutes(10));

            RecomputeSummary again = ModelRecompute.recomputeStale(storage, engine, 2023, 2024, clock);

            assertThat(again.seasons()).isEqualTo(1);
            assertThat(again.events()).isPositive();
            assertThat(storage.predictions().history(BAHRAIN_2023, RaceType.GRAND_PRIX)).hasSize(1);
            assertThat(storage.predictions().history(SUZUKA_2024, RaceType.GRAND_PRIX)).hasSize(2);
            assertThat(ModelRecompute.stale(storage, engine, 2023, 2024).isEmpty()).isTrue();
        }
    }

    /** The statistics of 2023-2024 and every fixture race's features and prediction versions are the same. */
    private void assertSameDerived(Storage actual, Storage expected) {
        for (int season : List.of(2023, 2024)) {
            assertThat(actual.stats().driverStats(season)).isEqualTo(expected.stats().driverStats(season));
            assertThat(actual.stats().teamStats(season)).isEqualTo(expected.stats().teamStats(season));
        }
        for (Race race : StorageFixtures.races()) {
            for (RaceType type : RaceType.values()) {
                String model = engine.model(type).version();
                assertThat(actual.features().features(race.key(), type, model)).as(race.key() + " " + type)
                        .isEqualTo(expected.features().features(race.key(), type, model));
                assertThat(actual.predictions().history(race.key(), type)).as(race.key() + " " + type)
                        .isEqualTo(expected.predictions().history(race.key(), type));
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
