package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
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
 * The sprint jobs in each sprint format: 2021 {@code sprint} (no sprint qualifying), 2023 {@code sprint_shootout},
 * 2024 {@code sprint_qualifying}; the status chain of a sprint weekend and the two column groups of sprint rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SprintWeekendsTest {

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
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private SyntheticRound firstSprint(int year) {
        return fake.history().season(year).rounds().stream().filter(SyntheticRound::hasSprint).findFirst()
                .orElseThrow();
    }

    private JobReport run(Job job, RaceKey key) {
        return pipeline.runJob(job, job.scope() == Job.Scope.YEAR ? JobParams.year(key.season())
                : JobParams.race(key));
    }

    private RaceStatus status(RaceKey key) {
        return storage.races().race(key).orElseThrow().status();
    }

    private RaceKey synced(int year, SyntheticRound round) {
        RaceKey key = RaceKey.of(year, round.round());
        run(Job.SYNC_SCHEDULE, key);
        run(Job.SYNC_SEASON, key);
        return key;
    }

    @Test
    @DisplayName("2021 sprint: no sprint qualifying (refused, nothing written), sprint, qualifying, race")
    void sprint2021() {
        SyntheticRound round = firstSprint(2021);
        assertThat(round.format()).isEqualTo(EventFormat.SPRINT);
        RaceKey key = synced(2021, round);
        assertThatThrownBy(() -> run(Job.INGEST_SPRINT_QUALIFYING, key)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no sprint-qualifying session").hasMessageContaining(key.toString());
        assertThat(storage.results().sprintQualifying(key)).isEmpty();
        assertThat(status(key)).isEqualTo(RaceStatus.SCHEDULED);

        run(Job.INGEST_SPRINT, key);
        assertThat(status(key)).isEqualTo(RaceStatus.SPRINT_DONE);
        assertResults(storage.results().raceResults(key, RaceType.SPRINT), round.sprintResults());
        assertThat(storage.results().sprintQualifying(key)).as("the sprint never lands in the SQ columns").isEmpty();
        // 2021: the sprint's laps and conditions come from the live-timing archive (the router's 2018-2022 era).
        int sprintLaps = fake.history().season(2021).sessionData(round.round(), SessionType.SPRINT).laps().size();
        assertThat(storage.laps().laps(key, RaceType.SPRINT)).as("archive sprint laps").hasSize(sprintLaps)
                .allMatch(l -> l.sector1Ms() != null && l.compound() != null && l.trackStatus() != null);
        assertThat(storage.races().conditions(key, RaceType.SPRINT).orElseThrow().weather()).isNotNull();
        assertThat(storage.races().conditions(key, RaceType.SPRINT).orElseThrow().safetyCarLaps()).isNotNull();

        run(Job.INGEST_QUALIFYING, key);
        assertThat(status(key)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        run(Job.INGEST_RACE, key);
        assertThat(status(key)).isEqualTo(RaceStatus.COMPLETED);
        assertThat(storage.laps().laps(key, RaceType.GRAND_PRIX)).as("archive laps for 2021").isNotEmpty()
                .allMatch(l -> l.lapTimeMs() != null && l.compound() != null && l.stint() != null);
        assertThat(storage.results().qualifying(key)).as("archive sectors for 2021 qualifying")
                .allMatch(q -> q.sector1Ms() != null && q.speedTrapKph() != null);
    }

    @Test
    @DisplayName("2023 sprint shootout: SQ from OpenF1, then the sprint keeps the SQ grid, full chain")
    void shootout2023() {
        chainWithSprintQualifying(2023, EventFormat.SPRINT_SHOOTOUT);
    }

    @Test
    @DisplayName("2024 sprint qualifying: SQ from OpenF1, then the sprint keeps the SQ grid, full chain")
    void sprintQualifying2024() {
        chainWithSprintQualifying(2024, EventFormat.SPRINT_QUALIFYING);
    }

    private void chainWithSprintQualifying(int year, EventFormat format) {
        SyntheticRound round = firstSprint(year);
        assertThat(round.format()).isEqualTo(format);
        RaceKey key = synced(year, round);

        run(Job.INGEST_SPRINT_QUALIFYING, key);
        assertThat(status(key)).isEqualTo(RaceStatus.SPRINT_QUALIFYING_DONE);
        List<QualifyingResult> sq = storage.results().sprintQualifying(key);
        assertThat(sq).hasSize(round.sprintQualifying().size());
        for (QualifyingRow truth : round.sprintQualifying()) {
            QualifyingResult row = sq.stream().filter(r -> r.position() == truth.position()).findFirst()
                    .orElseThrow();
            assertThat(row.driver().value()).isEqualTo(truth.entry().driverId());
            assertThat(row.q1Ms()).isEqualTo(truth.q1() == null || truth.q1() <= 0 ? null : truth.q1().intValue());
            assertThat(row.sector1Ms()).isNotNull();
        }

        run(Job.INGEST_SPRINT, key);
        assertThat(status(key)).isEqualTo(RaceStatus.SPRINT_DONE);
        assertResults(storage.results().raceResults(key, RaceType.SPRINT), round.sprintResults());
        assertThat(storage.results().sprintQualifying(key)).as("SQ group kept").isEqualTo(sq);
        assertThat(storage.laps().laps(key, RaceType.SPRINT)).isNotEmpty();
        assertThat(storage.races().conditions(key, RaceType.SPRINT).orElseThrow().airTempC()).isNotNull();

        Map<String, Object> beforeRerun = StorageSnapshot.of(storage, year);
        JobReport again = run(Job.INGEST_SPRINT_QUALIFYING, key);
        assertThat(again.notes()).anySatisfy(n -> assertThat(n).contains("status stays sprint_done"));
        assertThat(StorageSnapshot.of(storage, year)).as("re-running SQ keeps the sprint result")
                .isEqualTo(beforeRerun);

        run(Job.INGEST_QUALIFYING, key);
        assertThat(status(key)).isEqualTo(RaceStatus.QUALIFYING_DONE);
        JobReport fp2 = run(Job.INGEST_FP2, key);
        assertThat(fp2.notes()).anySatisfy(n -> assertThat(n).contains("no FP2 session"));
        run(Job.INGEST_RACE, key);
        assertThat(status(key)).isEqualTo(RaceStatus.COMPLETED);
        assertThat(storage.results().raceResults(key, RaceType.SPRINT)).hasSize(round.sprintResults().size());
    }

    @Test
    @DisplayName("sprint jobs refuse a conventional weekend, naming the race")
    void conventionalRefused() {
        SyntheticRound round = fake.history().season(2024).rounds().stream().filter(r -> !r.hasSprint())
                .findFirst().orElseThrow();
        RaceKey key = synced(2024, round);
        for (Job job : List.of(Job.INGEST_SPRINT, Job.INGEST_SPRINT_QUALIFYING)) {
            assertThatThrownBy(() -> run(job, key)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("conventional weekend").hasMessageContaining(key.toString());
        }
    }

    private static void assertResults(List<RaceResult> stored, List<ResultRow> truth) {
        assertThat(stored).hasSize(truth.size());
        for (ResultRow t : truth) {
            RaceResult r = stored.stream().filter(x -> x.driver().value().equals(t.entry().driverId())).findFirst()
                    .orElseThrow();
            assertThat(r.positionText()).isEqualTo(t.positionText());
            assertThat(r.points()).isEqualTo(t.points());
            assertThat(r.grid()).isEqualTo(t.grid());
        }
    }
}
