package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.f1pipeline.testkit.storage.StorageSnapshot;

/**
 * Every job of a conventional 2024 weekend against the fake Jolpica and OpenF1, compared with the synthetic facts
 * the fakes serve: schedule, roster, qualifying with OpenF1 sectors, FP2 long runs, race with OpenF1 laps and
 * conditions, the status chain, the request counts, and a second run that changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConventionalWeekendTest {

    /** Mid-December 2024: the season is the current one, so jobs ask per race. */
    static final Instant DEC_2024 = Instant.parse("2024-12-20T12:00:00Z");

    private FakeF1Api fake;
    private SyntheticSeason season;
    private Storage storage;
    private F1Pipeline pipeline;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        season = fake.history().season(2024);
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        pipeline = IngestFixture.pipeline(fake, storage, DEC_2024);
        fake.requestLog().clear();
        fake.faults().reset();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private SyntheticRound conventional() {
        return season.rounds().stream().filter(r -> r.format() == EventFormat.CONVENTIONAL).skip(2).findFirst()
                .orElseThrow();
    }

    private JobReport run(Job job, JobParams params) {
        return pipeline.runJob(job, params);
    }

    @Test
    @DisplayName("sync_schedule: every round with circuit, format and sessions, one request, status scheduled")
    void schedule() {
        JobReport report = run(Job.SYNC_SCHEDULE, JobParams.year(2024));
        List<Race> races = storage.races().races(2024);
        assertThat(races).hasSize(season.rounds().size());
        for (Race race : races) {
            SyntheticRound truth = season.round(race.key().round());
            assertThat(race.format()).isEqualTo(truth.format());
            assertThat(race.circuit().value()).isEqualTo(truth.circuit().circuitId());
            assertThat(race.status()).isEqualTo(RaceStatus.SCHEDULED);
            assertThat(race.sessionStart(SessionType.RACE)).contains(truth.raceStart());
        }
        assertThat(report.requests()).isEqualTo(1).isEqualTo(fake.requestLog().count());
        assertThat(report.rowsWritten()).containsEntry("races", season.rounds().size());
    }

    @Test
    @DisplayName("sync_season: every driver and team of the season, with first rounds and car numbers")
    void season() {
        run(Job.SYNC_SCHEDULE, JobParams.year(2024));
        run(Job.SYNC_SEASON, JobParams.year(2024));
        Set<String> pairs = storage.catalog().seasonEntries(2024).stream()
                .map(e -> e.driver().value() + "@" + e.constructor().value()).collect(Collectors.toSet());
        Set<String> raced = season.rounds().stream().flatMap(r -> r.entries().stream())
                .map(e -> e.driverId() + "@" + e.constructorId()).collect(Collectors.toSet());
        assertThat(pairs).isEqualTo(raced);
        assertThat(storage.catalog().seasonEntries(2024)).allSatisfy(e -> {
            assertThat(e.carNumber()).isNotNull();
            assertThat(e.firstRound()).isNotNull();
        });
    }

    @Test
    @DisplayName("the weekend chain: qualifying with sectors, FP2 long runs, race with laps and conditions")
    void weekend() {
        SyntheticRound round = conventional();
        RaceKey key = RaceKey.of(2024, round.round());
        run(Job.SYNC_SCHEDULE, JobParams.year(2024));
        run(Job.SYNC_SEASON, JobParams.year(2024));

        fake.requestLog().clear();
        JobReport quali = run(Job.INGEST_QUALIFYING, JobParams.race(key));
        assertThat(quali.requests()).isEqualTo(fake.requestLog().count());
        assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);
        List<QualifyingResult> q = storage.results().qualifying(key);
        assertThat(q).hasSize(round.qualifying().size());
        for (QualifyingRow truth : round.qualifying()) {
            QualifyingResult row = q.stream().filter(r -> r.position() == truth.position()).findFirst().orElseThrow();
            assertThat(row.driver().value()).isEqualTo(truth.entry().driverId());
            assertThat(row.constructor().value()).isEqualTo(truth.entry().constructorId());
            assertThat(row.q1Ms()).isEqualTo(ms(truth.q1()));
            assertThat(row.q3Ms()).isEqualTo(ms(truth.q3()));
            assertThat(row.sector1Ms()).isNotNull();
            assertThat(row.speedTrapKph()).isNotNull();
        }

        JobReport fp2 = run(Job.INGEST_FP2, JobParams.race(key));
        assertThat(storage.laps().longRuns(key)).isNotEmpty().hasSize(fp2.rowsWritten().get("long_runs"));
        assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);

        run(Job.INGEST_RACE, JobParams.race(key));
        assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        List<RaceResult> results = storage.results().raceResults(key, RaceType.GRAND_PRIX);
        assertThat(results).hasSize(round.results().size());
        for (ResultRow truth : round.results()) {
            RaceResult r = results.stream().filter(x -> x.driver().value().equals(truth.entry().driverId()))
                    .findFirst().orElseThrow();
            assertThat(r.positionText()).isEqualTo(truth.positionText());
            assertThat(r.points()).isEqualTo(truth.points());
            assertThat(r.grid()).isEqualTo(truth.grid());
            assertThat(r.status()).isEqualTo(truth.status());
        }
        assertThat(results.stream().filter(RaceResult::fastestLap)).hasSize(1);
        SessionData raceData = season.sessionData(round.round(), SessionType.RACE);
        List<LapTime> laps = storage.laps().laps(key, RaceType.GRAND_PRIX);
        assertThat(laps).isNotEmpty();
        assertThat(laps).allSatisfy(l -> assertThat(l.compound()).isNotNull());
        assertThat(laps.stream().map(LapTime::driver).distinct().count())
                .isEqualTo(raceData.laps().stream().map(LapRow::driverId).distinct().count());
        RaceConditions c = storage.races().conditions(key, RaceType.GRAND_PRIX).orElseThrow();
        long scLaps = raceData.laps().stream().filter(l -> l.trackStatus().contains("4")).map(LapRow::lap)
                .distinct().count();
        assertThat(c.weather()).isEqualTo(season.wet(round, SessionType.RACE) ? c.weather() : WeatherLabel.DRY);
        assertThat(c.airTempC()).isNotNull();
        assertThat(c.safetyCarLaps()).isEqualTo((int) scLaps);
        assertThat(storage.catalog().circuit(storage.races().race(key).orElseThrow().circuit()).orElseThrow()
                .safetyCarProbability()).isEqualTo(scLaps > 0 ? 1.0 : 0.0);
        // Pit stops from Jolpica's pitstops endpoint: every stop of the synthetic race, with lap and lane time.
        List<String> stored = storage.pitStops().pitStops(key).stream()
                .map(p -> p.driver().value() + "/" + p.stop() + "/" + p.lap() + "/" + p.durationMs()).sorted().toList();
        List<String> truth = raceData.pitStops().stream()
                .map(p -> p.driverId() + "/" + p.stop() + "/" + p.lap() + "/" + p.laneMs()).sorted().toList();
        assertThat(stored).isNotEmpty().isEqualTo(truth);
        assertThat(storage.pitStops().pitStops(key)).allSatisfy(p -> assertThat(p.timeOfDay()).isNotNull());
    }

    @Test
    @DisplayName("running every job of the weekend twice leaves an identical database")
    void idempotent() {
        RaceKey key = RaceKey.of(2024, conventional().round());
        List<Job> jobs = List.of(Job.SYNC_SCHEDULE, Job.SYNC_SEASON, Job.INGEST_QUALIFYING, Job.INGEST_FP2,
                Job.INGEST_RACE);
        for (Job job : jobs) {
            run(job, job.scope() == Job.Scope.YEAR ? JobParams.year(2024) : JobParams.race(key));
        }
        Map<String, Object> first = StorageSnapshot.of(storage, 2024);
        for (Job job : jobs) {
            run(job, job.scope() == Job.Scope.YEAR ? JobParams.year(2024) : JobParams.race(key));
        }
        assertThat(StorageSnapshot.of(storage, 2024)).isEqualTo(first);
    }

    @Test
    @DisplayName("jobs ask Jolpica per race; a finished weekend costs OpenF1 one request per endpoint, shared")
    void requestCounts() {
        RaceKey key = RaceKey.of(2024, conventional().round());
        run(Job.SYNC_SCHEDULE, JobParams.year(2024));
        run(Job.SYNC_SEASON, JobParams.year(2024));
        fake.requestLog().clear();
        JobReport quali = run(Job.INGEST_QUALIFYING, JobParams.race(key));
        // qualifying; the season's sessions; then the weekend's 6 endpoints for all its sessions at once.
        assertThat(fake.requestLog().countsByEndpoint(FakeApi.JOLPICA)).isEqualTo(Map.of("qualifying", 1));
        assertThat(fake.requestLog().count(FakeApi.OPENF1)).isEqualTo(7);
        assertThat(quali.requests()).isEqualTo(8);
        fake.requestLog().clear();
        JobReport fp2 = run(Job.INGEST_FP2, JobParams.race(key));
        JobReport race = run(Job.INGEST_RACE, JobParams.race(key));
        // The weekend's OpenF1 rows are shared: FP2 and the race only ask Jolpica for the results and pit stops.
        assertThat(fp2.requests()).isZero();
        assertThat(fake.requestLog().countsByEndpoint(FakeApi.JOLPICA)).isEqualTo(Map.of("results", 1,
                "pitstops", 1));
        assertThat(race.requests()).isEqualTo(2).isEqualTo(fake.requestLog().count());
    }

    private static Integer ms(Long time) {
        return time == null || time <= 0 ? null : time.intValue();
    }
}
