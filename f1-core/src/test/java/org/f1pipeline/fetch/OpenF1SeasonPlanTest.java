package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.f1pipeline.fetch.internal.OpenF1SeasonPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenF1SeasonPlanTest {

    private static final URI BASE = URI.create("http://127.0.0.1:1/v1/");

    private final List<FetchRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> sessionEnds = new ConcurrentHashMap<>();

    /** 24 meetings (one cancelled extra), 5 sessions each except 4 sprint weekends with 6... roughly 2024. */
    private final Fetcher fake = request -> {
        requests.add(request);
        if (request.sessionEnd() != null) {
            sessionEnds.put(request.uri().toString(), request.sessionEnd());
        }
        String endpoint = request.uri().getPath().substring("/v1/".length());
        StringBuilder json = new StringBuilder("[");
        switch (endpoint) {
            case "meetings" -> {
                for (int m = 1; m <= 25; m++) {
                    json.append(m > 1 ? "," : "").append("{\"meeting_key\":").append(1000 + m)
                            .append(",\"date_start\":\"2024-03-").append(String.format("%02d", Math.min(m, 28)))
                            .append("T10:00:00+00:00\",\"is_cancelled\":").append(m == 25).append('}');
                }
            }
            case "sessions" -> {
                int key = 9000;
                for (int m = 1; m <= 24; m++) {
                    int sessions = m % 6 == 0 ? 6 : 5;
                    for (int s = 0; s < sessions; s++) {
                        json.append(key > 9000 ? "," : "").append("{\"session_key\":").append(key++)
                                .append(",\"meeting_key\":").append(1000 + m).append(",\"date_end\":\"2024-04-")
                                .append(String.format("%02d", s + 1)).append("T12:00:00.5+00:00\"}");
                    }
                }
            }
            case "drivers" -> json.append("{\"session_key\":9000,\"driver_number\":1},")
                    .append("{\"session_key\":9000,\"driver_number\":4},{\"session_key\":9001,\"driver_number\":1}");
            default -> json.append("{\"x\":1},{\"x\":2}");
        }
        byte[] body = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
        return new FetchResponse(request.uri(), 200, Map.of(), body, body.length, Duration.ZERO, false);
    };

    @Test
    @DisplayName("a 2024-sized season costs 2 + 24 x 11 = 266 requests, against the guide's 1,290")
    void requestCount() {
        AtomicLong sunk = new AtomicLong();
        OpenF1SeasonPlan season = OpenF1SeasonPlan.builder(BASE, 2024)
                .sink((request, rows) -> sunk.addAndGet(rows.size())).build();
        ExecutionResult r = ParallelExecutor.of(true, 8, FetchListener.NONE, System::nanoTime)
                .run(season.toPlan(fake));
        assertThat(r.allSucceeded()).as(r.summary()).isTrue();
        assertThat(requests).hasSize(266);
        assertThat(OpenF1SeasonPlan.guideRequestCount(24, 124, 11)).isEqualTo(1 + 24 + 124 * 11);
        assertThat(OpenF1SeasonPlan.guideRequestCount(24, 115, 11)).isEqualTo(1290);
        assertThat(requests).extracting(q -> q.uri().toString())
                .contains(BASE + "meetings?year=2024", BASE + "sessions?year=2024",
                        BASE + "laps?meeting_key=1001", BASE + "team_radio?meeting_key=1024")
                .noneMatch(u -> u.contains("meeting_key=1025"));
        assertThat(r.totalRows()).isEqualTo(sunk.get());
    }

    @Test
    @DisplayName("each per-meeting request carries the end of the meeting's last session (for the cache)")
    void sessionEndPerMeeting() {
        OpenF1SeasonPlan season = OpenF1SeasonPlan.builder(BASE, 2024).endpoints(List.of("laps")).build();
        ParallelExecutor.of(false, 1, FetchListener.NONE, System::nanoTime).run(season.toPlan(fake));
        assertThat(sessionEnds.get(BASE + "laps?meeting_key=1006")).isEqualTo(Instant.parse("2024-04-06T12:00:00.5Z"));
        assertThat(sessionEnds.get(BASE + "laps?meeting_key=1001")).isEqualTo(Instant.parse("2024-04-05T12:00:00.5Z"));
    }

    @Test
    @DisplayName("per-driver endpoints fan out over the sessions and drivers found in the drivers responses")
    void perDriverFanOut() {
        OpenF1SeasonPlan season = OpenF1SeasonPlan.builder(BASE, 2024).endpoints(List.of("drivers"))
                .perDriverEndpoints(List.of("car_data", "location")).build();
        ExecutionResult r = ParallelExecutor.of(true, 4, FetchListener.NONE, System::nanoTime)
                .run(season.toPlan(fake));
        assertThat(r.allSucceeded()).isTrue();
        // drivers of meeting 1001 list sessions 9000 (2 drivers) and 9001 (1 driver): 3 pairs x 2 endpoints.
        assertThat(requests).extracting(q -> q.uri().toString())
                .filteredOn(u -> u.contains("driver_number"))
                .containsExactlyInAnyOrder(BASE + "car_data?session_key=9000&driver_number=1",
                        BASE + "car_data?session_key=9000&driver_number=4",
                        BASE + "car_data?session_key=9001&driver_number=1",
                        BASE + "location?session_key=9000&driver_number=1",
                        BASE + "location?session_key=9000&driver_number=4",
                        BASE + "location?session_key=9001&driver_number=1");
    }

    @Test
    @DisplayName("meetings that have not started yet are skipped")
    void notAfter() {
        OpenF1SeasonPlan season = OpenF1SeasonPlan.builder(BASE, 2024).endpoints(List.of("laps"))
                .notAfter(Instant.parse("2024-03-10T23:00:00Z")).build();
        ParallelExecutor.of(false, 1, FetchListener.NONE, System::nanoTime).run(season.toPlan(fake));
        assertThat(requests).hasSize(2 + 10);
    }
}
