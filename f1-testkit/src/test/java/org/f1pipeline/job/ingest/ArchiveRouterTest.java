package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The source router with the live-timing archive (issue 11 points 4-5), against the fakes: a 2018-2022 season through
 * the backfill with every detail column filled, OpenF1 switched off or refusing for 2024 jobs, and a weekend's
 * archive files read once for all its jobs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveRouterTest {

    private static final Instant DEC_2024 = Instant.parse("2024-12-20T00:00:00Z");

    private FakeF1Api fake;
    private Storage storage;

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
        fake.faults().reset();
        fake.requestLog().clear();
    }

    @AfterEach
    void close() {
        fake.faults().reset();
        storage.close();
    }

    private F1Pipeline pipeline() {
        return IngestFixture.pipeline(fake, storage, DEC_2024);
    }

    @Test
    @DisplayName("backfill 2021 (a 2018-2022 season, sprints included) stores every detail column from the archive")
    void backfillSeasonFromArchive() {
        BackfillReport report = pipeline().backfillFull(2021, 2021, BackfillOptions.ofDefaults()
                .withComputeJobs(false), BackfillListener.NONE);
        assertThat(report.skips()).isEmpty();
        int withLongRuns = 0;
        assertThat(report.roundsCompleted()).isEqualTo(report.roundsTotal()).isEqualTo(22);
        assertThat(fake.requestLog().count(FakeApi.OPENF1)).isZero();
        for (SyntheticRound r : fake.history().season(2021).rounds()) {
            RaceKey key = RaceKey.of(2021, r.round());
            List<LapTime> laps = storage.laps().laps(key, RaceType.GRAND_PRIX);
            assertThat(laps).as("laps of %s", key)
                    .hasSize(fake.history().season(2021).sessionData(r.round(), SessionType.RACE).laps().size())
                    .allMatch(l -> l.lapTimeMs() != null && l.sector1Ms() != null && l.sector2Ms() != null
                            && l.sector3Ms() != null && l.speedTrapKph() != null && l.compound() != null
                            && l.tyreLife() != null && l.freshTyre() != null && l.stint() != null
                            && l.trackStatus() != null && l.position() != null);
            RaceConditions c = storage.races().conditions(key, RaceType.GRAND_PRIX).orElseThrow();
            assertThat(c.weather()).isNotNull();
            assertThat(c.airTempC()).isNotNull();
            assertThat(c.humidityPct()).isNotNull();
            assertThat(c.safetyCarLaps()).isNotNull();
            assertThat(c.virtualSafetyCarLaps()).isNotNull();
            assertThat(storage.results().qualifying(key)).isNotEmpty()
                    .allMatch(q -> q.sector1Ms() != null && q.sector2Ms() != null && q.sector3Ms() != null
                            && q.speedTrapKph() != null);
            withLongRuns += storage.laps().longRuns(key).isEmpty() ? 0 : 1;
            if (r.hasSprint()) {
                assertThat(storage.laps().laps(key, RaceType.SPRINT)).isNotEmpty()
                        .allMatch(l -> l.sector1Ms() != null && l.compound() != null);
                assertThat(storage.races().conditions(key, RaceType.SPRINT).orElseThrow().weather()).isNotNull();
            }
        }
        // FP2 ran for every round (no skip); a weekend whose FP2 had no dry stint of 5 laps has no long run.
        assertThat(withLongRuns).isGreaterThanOrEqualTo(20);
    }

    @Test
    @DisplayName("2024 with OpenF1 switched off: race detail and sprint qualifying come from the archive, no OpenF1"
            + " request")
    void openF1Off() {
        F1Pipeline p = pipeline();
        p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        p.runJob(Job.SYNC_SEASON, JobParams.year(2024));
        SyntheticRound sprint = fake.history().season(2024).rounds().stream().filter(SyntheticRound::hasSprint)
                .findFirst().orElseThrow();
        assertThat(sprint.format()).isEqualTo(EventFormat.SPRINT_QUALIFYING);
        RaceKey key = RaceKey.of(2024, sprint.round());
        fake.requestLog().clear();
        JobReport sq = p.runJob(Job.INGEST_SPRINT_QUALIFYING, JobParams.race(key), false);
        assertThat(sq.notes()).anyMatch(n -> n.contains("live-timing archive"));
        List<QualifyingResult> rows = storage.results().sprintQualifying(key);
        List<QualifyingRow> truth = sprint.sprintQualifying();
        assertThat(rows).hasSize(truth.size());
        for (QualifyingRow t : truth) {
            QualifyingResult r = rows.stream().filter(x -> x.driver().value().equals(t.entry().driverId()))
                    .findFirst().orElseThrow();
            assertThat(r.position()).as("SQ position of %s", t.entry().driverId()).isEqualTo(t.position());
            assertThat(r.q1Ms()).isEqualTo(time(t.q1()));
            assertThat(r.q2Ms()).isEqualTo(time(t.q2()));
            assertThat(r.q3Ms()).isEqualTo(time(t.q3()));
            assertThat(r.sector1Ms()).isNotNull();
        }
        p.runJob(Job.INGEST_SPRINT, JobParams.race(key), false);
        p.runJob(Job.INGEST_QUALIFYING, JobParams.race(key), false);
        p.runJob(Job.INGEST_RACE, JobParams.race(key), false);
        assertThat(fake.requestLog().count(FakeApi.OPENF1)).isZero();
        assertThat(storage.laps().laps(key, RaceType.GRAND_PRIX)).isNotEmpty()
                .allMatch(l -> l.sector1Ms() != null && l.compound() != null && l.lapTimeMs() != null);
        assertThat(storage.laps().laps(key, RaceType.SPRINT)).isNotEmpty().allMatch(l -> l.compound() != null);
        assertThat(storage.races().conditions(key, RaceType.GRAND_PRIX).orElseThrow().safetyCarLaps()).isNotNull();
    }

    private static Integer time(Long t) {
        return t == null || t == QualifyingRow.NO_TIME ? null : t.intValue();
    }

    @Test
    @DisplayName("OpenF1's live-session refusal (401) falls back to the archive; a weekend's files are read once")
    void refusalAndOneReadPerWeekend() {
        F1Pipeline p = pipeline();
        p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        p.runJob(Job.SYNC_SEASON, JobParams.year(2024));
        SyntheticRound r = fake.history().season(2024).rounds().stream().filter(x -> !x.hasSprint()).skip(2)
                .findFirst().orElseThrow();
        RaceKey key = RaceKey.of(2024, r.round());
        fake.faults().openF1LiveSession(true);
        fake.requestLog().clear();
        JobReport race = p.runJob(Job.INGEST_RACE, JobParams.race(key));
        assertThat(race.notes()).anyMatch(n -> n.contains("OpenF1 failed"))
                .anyMatch(n -> n.contains("live-timing archive"));
        assertThat(storage.laps().laps(key, RaceType.GRAND_PRIX)).allMatch(l -> l.compound() != null);
        int archive = fake.requestLog().count(FakeApi.LIVETIMING);
        assertThat(archive).isEqualTo(9); // the season index + 8 race topics
        p.runJob(Job.INGEST_RACE, JobParams.race(key));
        // The session's files are memoised; the current season's index is read again (it grows during a season).
        assertThat(fake.requestLog().count(FakeApi.LIVETIMING)).as("memoised weekend").isEqualTo(archive + 1);
    }
}
