package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 2014+ classifications that are published but irregular (issue 9 point 2), made from the synthetic fake's real wire
 * answers by rewriting one race's {@code results} body: a qualifier who withdrew before the start (no race row), a
 * disqualification that leaves a position vacant. Within the publication grace such data is "not published yet"
 * (exit 3); after it, it is stored as published with a note, and the round completes. Before this change both were
 * refused with "retry later" forever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IrregularClassificationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        F1Pipeline setup = pipeline(ConventionalWeekendTest.DEC_2024, UnaryOperator.identity());
        setup.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        setup.runJob(Job.SYNC_SEASON, JobParams.year(2024));
        setup.runJob(Job.INGEST_QUALIFYING, JobParams.race(key));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    /** A pipeline whose Jolpica results answers for the round pass through {@code rewrite}. */
    private F1Pipeline pipeline(Instant now, UnaryOperator<ObjectNode> rewrite) {
        return pipeline(now, rewrite, false);
    }

    /**
     * As above; with {@code noOpenF1Laps} every OpenF1 {@code laps} answer is an empty list and the live-timing
     * archive has no FP2 files (404): no source has the session's laps.
     */
    private F1Pipeline pipeline(Instant now, UnaryOperator<ObjectNode> rewrite, boolean noOpenF1Laps) {
        FakeTicker ticker = new FakeTicker();
        PipelineConfig config = IngestFixture.config(fake);
        Fetcher http = Fetchers.http(config.fetch(), ticker, Clock.fixed(now, ZoneOffset.UTC));
        Fetcher rewriting = request -> {
            FetchResponse r = http.fetch(request);
            if (noOpenF1Laps && request.uri().getPath().contains("Practice_2")) {
                throw new HttpStatusException(request.uri(), 404, 1, "", null);
            }
            if (noOpenF1Laps && request.uri().getPath().endsWith("/v1/laps")) {
                byte[] empty = "[]".getBytes(StandardCharsets.UTF_8);
                return new FetchResponse(r.uri(), r.status(), r.headers(), empty, empty.length, r.elapsed(),
                        r.fromCache(), r.attempts());
            }
            if (!request.uri().getPath().endsWith("/2024/" + key.round() + "/results.json")) {
                return r;
            }
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(r.body());
                byte[] body = JSON.writeValueAsBytes(rewrite.apply(root));
                return new FetchResponse(r.uri(), r.status(), r.headers(), body, body.length, r.elapsed(),
                        r.fromCache(), r.attempts());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC)).config(config)
                .fetcher(rewriting).ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }

    private static ArrayNode results(ObjectNode root) {
        return (ArrayNode) root.get("MRData").get("RaceTable").get("Races").get(0).get("Results");
    }

    /** Removes the row of the driver who qualified last: he withdrew before the start. */
    private ObjectNode withdrawn(ObjectNode root) {
        String driver = lastQualifier();
        ArrayNode rows = results(root);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("Driver").get("driverId").asText().equals(driver)) {
                rows.remove(i);
                break;
            }
        }
        ObjectNode mr = (ObjectNode) root.get("MRData");
        mr.put("total", String.valueOf(rows.size()));
        return root;
    }

    private String lastQualifier() {
        return storage.results().qualifying(key).stream().max(java.util.Comparator.comparingInt(q -> q.position()))
                .orElseThrow().driver().value();
    }

    /** The runner-up is disqualified and his place is not reassigned: position 2 stays vacant. */
    private static ObjectNode disqualified(ObjectNode root) {
        ObjectNode second = (ObjectNode) results(root).get(1);
        second.put("positionText", "D");
        second.put("points", "0");
        second.put("status", "Disqualified");
        second.remove("Time");
        return root;
    }

    @Test
    @DisplayName("a qualifier who withdrew: exit 3 within the grace, then stored as published with a note")
    void withdrawnQualifier() {
        Instant hourAfter = round.raceStart().plus(Duration.ofHours(1));
        assertThatThrownBy(() -> pipeline(hourAfter, this::withdrawn).runJob(Job.INGEST_RACE, JobParams.race(key)))
                .isInstanceOf(DataNotAvailableException.class)
                .hasMessageContaining("19 result rows but 20 drivers qualified");
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX)).isEmpty();

        String driver = lastQualifier();
        Instant fourDaysAfter = round.raceStart().plus(Duration.ofDays(4));
        pipeline(fourDaysAfter, this::withdrawn).runJob(Job.INGEST_RACE, JobParams.race(key));
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX)).hasSize(19)
                .noneMatch(r -> r.driver().value().equals(driver));
        assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
        assertThat(storage.notes().notes(key)).singleElement().satisfies(n -> {
            assertThat(n.session()).isEqualTo(SessionType.RACE);
            assertThat(n.kind()).isEqualTo(DataNote.Kind.NO_RACE_ROW);
            assertThat(n.text()).startsWith("1 of 20 qualifiers have no race row").endsWith(driver + " (P20)");
        });
    }

    @Test
    @DisplayName("a DSQ leaving position 2 vacant: stored as published after the grace, with a note; rerun the same")
    void vacantPosition() {
        Instant fourDaysAfter = round.raceStart().plus(Duration.ofDays(4));
        pipeline(fourDaysAfter, IrregularClassificationsTest::disqualified).runJob(Job.INGEST_RACE,
                JobParams.race(key));
        RaceResult dsq = storage.results().raceResults(key, RaceType.GRAND_PRIX).stream()
                .filter(r -> r.positionText().equals("D")).findFirst().orElseThrow();
        assertThat(dsq.finishPosition()).isNull();
        assertThat(dsq.positionOrder()).isEqualTo(2);
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX)).hasSize(20);
        assertThat(storage.notes().notes(key)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(DataNote.Kind.VACANT_POSITIONS);
            assertThat(n.text()).startsWith("classified positions 1-").contains(" of 20 rows with position 2 vacant");
        });
        pipeline(fourDaysAfter, IrregularClassificationsTest::disqualified).runJob(Job.INGEST_RACE,
                JobParams.race(key));
        assertThat(storage.notes().notes(key)).hasSize(1);
    }

    @Test
    @DisplayName("no results at all long after the race: exit 1 naming the cause, never 'retry later' forever")
    void nothingPublished() {
        Instant weekAfter = round.raceStart().plus(Duration.ofDays(7));
        UnaryOperator<ObjectNode> empty = root -> {
            results(root).removeAll();
            ((ObjectNode) root.get("MRData").get("RaceTable")).putArray("Races");
            ((ObjectNode) root.get("MRData")).put("total", "0");
            return root;
        };
        assertThatThrownBy(() -> pipeline(weekAfter, empty).runJob(Job.INGEST_RACE, JobParams.race(key)))
                .isInstanceOf(JobException.class)
                .hasMessageContaining("Jolpica has no results for " + round.raceName())
                .hasMessageContaining("h after its scheduled start (publication grace 72 h)");
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("ingest_fp2 without FP2 laps: exit 3 just after FP2, exit 1 naming the cause for a long-finished one")
    void fp2LongFinished() {
        Instant fp2Start = round.session(SessionType.FP2).start();
        assertThatThrownBy(() -> pipeline(fp2Start.plus(Duration.ofHours(2)), UnaryOperator.identity(), true)
                .runJob(Job.INGEST_FP2, JobParams.race(key)))
                .isInstanceOf(DataNotAvailableException.class)
                .hasMessageContaining("neither OpenF1 nor the live-timing archive has FP2 laps of " + round.raceName())
                .hasMessageContaining("yet; nothing was written, retry later");
        assertThatThrownBy(() -> pipeline(ConventionalWeekendTest.DEC_2024, UnaryOperator.identity(), true)
                .runJob(Job.INGEST_FP2, JobParams.race(key)))
                .isInstanceOf(JobException.class)
                .hasMessageContaining("neither OpenF1 nor the live-timing archive has FP2 laps of " + round.raceName())
                .hasMessageContaining("h after its scheduled start (publication grace 72 h)");
        assertThat(storage.laps().longRuns(key)).isEmpty();
    }

    @Test
    @DisplayName("a DNS row is stored as published (W, did not start, no finishing position), no note")
    void didNotStart() {
        UnaryOperator<ObjectNode> dns = root -> {
            ObjectNode last = (ObjectNode) results(root).get(results(root).size() - 1);
            last.put("positionText", "W");
            last.put("status", "Did not start");
            last.put("laps", "0");
            last.put("points", "0");
            last.remove("Time");
            last.remove("FastestLap");
            return root;
        };
        pipeline(round.raceStart().plus(Duration.ofHours(3)), dns).runJob(Job.INGEST_RACE, JobParams.race(key));
        RaceResult w = storage.results().raceResults(key, RaceType.GRAND_PRIX).stream()
                .filter(r -> r.positionText().equals("W")).findFirst().orElseThrow();
        assertThat(w.finishPosition()).isNull();
        assertThat(w.status()).isEqualTo("Did not start");
        assertThat(w.positionOrder()).isEqualTo(20);
        assertThat(storage.results().raceResults(key, RaceType.GRAND_PRIX)).hasSize(20);
        assertThat(storage.notes().notes(key)).isEmpty();
    }
}
