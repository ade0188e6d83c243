package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.storage.FailingStorage;
import org.f1pipeline.testkit.storage.StorageSnapshot;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The standings follow the results: ingest_race and ingest_sprint rewrite the tables from their round on, in the
 * same transaction as the results; a failure leaves both unchanged, a rerun changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandingsIngestTest {

    private FakeF1Api fake;
    private Storage storage;
    private F1Pipeline pipeline;
    private int sprintRound;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        sprintRound = fake.history().season(2024).rounds().stream().filter(SyntheticRound::hasSprint).findFirst()
                .orElseThrow().round();
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        pipeline = IngestFixture.pipeline(fake, storage, ConventionalWeekendTest.DEC_2024);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(2024));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private JobReport race(int round) {
        return pipeline.runJob(Job.INGEST_RACE, JobParams.race(RaceKey.of(2024, round)));
    }

    /** The drivers' points summed by hand from the stored results of rounds 1..round (2024: every result counts). */
    private Map<String, Double> summed(int round) {
        Map<String, Double> points = new java.util.TreeMap<>();
        for (RaceType type : RaceType.values()) {
            for (RaceResult r : storage.results().raceResults(2024, 2024, type)) {
                if (r.race().round() <= round) {
                    points.merge(r.driver().value(), r.points(), Double::sum);
                }
            }
        }
        return points;
    }

    private static Map<String, Double> points(List<Standing> table) {
        Map<String, Double> out = new java.util.TreeMap<>();
        table.forEach(s -> out.put(s.driver().value(), s.points()));
        return out;
    }

    @Test
    @DisplayName("each ingest_race stores the table after its round; the table is the results' official sum")
    void tablesFollowRaces() {
        JobReport first = race(1);
        assertThat(first.rowsWritten()).containsKey("standings");
        race(2);
        race(3);
        assertThat(storage.standings().lastRound(2024)).hasValue(3);
        for (int round = 1; round <= 3; round++) {
            List<Standing> table = storage.standings().after(2024, round, StandingsKind.DRIVERS);
            assertThat(points(table)).as("round " + round).isEqualTo(summed(round));
            assertThat(table).extracting(Standing::position).isSorted().startsWith(1);
            assertThat(table.get(0).points()).isGreaterThanOrEqualTo(table.get(1).points());
        }
        List<Standing> teams = storage.standings().after(2024, 3, StandingsKind.CONSTRUCTORS);
        double teamTotal = teams.stream().mapToDouble(Standing::points).sum();
        assertThat(teamTotal).isEqualTo(summed(3).values().stream().mapToDouble(Double::doubleValue).sum());
        assertThat(pipeline.standings(2024, StandingsKind.DRIVERS)).isEqualTo(
                storage.standings().after(2024, 3, StandingsKind.DRIVERS));
    }

    @Test
    @DisplayName("a sprint's points join its round's table, whichever of sprint and grand prix comes first")
    void sprintPoints() {
        List<Integer> rounds = new ArrayList<>();
        for (int r = 1; r <= sprintRound; r++) {
            rounds.add(r);
        }
        for (int r : rounds) {
            if (r == sprintRound) {
                pipeline.runJob(Job.INGEST_SPRINT, JobParams.race(RaceKey.of(2024, r)));
                assertThat(storage.standings().lastRound(2024)).as("sprint alone: no table yet")
                        .hasValue(sprintRound - 1);
            }
            race(r);
        }
        List<Standing> table = storage.standings().after(2024, sprintRound, StandingsKind.DRIVERS);
        assertThat(points(table)).isEqualTo(summed(sprintRound));
        assertThat(storage.results().raceResults(RaceKey.of(2024, sprintRound), RaceType.SPRINT)).isNotEmpty();
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        pipeline.runJob(Job.INGEST_SPRINT, JobParams.race(RaceKey.of(2024, sprintRound)));
        assertThat(StorageSnapshot.of(storage, 2024)).isEqualTo(before);
    }

    @Test
    @DisplayName("running ingest_race again, or for an earlier round, leaves the same database")
    void idempotent() {
        race(1);
        race(2);
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        race(2);
        race(1);
        assertThat(StorageSnapshot.of(storage, 2024)).isEqualTo(before);
    }

    @Test
    @DisplayName("a failure writing the standings rolls back the results too; one writing the status, the standings")
    void rollback() {
        race(1);
        Map<String, Object> before = StorageSnapshot.of(storage, 2024);
        for (String[] fault : List.of(new String[] {"standings", "replaceFrom"}, new String[] {"races", "setStatus"})) {
            F1Pipeline failing = IngestFixture.pipeline(fake, FailingStorage.failingOn(storage, fault[0], fault[1]),
                    ConventionalWeekendTest.DEC_2024);
            assertThatThrownBy(() -> failing.runJob(Job.INGEST_RACE, JobParams.race(RaceKey.of(2024, 2))))
                    .hasMessageContaining("injected fault");
            assertThat(StorageSnapshot.of(storage, 2024)).as(fault[0] + "." + fault[1]).isEqualTo(before);
        }
        assertThat(storage.races().race(RaceKey.of(2024, 2)).map(Race::status).orElseThrow().wireName())
                .isNotEqualTo("completed");
    }
}
