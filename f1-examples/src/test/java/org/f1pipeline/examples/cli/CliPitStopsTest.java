package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.synthetic.PitStopRow;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.domain.SessionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code f1 pitstops}: the pit stops {@code ingest_race} stored from Jolpica's pitstops endpoint. */
class CliPitStopsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeF1Api fake;
    private static CliHarness f1;

    @BeforeAll
    static void ingest(@TempDir Path dir) {
        fake = FakeF1Api.start(FakeF1Options.demo());
        f1 = new CliHarness(fake, dir);
        for (String job : List.of("sync_schedule", "sync_season")) {
            assertThat(f1.run("--job", job, "--year", "2024").exit()).isZero();
        }
        Result r = f1.run("--job", "ingest_race", "--year", "2024", "--round", "1");
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Test
    @DisplayName("--json lists every stop of the synthetic race, in the order they happened")
    void json() throws Exception {
        Result r = f1.run("pitstops", "--year", "2024", "--round", "1", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("season").asInt()).isEqualTo(2024);
        List<PitStopRow> truth = SyntheticHistory.standard().season(2024).sessionData(1, SessionType.RACE)
                .pitStops();
        List<String> got = new ArrayList<>();
        int lastLap = 0;
        for (JsonNode stop : doc.get("stops")) {
            assertThat(stop.get("lap").asInt()).isGreaterThanOrEqualTo(lastLap);
            lastLap = stop.get("lap").asInt();
            assertThat(stop.get("time").asText()).matches("\\d\\d:\\d\\d:\\d\\d");
            got.add(stop.get("driverId").asText() + "/" + stop.get("stop").asInt() + "/" + lastLap + "/"
                    + stop.get("durationMs").asLong());
        }
        assertThat(got).hasSize(truth.size()).containsExactlyInAnyOrderElementsOf(
                truth.stream().map(p -> p.driverId() + "/" + p.stop() + "/" + p.lap() + "/" + p.laneMs()).toList());
    }

    @Test
    @DisplayName("the table names the race and the drivers; a race without stored stops exits 3")
    void tableAndMissing() {
        Result r = f1.run("pitstops", "--year", "2024", "--round", "1");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("2024 round 1 (").contains(" pit stops\n").contains("Lap  Time");
        Result missing = f1.run("pitstops", "--year", "2024", "--round", "2");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("no pit stops stored for race 2024-02");
    }
}
