package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Inflater;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paths, the as-of cut, keyframes and compressed topics of the fake live-timing archive. */
class LiveTimingBehaviourTest {
    private static FakeF1Api fake;
    private static SyntheticRound britain;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
        britain = fake.history().season(2024).round(12);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private static String url(SyntheticRound r, SessionType t, String file) {
        return fake.liveTimingBaseUrl() + "/" + LiveTimingPaths.sessionPath(r, r.session(t)) + file;
    }

    @Test
    void indexListsOnlyStartedSessionsAndFutureFilesAre403() {
        JsonNode index = Http.json(fake.liveTimingBaseUrl() + "/2024/Index.json");
        assertThat(index.get("Meetings")).hasSize(12);
        assertThat(LiveTimingPaths.sessionPath(britain, britain.session(SessionType.RACE)))
                .isEqualTo("2024/2024-07-07_British_Grand_Prix/2024-07-07_Race/");
        SyntheticRound next = fake.history().season(2024).round(13);
        assertThat(Http.get(url(next, SessionType.RACE, "TimingData.jsonStream")).statusCode()).isEqualTo(403);
        assertThat(Http.get(fake.liveTimingBaseUrl() + "/2017/Index.json").statusCode()).isEqualTo(403);
        assertThat(Http.get(url(britain, SessionType.RACE, "Nope.jsonStream")).statusCode()).isEqualTo(403);
        assertThat(Http.get(url(britain, SessionType.QUALIFYING, "LapCount.jsonStream")).statusCode()).isEqualTo(403);
    }

    @Test
    void keyframeIsTheMergedStreamAndLapCountsAgreeWithTheModel() {
        JsonNode key = Http.json(url(britain, SessionType.RACE, "TimingData.json"));
        var winner = britain.results().get(0);
        JsonNode line = key.get("Lines").get(String.valueOf(winner.entry().number()));
        assertThat(line.get("NumberOfLaps").asInt()).isEqualTo(winner.laps());
        assertThat(line.get("Position").asText()).isEqualTo("1");
        assertThat(line.get("Sectors").isArray()).isTrue();
        var session = Http.get(url(britain, SessionType.RACE, "SessionInfo.jsonStream"));
        assertThat(session.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    }

    @Test
    void compressedTopicsAreQuotedBase64RawDeflate() throws Exception {
        String text = Http.text(Http.get(url(britain, SessionType.RACE, "CarData.z.jsonStream")));
        String first = text.substring(1).split("\r\n")[0];
        String payload = first.substring(12);
        assertThat(payload).startsWith("\"").endsWith("\"");
        byte[] raw = Base64.getDecoder().decode(payload.substring(1, payload.length() - 1));
        Inflater inf = new Inflater(true);
        inf.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!inf.finished()) {
            out.write(buf, 0, inf.inflate(buf));
        }
        JsonNode decoded = Http.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(decoded.get("Entries").get(0).get("Utc").asText()).matches("\\d{4}-.*\\.\\d{7}Z");
    }

    @Test
    void lastLapTimesMatchTheModelLaps() {
        String text = Http.text(Http.get(url(britain, SessionType.RACE, "TimingData.jsonStream")));
        LapRow lap10 = fake.history().season(2024).sessionData(12, SessionType.RACE).laps().stream()
                .filter(l -> l.lap() == 10 && l.position() == 1).findFirst().orElseThrow();
        assertThat(text).contains("{\"Lines\":{\"" + lap10.number() + "\":{\"Sectors\":{\"2\":{\"Value\":");
        assertThat(text).contains("\"LastLapTime\":{\"Value\":\""
                + org.f1pipeline.testkit.synthetic.TimeFormats.lapTime(lap10.lapMs()) + "\"},\"NumberOfLaps\":10");
    }
}
