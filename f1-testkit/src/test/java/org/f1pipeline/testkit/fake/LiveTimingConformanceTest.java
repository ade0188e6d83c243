package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake archive's files look like the real ones: UTF-8 BOM, CRLF after every record, 12-character
 * {@code HH:MM:SS.mmm} prefixes, and (after merging the patches) only field names and value kinds that the real
 * topic has, including the core fields clients read.
 */
class LiveTimingConformanceTest {
    private static final Pattern RECORD = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[{\"].*");
    private static FakeF1Api fake;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.ofDefaults());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @ParameterizedTest(name = "{2} of {0}")
    @CsvSource({
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, SessionInfo, .Meeting.Name;.Key;.Path;.GmtOffset",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, SessionStatus, .Status",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, TrackStatus, .Status;.Message",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, LapCount, .CurrentLap;.TotalLaps",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, DriverList, .#.RacingNumber;.#.Tla;.#.TeamName",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, RaceControlMessages, .Messages.#.Utc;.Messages.#.Category;.Messages.#.Message",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, TimingAppData, .Lines.#.Stints.#.Compound;.Lines.#.Stints.#.New;.Lines.#.GridPos",
        "2025/2025-05-04_Miami_Grand_Prix/2025-05-03_Sprint, SPRINT, TimingData, .Lines.#.NumberOfLaps;.Lines.#.LastLapTime.Value;.Lines.#.Sectors.#.Value;.Lines.#.GapToLeader;.Lines.#.Position",
        "2023/2023-04-30_Azerbaijan_Grand_Prix/2023-04-28_Qualifying, QUALIFYING, TimingData, .SessionPart;.Lines.#.BestLapTimes.#.Value;.Lines.#.KnockedOut;.Lines.#.NumberOfLaps",
        "2023/2023-04-30_Azerbaijan_Grand_Prix/2023-04-29_Sprint_Shootout, SPRINT_QUALIFYING, TimingAppData, .Lines.#.Stints.#.Compound",
        "2021/2021-07-18_British_Grand_Prix/2021-07-18_Race, RACE, WeatherData, .AirTemp;.Rainfall;.TrackTemp;.WindSpeed",
        "2021/2021-07-18_British_Grand_Prix/2021-07-18_Race, RACE, TimingAppData, .Lines.#.Stints.#.TotalLaps",
    })
    void topicLooksLikeTheRealOne(String realFolder, SessionType type, String topic, String core) throws IOException {
        byte[] real = Files.readAllBytes(RealData.file("livetiming/" + realFolder + "/" + topic + ".jsonStream"));
        // Compare with the same season and round of the synthetic history (the formats drift over the years).
        int year = Integer.parseInt(realFolder.substring(0, 4));
        int round = year == 2025 ? 6 : year == 2023 ? 4 : 10;
        SyntheticRound r = fake.history().season(year).round(round);
        String path = r.liveTimingPath() + folder(r, type);
        byte[] fakeBytes = Http.get(fake.liveTimingBaseUrl() + "/" + path + topic + ".jsonStream").body();

        assertLineFormat(real, "real " + topic);
        assertLineFormat(fakeBytes, "fake " + topic);
        JsonShape realShape = merged(real).folded();
        JsonShape fakeShape = merged(fakeBytes).folded();
        List<String> extra = JsonShape.diff(realShape, fakeShape, true, Set.of());
        assertThat(extra).as("fake fields/kinds absent from the real " + topic).isEmpty();
        for (String p : core.split(";")) {
            assertThat(fakeShape.paths).as("core field " + p).containsKey(p);
        }
    }

    @Test
    void seasonIndexLooksLikeTheRealOne() throws IOException {
        byte[] real = Files.readAllBytes(RealData.file("livetiming/2023/Index.json"));
        byte[] fakeBytes = Http.get(fake.liveTimingBaseUrl() + "/2023/Index.json").body();
        assertThat(real).startsWith(LiveTimingStream.BOM);
        assertThat(fakeBytes).startsWith(LiveTimingStream.BOM);
        JsonShape realShape = JsonShape.of(Http.parse(new String(real, StandardCharsets.UTF_8)));
        JsonShape fakeShape = JsonShape.of(Http.parse(new String(fakeBytes, StandardCharsets.UTF_8)));
        assertThat(JsonShape.diff(realShape, fakeShape, false, Set.of())).isEmpty();
    }

    private static String folder(SyntheticRound r, SessionType type) {
        return LiveTimingPaths.sessionFolder(r, r.session(type));
    }

    static void assertLineFormat(byte[] bytes, String what) {
        assertThat(bytes).as(what + " starts with the UTF-8 BOM").startsWith(LiveTimingStream.BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).as(what + " ends with CRLF").endsWith("\r\n");
        String[] lines = text.split("\r\n");
        for (String line : lines) {
            assertThat(line).as(what + " record").matches(RECORD).doesNotContain("\n");
        }
    }

    static JsonShape merged(byte[] bytes) {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        JsonNode state = JolpicaJson.F.objectNode();
        for (String line : text.split("\r\n")) {
            state = LiveTimingStream.merge(state, Http.parse(line.substring(12)));
        }
        return JsonShape.of(state);
    }
}
