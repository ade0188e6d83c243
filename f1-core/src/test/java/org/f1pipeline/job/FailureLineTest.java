package org.f1pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.storage.StorageException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FailureLineTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("the failure line is one JSON object with job, status, error and the race")
    void seedShape() throws Exception {
        String line = FailureLine.of(Job.INGEST_RACE, JobParams.round(2024, 5),
                new DataNotAvailableException("race results for 2024-05 are not published yet"));
        assertThat(line).doesNotContain("\n").startsWith("{\"job\":\"ingest_race\",\"status\":\"failed\"");
        JsonNode node = json.readTree(line);
        assertThat(node.get("error").asText()).isEqualTo("race results for 2024-05 are not published yet");
        assertThat(node.get("error_type").asText()).isEqualTo("DataNotAvailableException");
        assertThat(node.get("year").asInt()).isEqualTo(2024);
        assertThat(node.get("round").asInt()).isEqualTo(5);
        assertThat(node.get("race_id").asText()).isEqualTo("2024-05");
    }

    @Test
    @DisplayName("the exception's own context, such as the storage operation, is included")
    void context() throws Exception {
        String line = FailureLine.of(Job.COMPUTE_SEASON_STATS, JobParams.year(2023),
                new StorageException("upsert driver stats", "disk full"));
        JsonNode node = json.readTree(line);
        assertThat(node.get("operation").asText()).isEqualTo("upsert driver stats");
        assertThat(node.get("error").asText()).isEqualTo("upsert driver stats: disk full");
        assertThat(node.get("year").asInt()).isEqualTo(2023);
    }

    @Test
    @DisplayName("an exception without a message still yields a readable error")
    void noMessage() throws Exception {
        JsonNode node = json.readTree(FailureLine.of(Job.SYNC_SEASON, JobParams.year(2020),
                new IllegalStateException()));
        assertThat(node.get("error").asText()).isEqualTo("java.lang.IllegalStateException");
    }
}
