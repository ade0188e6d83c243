package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.f1pipeline.domain.SessionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake OpenF1's laps, stints and weather have the structure of the real recordings (three 2023 races):
 * flat arrays, the same field names, numbers as JSON numbers, ISO datetimes with offsets.
 */
class OpenF1ConformanceTest {
    private static FakeF1Api fake;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.ofDefaults());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "meeting_key=1141/session_key=7953, laps, driver_number=1/laps.json",
        "meeting_key=1141/session_key=7953, stints, driver_number=44/stints.json",
        "meeting_key=1141/session_key=7953, weather, weather.json",
        "meeting_key=1208/session_key=9078, laps, driver_number=16/laps.json",
        "meeting_key=1208/session_key=9078, stints, driver_number=1/stints.json",
        "meeting_key=1208/session_key=9078, weather, weather.json",
        "meeting_key=1212/session_key=9110, laps, driver_number=4/laps.json",
        "meeting_key=1212/session_key=9110, weather, weather.json",
    })
    void fakeRowsHaveTheRealShape(String folder, String endpoint, String file) throws IOException {
        JsonNode real = Http.parse(Files.readString(RealData.file("openf1/season=2023/" + folder + "/" + file)));
        // Optional values (null sectors...) show up in some drivers' files only: use the union of the session.
        JsonShape realShape = JsonShape.of(real);
        String name = file.substring(file.lastIndexOf('/') + 1);
        try (var files = Files.walk(RealData.dir().resolve("openf1/season=2023/" + folder))) {
            for (var p : files.filter(x -> x.getFileName().toString().equals(name)).toList()) {
                realShape.plus(JsonShape.of(Http.parse(Files.readString(p))));
            }
        }
        int session = fake.history().season(2023).round(1).session(SessionType.RACE).key();
        String query = endpoint.equals("weather") ? "session_key=" + session : "session_key=" + session + "&driver_number=1";
        JsonNode fakeJson = Http.json(fake.openF1BaseUrl() + "/" + endpoint + "?" + query);

        assertThat(real.isArray()).isTrue();
        assertThat(fakeJson.isArray()).isTrue();
        assertThat(fakeJson.size()).isPositive();
        JsonShape fakeShape = JsonShape.of(fakeJson);
        // The collector re-serialised the recordings per driver; the keys and kinds are the API's.
        List<String> extra = JsonShape.diff(realShape, fakeShape, false, Set.of());
        assertThat(extra).as("differences to the real recording").isEmpty();
    }
}
