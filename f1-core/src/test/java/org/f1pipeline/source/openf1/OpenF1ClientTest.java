package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.f1pipeline.fetch.BodyTooLargeException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.fetch.RateLimitedException;
import org.f1pipeline.fetch.SourceFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Request strategy of the client against a scripted fetcher: which URLs, how many, and what on failure. */
class OpenF1ClientTest {

    private static final String SESSIONS = "[{'session_key':101,'meeting_key':1,'session_name':'Practice 1',"
            + "'session_type':'Practice','date_start':'2024-03-01T11:30:00+00:00','date_end':'2024-03-01T12:30:00+00:00',"
            + "'year':2024},{'session_key':102,'meeting_key':1,'session_name':'Qualifying','session_type':'Qualifying',"
            + "'date_start':'2024-03-02T15:00:00+00:00','date_end':'2024-03-02T16:00:00+00:00','year':2024},"
            + "{'session_key':103,'meeting_key':1,'session_name':'Race','session_type':'Race',"
            + "'date_start':'2024-03-03T15:00:00+00:00','date_end':'2024-03-03T17:00:00+00:00','year':2024},"
            + "{'session_key':104,'meeting_key':1,'session_name':'Practice 2','session_type':'Practice',"
            + "'is_cancelled':true,'year':2024}]";

    private static String lap(int session, int driver, int lap) {
        return "{'meeting_key':1,'session_key':" + session + ",'driver_number':" + driver + ",'lap_number':" + lap
                + ",'lap_duration':90.5}";
    }

    private static final String LAPS = "[" + lap(101, 1, 1) + "," + lap(102, 1, 1) + "," + lap(103, 1, 1) + ","
            + lap(103, 1, 2) + "]";

    private final ScriptedFetcher fetcher = new ScriptedFetcher();
    private final OpenF1Client client = OpenF1Client.of(fetcher);

    private List<OpenF1Session> sessions() {
        fetcher.body("sessions?meeting_key=1", SESSIONS);
        return client.sessionsOfMeeting(1);
    }

    @Test
    @DisplayName("a season's meetings and sessions cost one request each")
    void schedule() {
        fetcher.body("meetings?year=2024", "[{'meeting_key':1,'year':2024}]").body("sessions?year=2024", SESSIONS);
        assertThat(client.meetings(2024)).extracting(OpenF1Meeting::meetingKey).containsExactly(1);
        assertThat(client.sessions(2024)).hasSize(4);
        assertThat(fetcher.paths()).containsExactly("meetings?year=2024", "sessions?year=2024");
        FetchRequest r = fetcher.requests().get(0);
        assertThat(r.source()).isEqualTo("openf1");
        assertThat(r.endpoint()).isEqualTo("meetings");
        assertThat(r.sessionEnd()).isNull();
    }

    @Nested
    class Weekend {

        @Test
        @DisplayName("one request per endpoint covers every session, split locally by session key")
        void onePerEndpoint() {
            List<OpenF1Session> sessions = sessions();
            fetcher.body("laps?meeting_key=1", LAPS).body("stints?meeting_key=1", "[]");
            OpenF1Data data = client.meetingData(1, sessions, EnumSet.of(OpenF1Endpoint.LAPS, OpenF1Endpoint.STINTS));
            assertThat(fetcher.paths()).containsExactly("sessions?meeting_key=1", "laps?meeting_key=1",
                    "stints?meeting_key=1");
            assertThat(data.isComplete()).isTrue();
            assertThat(data.laps()).hasSize(4);
            assertThat(data.sessionKeys()).containsExactly(101, 102, 103);
            assertThat(data.session(103).laps()).extracting(OpenF1Lap::lapNumber).containsExactly(1, 2);
            assertThat(data.session(103).sessionKey()).isEqualTo(103);
            assertThat(data.stints()).isEmpty();
            // The weekend's answer is bound to its last session's end, so the cache keeps it once finished.
            assertThat(fetcher.requests().get(1).sessionEnd()).isEqualTo(Instant.parse("2024-03-03T17:00:00Z"));
            assertThat(fetcher.requests().get(1).endpoint()).isEqualTo("laps");
        }

        @Test
        @DisplayName("a weekend query that is too big falls back to one query per (non-cancelled) session")
        void fallbackPerSession() {
            fetcher.fail("laps?meeting_key=1", uri -> new HttpStatusException(uri, 500, 5, "<html>Error</html>", null))
                    .body("sessions?meeting_key=1", SESSIONS)
                    .body("laps?session_key=101", "[" + lap(101, 1, 1) + "]")
                    .body("laps?session_key=102", "[" + lap(102, 1, 1) + "]")
                    .body("laps?session_key=103", "[" + lap(103, 1, 1) + "," + lap(103, 1, 2) + "]");
            OpenF1Data data = client.meetingData(1, Set.of(OpenF1Endpoint.LAPS));
            assertThat(data.laps()).hasSize(4);
            assertThat(fetcher.paths()).containsExactly("laps?meeting_key=1", "sessions?meeting_key=1",
                    "laps?session_key=101", "laps?session_key=102", "laps?session_key=103");
            assertThat(fetcher.requests().get(4).sessionEnd()).isEqualTo(Instant.parse("2024-03-03T17:00:00Z"));
        }

        @Test
        @DisplayName("a fallback for a race-only endpoint asks only the race sessions")
        void raceOnlyFallback() {
            List<OpenF1Session> sessions = sessions();
            fetcher.fail("intervals?meeting_key=1", uri -> new BodyTooLargeException(uri, 200, 1, 1000))
                    .body("intervals?session_key=103", "[{'meeting_key':1,'session_key':103,"
                            + "'date':'2024-03-03T15:05:00+00:00','driver_number':1,'gap_to_leader':null,'interval':null}]");
            OpenF1Data data = client.meetingData(1, sessions, Set.of(OpenF1Endpoint.INTERVALS));
            assertThat(data.intervals()).hasSize(1);
            assertThat(fetcher.paths()).containsExactly("sessions?meeting_key=1", "intervals?meeting_key=1",
                    "intervals?session_key=103");
        }

        @Test
        @DisplayName("a failed endpoint is reported and leaves the others intact; rate limits are not split")
        void failuresPerEndpoint() {
            fetcher.fail("pit?meeting_key=1", uri -> new RateLimitedException(uri, 5, null, "Rate exceeded"))
                    .body("laps?meeting_key=1", LAPS)
                    .body("weather?meeting_key=1", "{'detail':'oops'}");
            OpenF1Data data = client.meetingData(1, EnumSet.of(OpenF1Endpoint.LAPS, OpenF1Endpoint.PIT,
                    OpenF1Endpoint.WEATHER));
            assertThat(data.laps()).hasSize(4);
            assertThat(data.isComplete()).isFalse();
            assertThat(data.failures()).containsOnlyKeys(OpenF1Endpoint.PIT, OpenF1Endpoint.WEATHER);
            assertThatThrownBy(data::pits).isInstanceOf(RateLimitedException.class);
            assertThatThrownBy(data::weather).isInstanceOf(SourceFormatException.class);
            assertThatThrownBy(data::requireComplete).isInstanceOf(RateLimitedException.class);
            assertThatThrownBy(data::stints).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stints was not requested");
            assertThat(fetcher.paths()).containsExactly("laps?meeting_key=1", "pit?meeting_key=1",
                    "weather?meeting_key=1");
        }

        @Test
        @DisplayName("the live-session refusal is not answered with more requests")
        void liveRefusal() {
            fetcher.fail("laps?meeting_key=1", uri -> new LiveSessionRefusedException(uri, 401, 1,
                    "Session in progress, access is restricted to authenticated users."));
            OpenF1Data data = client.meetingData(1, Set.of(OpenF1Endpoint.LAPS));
            assertThat(data.failures().get(OpenF1Endpoint.LAPS)).isInstanceOf(LiveSessionRefusedException.class);
            assertThat(fetcher.paths()).containsExactly("laps?meeting_key=1");
        }

        @Test
        @DisplayName("offline, per-session answers in the cache stand in for a missing weekend answer")
        void offlineFallback() {
            List<OpenF1Session> sessions = sessions();
            fetcher.fail("laps?meeting_key=1", uri -> new OfflineCacheMissException(List.of(uri)))
                    .body("laps?session_key=101", "[]").body("laps?session_key=102", "[]")
                    .body("laps?session_key=103", "[" + lap(103, 1, 1) + "]");
            assertThat(client.meetingRows(1, sessions, OpenF1Endpoint.LAPS)).hasSize(1);
        }

        @Test
        @DisplayName("offline with nothing cached, the weekend URL is the one reported missing")
        void offlineMiss() {
            List<OpenF1Session> sessions = sessions();
            fetcher.fail("laps?meeting_key=1", uri -> new OfflineCacheMissException(List.of(uri)))
                    .fail("laps?session_key=101", uri -> new OfflineCacheMissException(List.of(uri)));
            assertThatThrownBy(() -> client.meetingRows(1, sessions, OpenF1Endpoint.LAPS))
                    .isInstanceOfSatisfying(OfflineCacheMissException.class, e -> assertThat(e.missing())
                            .containsExactly(URI.create(ScriptedFetcher.BASE + "laps?meeting_key=1")));
        }

        @Test
        @DisplayName("endpoints run concurrently on a given executor with the same result")
        void executor() {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                OpenF1Client parallel = OpenF1Client.builder(fetcher).executor(pool).build();
                fetcher.body("laps?meeting_key=1", LAPS).body("stints?meeting_key=1", "[]").body("pit?meeting_key=1", "[]");
                OpenF1Data data = parallel.meetingData(1, EnumSet.of(OpenF1Endpoint.LAPS, OpenF1Endpoint.STINTS,
                        OpenF1Endpoint.PIT));
                assertThat(data.isComplete()).isTrue();
                assertThat(data.laps()).hasSize(4);
                assertThat(fetcher.paths()).hasSize(3);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("telemetry and the schedule cannot be asked for per weekend")
        void refusesTelemetry() {
            assertThatThrownBy(() -> client.meetingData(1, Set.of(OpenF1Endpoint.CAR_DATA)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("driver and date window");
            assertThatThrownBy(() -> client.meetingData(1, Set.of(OpenF1Endpoint.MEETINGS)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(fetcher.paths()).isEmpty();
        }
    }

    @Nested
    class Telemetry {

        private final OpenF1Session session = new OpenF1Session(103, 1, "Race", "Race",
                Instant.parse("2024-03-03T15:00:00Z"), Instant.parse("2024-03-03T15:12:00Z"), null, null, null, null,
                null, null, 2024, false);

        private String window(String from, String to) {
            return "car_data?session_key=103&driver_number=1&date%3E=2024-03-03T" + from
                    + ".000000%2B00:00&date%3C2024-03-03T" + to + ".000000%2B00:00";
        }

        @Test
        @DisplayName("car data is fetched per driver in date windows")
        void windows() {
            String row = "[{'meeting_key':1,'session_key':103,'date':'2024-03-03T15:00:01+00:00','driver_number':1,"
                    + "'speed':300}]";
            fetcher.body(window("15:00:00", "15:05:00"), row).body(window("15:05:00", "15:10:00"), row)
                    .body(window("15:10:00", "15:12:00"), row);
            assertThat(client.carData(session, 1, null, null)).hasSize(3);
            assertThat(fetcher.requests()).allSatisfy(r -> {
                assertThat(r.endpoint()).isEqualTo("car_data");
                assertThat(r.sessionEnd()).isEqualTo(session.end());
            });
        }

        @Test
        @DisplayName("a window that is still too big is halved")
        void bisect() {
            OpenF1Client small = OpenF1Client.builder(fetcher).telemetryWindow(Duration.ofMinutes(2))
                    .minTelemetryWindow(Duration.ofMinutes(1)).build();
            fetcher.fail(window("15:00:00", "15:02:00"), uri -> new HttpStatusException(uri, 504, 5,
                    "upstream request timeout", null))
                    .body(window("15:00:00", "15:01:00"), "[]").body(window("15:01:00", "15:02:00"), "[]");
            assertThat(small.carData(session, 1, session.start(), session.start().plusSeconds(120))).isEmpty();
            assertThat(fetcher.paths()).hasSize(3);
            fetcher.fail(window("15:00:00", "15:01:00"), uri -> new HttpStatusException(uri, 504, 5, "timeout", null));
            assertThatThrownBy(() -> small.carData(session, 1, session.start(), session.start().plusSeconds(60)))
                    .isInstanceOf(HttpStatusException.class);
        }

        @Test
        @DisplayName("windows must be ordered and the builder checks its durations")
        void validation() {
            assertThatThrownBy(() -> client.positions(session, 1, session.end(), session.start()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OpenF1Client.builder(fetcher).telemetryWindow(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OpenF1Client.builder(fetcher).telemetryWindow(Duration.ofSeconds(10))
                    .minTelemetryWindow(Duration.ofSeconds(20)).build()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("the base URL is configurable, with or without a trailing slash")
    void baseUri() {
        OpenF1Client local = OpenF1Client.builder(fetcher).baseUri(URI.create("http://localhost:8080/v1/")).build();
        assertThat(local.uri(OpenF1Endpoint.LAPS, OpenF1Query.empty().eq("session_key", 9161)))
                .isEqualTo(URI.create("http://localhost:8080/v1/laps?session_key=9161"));
        assertThat(client.uri(OpenF1Endpoint.SESSIONS, OpenF1Query.empty()))
                .isEqualTo(URI.create("https://api.openf1.org/v1/sessions"));
    }
}
