package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.source.openf1.UnknownDriverException;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FaultKind;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.f1pipeline.testkit.storage.StorageSnapshot;
import org.f1pipeline.testkit.storage.FailingStorage;

/**
 * Bad input, data not published yet, drivers off the roster, broken payloads and faults in the middle of a job: each
 * fails clearly and leaves the database exactly as it was (in-memory storage; the SQL adapters run the same rollback
 * cases in f1-examples).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorsAndRollbackTest {

    private FakeF1Api fake;
    private Storage storage;
    private SyntheticRound round;
    private RaceKey key;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        round = fake.history().season(2024).rounds().stream().filter(r -> !r.hasSprint()).skip(4).findFirst()
                .orElseThrow();
        key = RaceKey.of(2024, round.round());
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        fake.faults().reset();
        fake.setAsOf(null);
        F1Pipeline setup = pipelineAt(ConventionalWeekendTest.DEC_2024);
        setup.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        setup.runJob(Job.SYNC_SEASON, JobParams.year(2024));
        fake.requestLog().clear();
    }

    @AfterEach
    void close() {
        fake.setAsOf(null);
        fake.faults().reset();
        storage.close();
    }

    private F1Pipeline pipelineAt(Instant now) {
        return IngestFixture.pipeline(fake, storage, now);
    }

    private void assertUnchanged(Map<String, Object> before) {
        assertThat(StorageSnapshot.of(storage, 2024)).isEqualTo(before);
    }

    @Test
    @DisplayName("date guard: a session in the future is not available, before any request, nothing written")
    void futureSession() {
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        Instant weekendStart = round.sessions().get(0).start();
        F1Pipeline early = pipelineAt(weekendStart.minus(Duration.ofHours(1)));
        for (Job job : List.of(Job.INGEST_QUALIFYING, Job.INGEST_QUALIFYING_LEGACY, Job.INGEST_RACE,
                Job.INGEST_FP2)) {
            assertThatThrownBy(() -> early.runJob(job, JobParams.race(key)))
                    .isInstanceOf(DataNotAvailableException.class).hasMessageContaining(key.toString())
                    .hasMessageContaining("retry later");
        }
        assertThat(fake.requestLog().count()).isZero();
        assertUnchanged(before);
    }

    @Test
    @DisplayName("results not published yet (session over, source empty) is DataNotAvailable, nothing written")
    void emptyResults() {
        Instant justAfterStart = round.raceStart().plus(Duration.ofMinutes(30));
        fake.setAsOf(justAfterStart);
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        assertThatThrownBy(() -> pipelineAt(justAfterStart).runJob(Job.INGEST_RACE, JobParams.race(key)))
                .isInstanceOf(DataNotAvailableException.class)
                .hasMessageContaining("Jolpica has no results for " + round.raceName() + " yet");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("a driver in the results who is not on the entry list: clear error naming race and driver")
    void unknownDriver() {
        String missing = round.results().get(3).entry().driverId();
        List<SeasonEntry> entries = storage.catalog().seasonEntries(2024).stream()
                .filter(e -> !e.driver().value().equals(missing)).toList();
        storage.catalog().replaceSeasonEntries(2024, entries);
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        F1Pipeline pipeline = pipelineAt(ConventionalWeekendTest.DEC_2024);
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_RACE, JobParams.race(key)))
                .isInstanceOf(JobException.class)
                .hasMessageContaining(key + " results: driver '" + missing + "'")
                .hasMessageContaining("is not on the 2024 entry list");
        SyntheticRound sprint = fake.history().season(2024).rounds().stream().filter(SyntheticRound::hasSprint)
                .filter(r -> r.sprintQualifying().stream().anyMatch(q -> q.entry().driverId().equals(missing)))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_SPRINT_QUALIFYING,
                JobParams.round(2024, sprint.round()))).isInstanceOf(UnknownDriverException.class)
                .hasMessageContaining("season 2024 round " + sprint.round());
        assertUnchanged(before);
    }

    @Test
    @DisplayName("bad input: a round the season does not have, a season never synced")
    void badInput() {
        F1Pipeline pipeline = pipelineAt(ConventionalWeekendTest.DEC_2024);
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_RACE, JobParams.round(2024, 27)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("round 27 does not exist in season 2024, which has 24 rounds (1-24)");
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_QUALIFYING, JobParams.round(1990, 3)))
                .isInstanceOf(JobException.class).hasMessageContaining("run sync_schedule for year 1990 first");
        assertThatThrownBy(() -> pipeline.runJob(Job.SYNC_SEASON, JobParams.round(2024, 26)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("round 26 does not exist");
        assertThat(fake.requestLog().count()).isZero();
    }

    @Test
    @DisplayName("a payload Jolpica garbles is a SourceFormatException naming the URL; nothing written")
    void malformedPayload() {
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        fake.faults().malformedJson(FakeApi.JOLPICA, 1);
        assertThatThrownBy(() -> pipelineAt(ConventionalWeekendTest.DEC_2024).runJob(Job.INGEST_RACE,
                JobParams.race(key))).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("/2024/" + key.round() + "/results");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("rollback: the last request of the job fails (OpenF1 500s) and nothing is written")
    void lastRequestFails() {
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        // Every attempt, and the per-session fallback the client tries after a failed weekend query, get a 500.
        fake.faults().inject(FakeApi.OPENF1, "race_control", 100, FaultKind.SERVER_ERROR, 500);
        assertThatThrownBy(() -> pipelineAt(ConventionalWeekendTest.DEC_2024).runJob(Job.INGEST_RACE,
                JobParams.race(key))).isInstanceOf(FetchException.class).hasMessageContaining("race_control");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("rollback: the storage fails on the last write (the status) and results, laps, conditions vanish")
    void lastWriteFails() {
        pipelineAt(ConventionalWeekendTest.DEC_2024).runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        Storage failing = FailingStorage.failingOn(storage, "races", "setStatus");
        F1Pipeline pipeline = IngestFixture.pipeline(fake, failing, ConventionalWeekendTest.DEC_2024);
        assertThatThrownBy(() -> pipeline.runJob(Job.INGEST_RACE, JobParams.race(key)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("injected fault");
        assertUnchanged(before);
        Storage failingSq = FailingStorage.failingOn(storage, "races", "transitionStatus");
        F1Pipeline sq = IngestFixture.pipeline(fake, failingSq, ConventionalWeekendTest.DEC_2024);
        assertThatThrownBy(() -> sq.runJob(Job.INGEST_QUALIFYING, JobParams.race(key)))
                .hasMessageContaining("injected fault");
        assertUnchanged(before);
    }
}
