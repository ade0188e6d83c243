package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, latest, CSV, era and as-of cuts, the live-session refusal and the row budget of the fake OpenF1. */
class OpenF1BehaviourTest {
    private static FakeF1Api fake;
    private static SyntheticRound china;
    private static int race;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
        china = fake.history().season(2024).round(5);
        race = china.session(SessionType.RACE).key();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private static JsonNode get(String query) {
        return Http.json(fake.openF1BaseUrl() + query);
    }

    private static List<Integer> ints(JsonNode rows, String field) {
        List<Integer> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get(field).asInt()));
        return out;
    }

    @Test
    void comparisonFiltersAndRepeatedEqualities() {
        JsonNode laps = get("/laps?session_key=" + race + "&driver_number=1&lap_number>=5&lap_number<=7");
        assertThat(ints(laps, "lap_number")).containsExactly(5, 6, 7);
        JsonNode encoded = get("/laps?session_key=" + race + "&driver_number=1&lap_number%3E%3D5&lap_number%3C=7");
        assertThat(encoded).isEqualTo(laps);
        JsonNode two = get("/drivers?session_key=" + race + "&driver_number=1&driver_number=4");
        assertThat(ints(two, "driver_number")).containsExactlyInAnyOrder(1, 4);
        JsonNode top3 = get("/session_result?session_key=" + race + "&position<=3");
        assertThat(ints(top3, "position")).containsExactly(1, 2, 3);
    }

    @Test
    void dateFiltersIncludingDateOnlyDays() {
        JsonNode day = get("/sessions?year=2024&date_start=2024-04-21");
        assertThat(day).hasSize(1);
        assertThat(day.get(0).get("session_name").asText()).isEqualTo("Race");
        JsonNode window = get("/sessions?date_start>=2024-04-01&date_end<=2024-04-30");
        assertThat(window.size()).isEqualTo(10); // Japan (Apr 5-7) and China (Apr 19-21)
        JsonNode weather = get("/weather?session_key=" + race + "&date>2024-04-21T07:00:00%2B00:00&date<2024-04-21T07:10:00");
        assertThat(weather.size()).isBetween(9, 11);
    }

    @Test
    void latestMeansTheMostRecentStartedSession() {
        JsonNode s = get("/sessions?session_key=latest");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).get("session_key").asInt())
                .isEqualTo(fake.history().season(2024).round(12).session(SessionType.RACE).key());
    }

    @Test
    void csvHasSortedColumnsAndPythonRendering() {
        String csv = Http.text(Http.get(fake.openF1BaseUrl() + "/stints?session_key=" + race + "&driver_number=1&csv=true"));
        assertThat(csv.split("\r\n")[0])
                .isEqualTo("compound,driver_number,lap_end,lap_start,meeting_key,session_key,stint_number,tyre_age_at_start");
        String bools = Http.text(Http.get(fake.openF1BaseUrl() + "/session_result?session_key=" + race + "&position=1&csv=true"));
        assertThat(bools).contains("False");
        assertThat(Http.get(fake.openF1BaseUrl() + "/stints?session_key=1&csv=true").statusCode()).isEqualTo(500);
    }

    @Test
    void noDataBefore2023OrForUnfinishedSessions() {
        assertThat(get("/meetings?year=2022")).isEmpty();
        assertThat(get("/meetings?year=2024")).hasSize(24);
        int future = fake.history().season(2024).round(13).session(SessionType.RACE).key();
        assertThat(get("/sessions?session_key=" + future)).hasSize(1);
        assertThat(get("/laps?session_key=" + future)).isEmpty();
        assertThat(get("/championship_drivers?session_key=" + race)).isEmpty();
    }

    @Test
    void heavyEndpointsNeedASession() {
        HttpResponse<byte[]> r = Http.get(fake.openF1BaseUrl() + "/car_data?driver_number=1&speed>=300");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(Http.text(r)).contains("An error occurred");
        JsonNode fast = get("/car_data?session_key=" + race + "&driver_number=1&speed>=300");
        assertThat(fast.size()).isPositive();
        fast.forEach(row -> assertThat(row.get("speed").asInt()).isGreaterThanOrEqualTo(300));
        assertThat(get("/location?session_key=" + race + "&driver_number=1&date<2024-04-21T07:01:00").size()).isPositive();
    }

    @Test
    void liveSessionRefusalWhileASessionRuns() {
        try (FakeF1Api live = FakeF1Api.start(FakeF1Options.builder()
                .asOf(china.session(SessionType.QUALIFYING).start().plusSeconds(600)).build())) {
            HttpResponse<byte[]> r = Http.get(live.openF1BaseUrl() + "/meetings?year=2023");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(Http.text(r)).isEqualTo(FakeRouter.LIVE_DETAIL);
            live.faults().openF1RefuseDuringLiveSessions(false);
            assertThat(Http.get(live.openF1BaseUrl() + "/meetings?year=2023").statusCode()).isEqualTo(200);
            live.faults().openF1LiveSession(true);
            assertThat(Http.get(live.openF1BaseUrl() + "/meetings?year=2023").statusCode()).isEqualTo(401);
            assertThat(live.requestLog().count(r2 -> r2.fault() == FaultKind.LIVE_SESSION)).isEqualTo(2);
        }
    }

    @Test
    void rowBudgetStandsInForTheQueryTimeout() {
        try (FakeF1Api small = FakeF1Api.start(FakeF1Options.builder().asOf(SyntheticHistory.DEMO_TODAY)
                .openF1MaxRows(500).build())) {
            assertThat(Http.get(small.openF1BaseUrl() + "/laps?year=2024").statusCode()).isEqualTo(500);
            assertThat(Http.get(small.openF1BaseUrl() + "/laps?session_key=" + race + "&driver_number=1")
                    .statusCode()).isEqualTo(200);
        }
    }
}
