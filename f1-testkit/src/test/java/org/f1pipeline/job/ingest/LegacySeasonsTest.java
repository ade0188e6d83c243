package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.f1pipeline.testkit.storage.StorageSnapshot;

/**
 * Legacy seasons from Jolpica alone: 1988 (no qualifying data, no laps) and 2005 (single-lap qualifying, laps, no
 * pit stops), through both the legacy and the main jobs. A past season is read with season-wide queries shared by
 * every round's job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacySeasonsTest {

    private FakeF1Api fake;
    private Storage storage;
    private F1Pipeline pipeline;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        pipeline = IngestFixture.pipeline(fake, storage, Instant.parse("2025-03-01T00:00:00Z"));
        fake.requestLog().clear();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private void sync(int year) {
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(year));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(year));
    }

    @Test
    @DisplayName("1988: the grid stands in for qualifying, results complete the race, conditions unknown, no laps")
    void season1988() {
        sync(1988);
        SyntheticRound round = fake.history().season(1988).round(5);
        RaceKey key = RaceKey.of(1988, 5);
        fake.requestLog().clear();
        JobReport quali = pipeline.runJob(Job.INGEST_QUALIFYING_LEGACY, JobParams.race(key));
        assertThat(quali.notes()).anySatisfy(n -> assertThat(n).contains("starting grid"));
        List<QualifyingResult> q = storage.results().qualifying(key);
        assertThat(q).isNotEmpty().allSatisfy(r -> assertThat(r.q1Ms()).isNull());
        for (QualifyingResult r : q) {
            ResultRow truth = round.results().stream().filter(t -> t.entry().driverId().equals(r.driver().value()))
                    .findFirst().orElseThrow();
            assertThat(r.position()).isEqualTo(truth.grid());
        }
        assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);

        JobReport race = pipeline.runJob(Job.INGEST_RACE_LEGACY, JobParams.race(key));
        assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX)).hasSize(round.results().size());
        assertThat(storage.laps().laps(key, RaceType.GRAND_PRIX)).isEmpty();
        RaceConditions c = storage.races().conditions(key, RaceType.GRAND_PRIX).orElseThrow();
        assertThat(c.weather()).as("unknown, not dry").isNull();
        assertThat(c.safetyCarLaps()).as("unknown, not zero").isNull();
        assertThat(fake.requestLog().count()).as("the season-wide answers of sync_season serve the round")
                .isZero();
        assertThat(quali.requests() + race.requests()).isZero();

        // The main job works for 1988 too, the same way.
        pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        assertThat(storage.results().qualifying(key)).isEqualTo(q);
    }

    @Test
    @DisplayName("2005: single-lap qualifying in Q1, Jolpica laps, one fastest lap; main and legacy jobs agree")
    void season2005() {
        sync(2005);
        RaceKey key = RaceKey.of(2005, 7);
        pipeline.runJob(Job.INGEST_QUALIFYING_LEGACY, JobParams.race(key));
        List<QualifyingResult> q = storage.results().qualifying(key);
        assertThat(q).isNotEmpty();
        assertThat(q.get(0).q1Ms()).isNotNull();
        assertThat(q).allSatisfy(r -> {
            assertThat(r.q3Ms()).isNull();
            assertThat(r.sector1Ms()).isNull();
        });
        fake.requestLog().clear();
        pipeline.runJob(Job.INGEST_RACE_LEGACY, JobParams.race(key));
        List<LapTime> laps = storage.laps().laps(key, RaceType.GRAND_PRIX);
        assertThat(laps).isNotEmpty().allSatisfy(l -> {
            assertThat(l.lapTimeMs()).isNotNull();
            assertThat(l.compound()).isNull();
        });
        assertThat(fake.requestLog().countsByEndpoint(FakeApi.JOLPICA)).containsOnlyKeys("laps");
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX).stream()
                .filter(RaceResult::fastestLap)).hasSize(1);
        Map<String, Object> legacy = StorageSnapshot.of(storage, 2005);

        pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        pipeline.runJob(Job.INGEST_RACE, JobParams.race(key));
        assertThat(StorageSnapshot.of(storage, 2005)).as("before 2018 both jobs read the same").isEqualTo(legacy);
    }
}
