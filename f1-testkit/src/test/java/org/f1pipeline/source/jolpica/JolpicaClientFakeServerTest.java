package org.f1pipeline.source.jolpica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link JolpicaClient} over real HTTP against the fake Jolpica of the test kit, which pages and regroups rows like
 * the real server. Compares what the client reads with the synthetic facts the fake serves, and counts requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JolpicaClientFakeServerTest {

    private FakeF1Api fake;
    private JolpicaClient client;
    private SyntheticHistory history;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        history = fake.history();
        // The bare HTTP layer: no limiter, no cache, so every call is visible in the fake's request log.
        Fetcher http = Fetchers.http(FetchConfig.ofDefaults(), Ticker.system(), Clock.systemUTC());
        client = new JolpicaClient(http, JolpicaConfig.ofDefaults().withBaseUrl(fake.jolpicaBaseUrl()));
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void clearLog() {
        fake.requestLog().clear();
    }

    private int requests(String endpoint) {
        return fake.requestLog().count(FakeApi.JOLPICA, endpoint);
    }

    @Test
    @DisplayName("a modern schedule: every round, sprint formats by year, sessions by name, one request")
    void schedule2024() {
        List<ScheduledRace> races = client.schedule(2024);
        SyntheticSeason season = history.season(2024);
        assertThat(races).hasSize(Eras.roundCount(2024));
        for (ScheduledRace r : races) {
            SyntheticRound truth = season.round(r.race().key().round());
            assertThat(r.race().format()).as("format of %s", r.race().key()).isEqualTo(truth.format());
            assertThat(r.circuit().id().value()).isEqualTo(truth.circuit().circuitId());
            assertThat(r.race().sessionStart(SessionType.RACE)).contains(truth.raceStart());
            if (truth.hasSprint()) {
                assertThat(r.race().sessionStart(SessionType.SPRINT_QUALIFYING)).isPresent();
            }
        }
        assertThat(fake.requestLog().count(FakeApi.JOLPICA)).isEqualTo(1);
    }

    @Test
    @DisplayName("sprint formats across the eras: 2021-22 sprint, 2023 shootout, 2024+ sprint qualifying")
    void sprintEras() {
        Map<Integer, Set<EventFormat>> formats = new LinkedHashMap<>();
        for (int year : List.of(2020, 2021, 2022, 2023, 2024, 2025)) {
            formats.put(year, client.schedule(year).stream().map(r -> r.race().format()).collect(Collectors.toSet()));
        }
        assertThat(formats.get(2020)).containsOnly(EventFormat.CONVENTIONAL);
        assertThat(formats.get(2021)).contains(EventFormat.SPRINT).doesNotContain(EventFormat.SPRINT_SHOOTOUT);
        assertThat(formats.get(2023)).contains(EventFormat.SPRINT_SHOOTOUT);
        assertThat(formats.get(2025)).contains(EventFormat.SPRINT_QUALIFYING);
    }

    @Test
    @DisplayName("an old schedule has dates only, so no session starts")
    void oldSchedule() {
        List<ScheduledRace> races = client.schedule(1965);
        assertThat(races).hasSize(Eras.roundCount(1965));
        assertThat(races).allSatisfy(r -> assertThat(r.race().sessionStarts()).isEmpty());
    }

    @Test
    @DisplayName("season results: every row of every race, winners as in the facts, ceil(total/100) requests")
    void seasonResults() {
        List<ResultRow> rows = client.results(2024);
        SyntheticSeason season = history.season(2024);
        int expectedRows = season.rounds().stream().mapToInt(r -> r.results().size()).sum();
        assertThat(rows).hasSize(expectedRows);
        assertThat(requests("results")).isEqualTo((expectedRows + 99) / 100);
        for (SyntheticRound round : season.rounds()) {
            RaceResult winner = rows.stream().map(ResultRow::result)
                    .filter(r -> r.race().round() == round.round() && Integer.valueOf(1).equals(r.finishPosition()))
                    .findFirst().orElseThrow();
            assertThat(winner.driver().value()).isEqualTo(round.winner().driverId());
            assertThat(winner.constructor().value()).isEqualTo(round.winner().constructorId());
        }
        SeasonRoster roster = SeasonRoster.fromRows(2024, rows);
        assertThat(roster.entries()).allSatisfy(e -> assertThat(e.carNumber()).isNotNull());
    }

    @Test
    @DisplayName("one race's results match the facts row by row")
    void raceResults() {
        SyntheticRound round = history.season(2023).round(9);
        List<ResultRow> rows = client.results(RaceKey.of(2023, 9));
        assertThat(rows).hasSize(round.results().size());
        for (int i = 0; i < rows.size(); i++) {
            RaceResult r = rows.get(i).result();
            var truth = round.results().get(i);
            assertThat(r.driver().value()).isEqualTo(truth.entry().driverId());
            assertThat(r.positionText()).isEqualTo(truth.positionText());
            assertThat(r.points()).isEqualTo(truth.points());
            assertThat(r.grid()).isEqualTo(truth.grid());
            assertThat(r.laps()).isEqualTo(truth.laps());
            assertThat(r.status()).isEqualTo(truth.status());
            assertThat(r.totalTimeMs()).isEqualTo(truth.millis());
            assertThat(r.carNumber()).isEqualTo(truth.entry().number());
        }
        assertThat(requests("results")).isEqualTo(1);
    }

    @Test
    @DisplayName("sprint results and qualifying of a sprint season")
    void sprintAndQualifying() {
        List<ResultRow> sprint = client.sprintResults(2024);
        int sprintRows = history.season(2024).rounds().stream().mapToInt(r -> r.sprintResults().size()).sum();
        assertThat(sprint).hasSize(sprintRows).allSatisfy(r -> assertThat(r.result().type()).isEqualTo(
                RaceType.SPRINT));
        List<QualifyingRow> quali = client.qualifying(2024);
        int qualiRows = history.season(2024).rounds().stream().mapToInt(r -> r.qualifying().size()).sum();
        assertThat(quali).hasSize(qualiRows);
        assertThat(quali).filteredOn(q -> q.result().position() == 1).allSatisfy(q ->
                assertThat(q.result().q1Ms()).isNotNull());
    }

    @Test
    @DisplayName("laps of one race: all rows across about a dozen pages, lap by lap")
    void laps() {
        SyntheticRound round = history.season(2024).round(3);
        List<LapTime> laps = client.laps(RaceKey.of(2024, 3));
        assertThat(laps).isNotEmpty();
        assertThat(laps).allSatisfy(l -> assertThat(l.race()).isEqualTo(RaceKey.of(2024, 3)));
        assertThat(laps.stream().mapToInt(LapTime::lap).max().orElseThrow()).isEqualTo(round.raceLaps());
        assertThat(requests("laps")).isEqualTo((laps.size() + 99) / 100);
        // Each (lap, driver) once, even where a lap straddles two pages.
        assertThat(laps.stream().map(l -> l.lap() + "/" + l.driver()).distinct().count()).isEqualTo(laps.size());
    }

    @Test
    @DisplayName("pit stops of one race")
    void pitStops() {
        List<PitStop> stops = client.pitStops(RaceKey.of(2024, 3));
        assertThat(stops).isNotEmpty().allSatisfy(s -> {
            assertThat(s.race()).isEqualTo(RaceKey.of(2024, 3));
            assertThat(s.stop()).isPositive();
        });
    }

    @Test
    @DisplayName("the pre-season entry list pairs every raced driver with a team, at 1 + teams requests")
    void entryList() {
        SeasonRoster roster = client.entryList(2024);
        int teams = roster.constructors().size();
        assertThat(fake.requestLog().count(FakeApi.JOLPICA)).isEqualTo(1 + teams);
        Set<String> pairs = roster.entries().stream()
                .map(e -> e.driver().value() + "@" + e.constructor().value()).collect(Collectors.toSet());
        Set<String> raced = history.season(2024).rounds().stream().flatMap(r -> r.entries().stream())
                .map(e -> e.driverId() + "@" + e.constructorId()).collect(Collectors.toSet());
        assertThat(pairs).containsAll(raced);
    }

    @Test
    @DisplayName("a full 1950-2025 backfill of schedule, results, qualifying and sprint stays under 800 requests")
    void backfillBudget() {
        for (int year = 1950; year <= 2025; year++) {
            List<ScheduledRace> schedule = client.schedule(year);
            List<ResultRow> results = client.results(year);
            assertThat(results).as("results %d", year).isNotEmpty();
            client.qualifying(year);
            if (schedule.stream().anyMatch(r -> r.race().isSprintWeekend())) {
                client.sprintResults(year);
            }
        }
        Map<String, Integer> byEndpoint = fake.requestLog().countsByEndpoint(FakeApi.JOLPICA);
        int total = fake.requestLog().count(FakeApi.JOLPICA);
        System.out.println("Jolpica backfill 1950-2025 against the fake: " + total + " requests " + byEndpoint);
        assertThat(total).isLessThanOrEqualTo(800);
    }
}
