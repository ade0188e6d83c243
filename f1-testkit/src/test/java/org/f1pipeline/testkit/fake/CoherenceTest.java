package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One set of facts behind all three fakes, served byte-identically every time. */
class CoherenceTest {
    private static FakeF1Api fake;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void jolpicaWinnerIsOpenF1WinnerAndLapsAgree() {
        SyntheticRound r = fake.history().season(2024).round(6);
        JsonNode results = Http.json(fake.jolpicaBaseUrl() + "/2024/6/results.json").get("MRData")
                .get("RaceTable").get("Races").get(0).get("Results");
        String winnerNumber = results.get(0).get("number").asText();
        int race = r.session(SessionType.RACE).key();
        JsonNode of1 = Http.json(fake.openF1BaseUrl() + "/session_result?session_key=" + race + "&position=1");
        assertThat(of1.get(0).get("driver_number").asText()).isEqualTo(winnerNumber);
        assertThat(of1.get(0).get("number_of_laps").asText()).isEqualTo(results.get(0).get("laps").asText());

        JsonNode jLap = Http.json(fake.jolpicaBaseUrl() + "/2024/6/laps/7.json").get("MRData").get("RaceTable")
                .get("Races").get(0).get("Laps").get(0).get("Timings").get(0);
        int number = r.entry(jLap.get("driverId").asText()).number();
        JsonNode oLap = Http.json(fake.openF1BaseUrl() + "/laps?session_key=" + race + "&driver_number=" + number
                + "&lap_number=7").get(0);
        String[] mss = jLap.get("time").asText().split("[:.]");
        double seconds = Integer.parseInt(mss[0]) * 60 + Integer.parseInt(mss[1]) + Integer.parseInt(mss[2]) / 1000.0;
        assertThat(oLap.get("lap_duration").asDouble()).isEqualTo(seconds);

        JsonNode grid = Http.json(fake.openF1BaseUrl() + "/starting_grid?session_key=" + race + "&position=1");
        assertThat(grid.get(0).get("driver_number").asInt()).isEqualTo(
                r.results().stream().filter(x -> x.grid() == 1).findFirst().orElseThrow().entry().number());
    }

    @Test
    void sameBytesTwiceAndFromAFreshHistory() {
        String[] urls = {fake.jolpicaBaseUrl() + "/2024/5/laps.json?limit=100&offset=200",
            fake.openF1BaseUrl() + "/laps?session_key=" + fake.history().season(2024).round(5).session(SessionType.RACE).key(),
            fake.liveTimingBaseUrl() + "/" + LiveTimingPaths.sessionPath(fake.history().season(2024).round(5),
                    fake.history().season(2024).round(5).session(SessionType.QUALIFYING)) + "TimingData.jsonStream"};
        try (FakeF1Api other = FakeF1Api.start(FakeF1Options.builder().history(new SyntheticHistory())
                .asOf(SyntheticHistory.DEMO_TODAY).build())) {
            for (String url : urls) {
                byte[] a = Http.get(url).body();
                byte[] b = Http.get(url).body();
                byte[] c = Http.get(url.replace(fake.baseUrl(), other.baseUrl())).body();
                assertThat(a).isEqualTo(b);
                assertThat(Arrays.equals(a, c) || new String(c).equals(new String(a).replace(fake.baseUrl(), other.baseUrl())))
                        .as(url).isTrue();
            }
        }
    }
}
