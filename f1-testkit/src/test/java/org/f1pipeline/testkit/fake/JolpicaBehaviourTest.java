package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging, the as-of cut, round keywords, criteria echo and error shapes of the fake Jolpica. */
class JolpicaBehaviourTest {
    private static FakeF1Api fake;
    private static SyntheticSeason demo;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
        demo = fake.history().season(SyntheticHistory.DEMO_YEAR);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private static JsonNode get(String path) {
        return Http.json(fake.jolpicaBaseUrl() + path).get("MRData");
    }

    @Test
    void seasonWideResultsArePagedByRowAndSplitRacesRepeatTheirHeader() {
        int done = demo.completedRounds(SyntheticHistory.DEMO_TODAY).size();
        assertThat(done).isEqualTo(12);
        int rowsPerRace = demo.round(1).results().size();
        JsonNode first = get("/2024/results.json?limit=30&offset=0");
        assertThat(first.get("total").asText()).isEqualTo(String.valueOf(done * rowsPerRace));
        JsonNode races = first.get("RaceTable").get("Races");
        assertThat(races).hasSize(2);
        assertThat(races.get(0).get("Results")).hasSize(rowsPerRace);
        assertThat(races.get(1).get("Results")).hasSize(30 - rowsPerRace);
        JsonNode second = get("/2024/results.json?limit=30&offset=30").get("RaceTable").get("Races");
        assertThat(second.get(0).get("round").asText()).isEqualTo("2");
        assertThat(second.get(0).get("Results").get(0).get("position").asText())
                .isEqualTo(String.valueOf(30 - rowsPerRace + 1));
        assertThat(second.get(0).get("raceName").asText()).isEqualTo(demo.round(2).raceName());
    }

    @Test
    void limitIsClampedTo100AndJunkFallsBackToDefaults() {
        assertThat(get("/2024/5/laps.json?limit=1200").get("limit").asText()).isEqualTo("100");
        assertThat(get("/2024/5/laps.json?limit=abc&offset=-3").get("limit").asText()).isEqualTo("30");
        assertThat(get("/2024/5/laps.json?offset=99999").get("RaceTable").get("Races")).isEmpty();
    }

    @Test
    void lapsPageStartsInsideALapLikeTheRealApi() {
        SyntheticRound r = demo.round(5);
        JsonNode page = get("/2024/5/laps.json?offset=45&limit=10").get("RaceTable").get("Races").get(0).get("Laps");
        int lap1 = (int) demo.sessionData(5, org.f1pipeline.domain.SessionType.RACE).laps().stream()
                .filter(l -> l.lap() == 1).count();
        int lap2 = (int) demo.sessionData(5, org.f1pipeline.domain.SessionType.RACE).laps().stream()
                .filter(l -> l.lap() == 2).count();
        assertThat(page.get(0).get("number").asText()).isEqualTo(lap1 + lap2 > 45 ? "2" : "3");
        assertThat(r.raceLaps()).isBetween(44, 78);
    }

    @Test
    void futureRoundsHaveAScheduleButNoResults() {
        assertThat(get("/2024.json").get("total").asText()).isEqualTo("24");
        assertThat(get("/2024/13/results.json").get("total").asText()).isEqualTo("0");
        assertThat(get("/2024/12/results.json").get("total").asText()).isEqualTo("20");
        assertThat(get("/current/last.json").get("RaceTable").get("round").asText()).isEqualTo("12");
        assertThat(get("/current/next.json").get("RaceTable").get("round").asText()).isEqualTo("13");
        assertThat(get("/2024/driverstandings.json").get("StandingsTable").get("round").asText()).isEqualTo("12");
        assertThat(get("/2025/results.json").get("total").asText()).isEqualTo("0");
    }

    @Test
    void movingAsOfPublishesTheNextRace() {
        try (FakeF1Api other = FakeF1Api.start(FakeF1Options.demo())) {
            String url = other.jolpicaBaseUrl() + "/2024/13/results.json";
            assertThat(Http.json(url).get("MRData").get("total").asText()).isEqualTo("0");
            other.setAsOf(demo.round(13).session(org.f1pipeline.domain.SessionType.RACE).end());
            JsonNode mr = Http.json(url).get("MRData");
            assertThat(mr.get("total").asText()).isEqualTo("20");
            assertThat(mr.get("RaceTable").get("Races").get(0).get("Results").get(0).get("Driver").get("driverId")
                    .asText()).isEqualTo(demo.round(13).winner().driverId());
        }
    }

    @Test
    void criteriaAreEchoedAndFiltersApply() {
        String winner = demo.round(3).winner().driverId();
        JsonNode mr = get("/2024/drivers/" + winner + "/results/1/results.json");
        JsonNode table = mr.get("RaceTable");
        assertThat(table.get("driverId").asText()).isEqualTo(winner);
        assertThat(table.get("position").asText()).isEqualTo("1");
        long wins = demo.completedRounds(SyntheticHistory.DEMO_TODAY).stream()
                .filter(r -> r.winner().driverId().equals(winner)).count();
        assertThat(mr.get("total").asText()).isEqualTo(String.valueOf(wins));
        assertThat(get("/2024/constructors/notexist/drivers.json").get("total").asText()).isEqualTo("0");
        assertThat(get("/drivers/" + winner + ".json").get("DriverTable").get("Drivers").get(0).get("driverId")
                .asText()).isEqualTo(winner);
    }

    @Test
    void errorShapesMatchJolpica() {
        assertError("/laps.json", 400, "{\"detail\":\"Bad Request: Missing one of the required parameters ['season_year', 'race_round'].\"}");
        assertError("/2024/pitstops.json", 400, "{\"detail\":\"Bad Request: Missing one of the required parameters ['season_year', 'race_round'].\"}");
        assertError("/seasons/2010.json", 400, "{\"detail\":\"Bad Request: Endpoint does not support final filter.\"}");
        assertError("/2023/11/laps/1/races.json", 400, "{\"detail\":\"Bad Request: Unsupported filter for endpoint.\"}");
        assertError("/2024/results/fish.json", 404, null);
        assertError("/2024/nonsense.json", 404, null);
        HttpResponse<byte[]> redirect = Http.get(fake.jolpicaBaseUrl() + "/2024/results");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/2024/results/"));
    }

    @Test
    void oldSeasonsHaveEraShapes() {
        JsonNode race = get("/1979/1/results.json").get("RaceTable").get("Races").get(0);
        assertThat(race.has("time")).isFalse();
        assertThat(race.get("Results").get(0).has("FastestLap")).isFalse();
        assertThat(get("/1985/1/laps.json").get("total").asText()).isEqualTo("0");
        assertThat(get("/2010/1/pitstops.json").get("total").asText()).isEqualTo("0");
        assertThat(get("/1990/1/qualifying.json").get("total").asText()).isEqualTo("0");
        JsonNode q = get("/2000/1/qualifying.json").get("RaceTable").get("Races").get(0).get("QualifyingResults").get(0);
        assertThat(q.has("Q1")).isTrue();
        assertThat(q.has("Q2")).isFalse();
        assertThat(get("/1955/constructorstandings.json").get("total").asText()).isEqualTo("0");
    }

    private static void assertError(String path, int status, String body) {
        HttpResponse<byte[]> r = Http.get(fake.jolpicaBaseUrl() + path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        if (body != null) {
            assertThat(Http.text(r)).isEqualTo(body);
        } else {
            assertThat(Http.text(r)).contains("<title>Not Found</title>");
        }
    }
}
