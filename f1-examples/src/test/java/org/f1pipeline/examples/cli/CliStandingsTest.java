package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code f1 standings}, as a new user runs it after a backfill of the demo season (rounds 1-12 of 2024 done). */
class CliStandingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeF1Api fake;
    private static Path template;
    private static Map<String, Double> pointsAfter12;

    @TempDir
    Path dir;
    private CliHarness f1;

    @BeforeAll
    static void backfill(@TempDir Path shared) {
        fake = FakeF1Api.start(FakeF1Options.demo());
        CliHarness h = new CliHarness(fake, shared);
        Result r = h.run("backfill", "--start", "2024", "--end", "2024", "--no-laps");
        assertThat(r.exit()).as(r.toString()).isZero();
        template = h.db;
        pointsAfter12 = new TreeMap<>();
        try (Storage s = h.open()) {
            for (RaceType type : RaceType.values()) {
                for (RaceResult res : s.results().raceResults(2024, 2024, type)) {
                    pointsAfter12.merge(res.driver().value(), res.points(), Double::sum);
                }
            }
        }
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void harness() {
        f1 = new CliHarness(fake, dir);
    }

    @Test
    @DisplayName("--json: one object with season, round, kind and the rows; without --round the last round with results")
    void json() throws Exception {
        f1.useDatabase(template);
        Result r = f1.run("standings", "--year", "2024", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("season").asInt()).isEqualTo(2024);
        assertThat(doc.get("round").asInt()).isEqualTo(12);
        assertThat(doc.get("kind").asText()).isEqualTo("drivers");
        JsonNode rows = doc.get("rows");
        assertThat(rows).hasSize(pointsAfter12.size());
        Map<String, Double> points = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("position").asInt()).isEqualTo(i + 1);
            assertThat(row.fieldNames()).toIterable().containsExactly("position", "driverId", "constructorId",
                    "points", "wins");
            points.put(row.get("driverId").asText(), row.get("points").asDouble());
        }
        assertThat(points).isEqualTo(pointsAfter12); // 2024: every grand-prix and sprint point counts
        assertThat(rows.get(0).get("points").asDouble()).isGreaterThanOrEqualTo(rows.get(1).get("points").asDouble());
    }

    @Test
    @DisplayName("--constructors --round: the teams' table after that round, no driverId; the table for people")
    void constructorsAndTable() throws Exception {
        f1.useDatabase(template);
        Result r = f1.run("standings", "--year", "2024", "--round", "5", "--constructors", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("round").asInt()).isEqualTo(5);
        assertThat(doc.get("kind").asText()).isEqualTo("constructors");
        assertThat(doc.get("rows").get(0).has("driverId")).isFalse();
        assertThat(doc.get("rows").get(0).get("constructorId").asText()).isNotBlank();
        Result table = f1.run("standings", "--year", "2024", "--round", "5");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).startsWith("2024 drivers' championship after round 5 (")
                .contains("Pos  Driver").contains("Points").contains("Wins");
        assertThat(table.out().lines().filter(l -> l.matches("\\s+1\\s+.*"))).hasSize(1);
    }

    @Test
    @DisplayName("bad year or round: exit 2 with the field named, before the database is touched")
    void badInput() {
        f1.useDatabase(template);
        String before = f1.fingerprint();
        Result early = f1.run("standings", "--year", "1949");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("year").contains("1950");
        Result round = f1.run("standings", "--year", "2024", "--round", "25");
        assertThat(round.exit()).isEqualTo(2);
        assertThat(round.err()).contains("round").contains("no round 25");
        Result beyond = f1.run("standings", "--year", "2024", "--round", "40");
        assertThat(beyond.exit()).isEqualTo(2);
        assertThat(beyond.err()).contains("round must be between 1 and 30, was 40");
        Result constructors = f1.run("standings", "--year", "1957", "--constructors");
        assertThat(constructors.exit()).isEqualTo(2);
        assertThat(constructors.err()).contains("no constructors' championship before 1958");
        Result missing = f1.run("standings");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--year");
        assertThat(f1.fingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("no database, a season not stored, a round without results: clear errors (2, 3, 3)")
    void notAvailable() {
        Result none = f1.run("standings", "--year", "2024");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("does not exist");
        assertThat(f1.fingerprint()).isEqualTo("absent");
        f1.useDatabase(template);
        Result other = f1.run("standings", "--year", "2023");
        assertThat(other.exit()).isEqualTo(3);
        assertThat(other.err()).contains("nothing is stored for 2023");
        Result future = f1.run("standings", "--year", "2024", "--round", "20");
        assertThat(future.exit()).isEqualTo(3);
        assertThat(future.err()).contains("round 20");
    }
}
