package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.source.jolpica.JolpicaJson;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ingest rules on hand-made Jolpica payloads for 1951 (a past season, so every job reads the season-wide answers):
 * Ergast's duplicate rows for a shared drive, partial results, a payload missing a required field, and cache hits
 * not counted as requests.
 */
class SharedDrivesAndPayloadsTest {

    private static final RaceKey RACE = RaceKey.of(1951, 1);

    private final ScriptedJolpica jolpica = new ScriptedJolpica();
    private final Storage storage = Storages.inMemory();
    private F1Pipeline pipeline;

    @BeforeEach
    void setUp() {
        FetchConfig fetch = FetchConfig.builder().baseUrl(SourceConfig.JOLPICA, URI.create(ScriptedJolpica.BASE))
                .build();
        pipeline = F1Pipeline.builder().storage(storage).fetcher(jolpica)
                .clock(Clock.fixed(Instant.parse("2025-01-10T00:00:00Z"), ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).build();
        jolpica.races("1951", 1951, List.of(JolpicaJson.race(1951, 1)));
        jolpica.races("1951/qualifying", 1951, List.of());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private static ObjectNode race(ObjectNode... results) {
        ObjectNode race = JolpicaJson.race(1951, 1);
        ArrayNode rows = race.putArray("Results");
        for (ObjectNode r : results) {
            rows.add(r);
        }
        return race;
    }

    private static ObjectNode row(int position, String driver, String team, int number, String points) {
        ObjectNode r = JolpicaJson.result(position, driver, team);
        r.put("number", String.valueOf(number)).put("points", points);
        r.remove("FastestLap");
        return r;
    }

    private void sync() {
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(1951));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(1951));
    }

    @Test
    @DisplayName("a shared drive: two rows of one driver merge into the best-classified one with summed points")
    void sharedDrive() {
        jolpica.races("1951/results", 1951, List.of(race(row(1, "fangio", "alfa", 22, "4"),
                row(2, "farina", "alfa", 8, "6"), row(3, "fangio", "alfa", 24, "4"),
                row(4, "ascari", "ferrari", 16, "3"))));
        sync();
        JobReport report = pipeline.runJob(Job.INGEST_RACE_LEGACY, JobParams.race(RACE));
        List<RaceResult> results = storage.results().raceResults(RACE, RaceType.GRAND_PRIX);
        assertThat(results).extracting(r -> r.driver().value()).containsExactly("fangio", "farina", "ascari");
        RaceResult fangio = results.get(0);
        assertThat(fangio.finishPosition()).isEqualTo(1);
        assertThat(fangio.carNumber()).isEqualTo(22);
        assertThat(fangio.points()).isEqualTo(8.0);
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("2 rows for fangio (shared drive)"));
        assertThat(storage.catalog().seasonEntries(1951)).filteredOn(e -> e.driver().value().equals("fangio"))
                .singleElement().satisfies(e -> assertThat(e.carNumber()).isEqualTo(22));
        // A second run writes the same merge.
        var first = storage.results().raceResults(RACE, RaceType.GRAND_PRIX);
        pipeline.runJob(Job.INGEST_RACE_LEGACY, JobParams.race(RACE));
        assertThat(storage.results().raceResults(RACE, RaceType.GRAND_PRIX)).isEqualTo(first);
    }

    @Test
    @DisplayName("a gap in the classified positions long after the race: stored as published with a note")
    void partialResults() {
        jolpica.races("1951/results", 1951, List.of(race(row(1, "fangio", "alfa", 22, "8"),
                row(2, "farina", "alfa", 8, "6"), row(4, "ascari", "ferrari", 16, "3"))));
        sync();
        // Long after the publication grace: stored as published, with a note naming the vacant position.
        pipeline.runJob(Job.INGEST_RACE, JobParams.race(RACE));
        assertThat(storage.results().raceResults(RACE, RaceType.GRAND_PRIX)).hasSize(3);
        assertThat(storage.notes().notes(RACE)).singleElement().satisfies(n -> assertThat(n.text())
                .startsWith("classified positions 1-4 of 3 rows with position 3 vacant"));
    }

    @Test
    @DisplayName("a row missing Driver.driverId fails with the race and the JSON path; nothing written")
    void missingField() {
        ObjectNode broken = row(2, "farina", "alfa", 8, "6");
        ((ObjectNode) broken.get("Driver")).remove("driverId");
        jolpica.races("1951/results", 1951, List.of(race(row(1, "fangio", "alfa", 22, "8"), broken)));
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(1951));
        assertThatThrownBy(() -> pipeline.runJob(Job.SYNC_SEASON, JobParams.year(1951)))
                .isInstanceOf(SourceFormatException.class).hasMessageContaining("1951-01")
                .hasMessageContaining("Driver.driverId");
        assertThat(storage.catalog().seasonEntries(1951)).isEmpty();
        assertThat(storage.catalog().drivers()).isEmpty();
    }

    @Test
    @DisplayName("requests answered from the response cache are not counted")
    void cacheHitsNotCounted() {
        jolpica.races("1951/results", 1951, List.of(race(row(1, "fangio", "alfa", 22, "8"))));
        JobReport fresh = pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(1951));
        assertThat(fresh.requests()).isEqualTo(1);
        jolpica.fromCache = true;
        JobReport cached = pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(1951));
        assertThat(cached.requests()).isZero();
        assertThat(pipeline.requestCount()).isEqualTo(1);
    }
}
