package org.f1pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.SourceFormatException;
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
    @DisplayName("a fetch failure adds the URL, the HTTP status and the attempts")
    void fetchContext() throws Exception {
        URI url = URI.create("https://api.jolpi.ca/ergast/f1/2024/12/results.json");
        JsonNode node = json.readTree(FailureLine.of(Job.INGEST_RACE, JobParams.round(2024, 12),
                new HttpStatusException(url, 503, 5, "HTTP 503", null)));
        assertThat(node.get("url").asText()).isEqualTo(url.toString());
        assertThat(node.get("http_status").asInt()).isEqualTo(503);
        assertThat(node.get("attempts").asInt()).isEqualTo(5);
        assertThat(node.get("error_type").asText()).isEqualTo("HttpStatusException");
    }

    @Test
    @DisplayName("a malformed payload adds the URL and the start of the body")
    void formatContext() throws Exception {
        URI url = URI.create("https://api.openf1.org/v1/laps?meeting_key=1229");
        JsonNode node = json.readTree(FailureLine.of(Job.INGEST_RACE, JobParams.round(2024, 5),
                new SourceFormatException(url, "not JSON", "<html><body>Bad gateway", null)));
        assertThat(node.get("url").asText()).isEqualTo(url.toString());
        assertThat(node.get("snippet").asText()).isEqualTo("<html><body>Bad gateway");
    }

    @Test
    @DisplayName("an exception without a message still yields a readable error")
    void noMessage() throws Exception {
        JsonNode node = json.readTree(FailureLine.of(Job.SYNC_SEASON, JobParams.year(2020),
                new IllegalStateException()));
        assertThat(node.get("error").asText()).isEqualTo("java.lang.IllegalStateException");
    }
}
