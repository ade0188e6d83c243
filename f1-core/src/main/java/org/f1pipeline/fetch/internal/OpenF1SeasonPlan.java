package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.fetch.EndpointPlan;
import org.f1pipeline.fetch.EndpointTask;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.PlanResults;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.internal.Checks;

/**
 * The OpenF1 requests for one season, as few as the API allows: {@code meetings?year=Y} and
 * {@code sessions?year=Y} once, then one {@code <endpoint>?meeting_key=K} per meeting and endpoint (every OpenF1 row
 * carries {@code meeting_key}, so one query covers all sessions of a weekend). For 2024 with the guide's 11 endpoints
 * that is 2 + 24 × 11 = 266 requests instead of the guide's 1 + 24 + 115 × 11 = 1,290. Optional per-driver endpoints
 * ({@code car_data}, {@code position}, {@code location}) fan out per session and driver in a last phase.
 *
 * <p>Every response is parsed, checked to be a JSON array and handed to the {@link RowSink}; each request carries
 * the end of the meeting's last session, so the response cache keeps finished weekends forever.
 */
public final class OpenF1SeasonPlan {

    /** The guide's 11 session endpoints. */
    public static final List<String> SESSION_ENDPOINTS = List.of("drivers", "laps", "pit", "stints", "weather",
            "race_control", "session_result", "starting_grid", "intervals", "overtakes", "team_radio");
    /** Endpoints too large to query per meeting: asked per session and driver. */
    public static final List<String> PER_DRIVER_ENDPOINTS = List.of("car_data", "position", "location");

    /**
     * A meeting as far as the plan needs it.
     *
     * @param meetingKey OpenF1 meeting key
     * @param dateStart  start, or null if absent
     * @param dateEnd    end, or null if absent
     * @param cancelled  whether the meeting was cancelled
     */
    public record Meeting(int meetingKey, Instant dateStart, Instant dateEnd, boolean cancelled) {
    }

    /**
     * A session as far as the plan needs it.
     *
     * @param sessionKey OpenF1 session key
     * @param meetingKey its meeting
     * @param dateEnd    end, or null if absent
     */
    public record Session(int sessionKey, int meetingKey, Instant dateEnd) {
    }

    /** Receives the rows of every response (called from worker threads: must be thread-safe). */
    @FunctionalInterface
    public interface RowSink {
        /**
         * Takes the rows of one response.
         *
         * @param request what was fetched
         * @param rows    the JSON array returned
         * @throws Exception to fail the task (other tasks continue)
         */
        void accept(FetchRequest request, JsonNode rows) throws Exception;
    }

    private final URI baseUrl;
    private final int year;
    private final List<String> endpoints;
    private final List<String> perDriverEndpoints;
    private final RowSink sink;
    private final Instant notAfter;

    private OpenF1SeasonPlan(Builder b) {
        this.baseUrl = b.baseUrl;
        this.year = b.year;
        this.endpoints = List.copyOf(b.endpoints);
        this.perDriverEndpoints = List.copyOf(b.perDriverEndpoints);
        this.sink = b.sink;
        this.notAfter = b.notAfter;
    }

    /** A builder for {@code year} against the OpenF1 server at {@code baseUrl} (e.g. https://api.openf1.org/v1/). */
    public static Builder builder(URI baseUrl, int year) {
        return new Builder(baseUrl, year);
    }

    /** The guide's request count for a season: 1 + meetings + sessions × endpoints. */
    public static int guideRequestCount(int meetings, int sessions, int endpoints) {
        return 1 + meetings + sessions * endpoints;
    }

    /** {@code meetings?year=Y}. */
    public FetchRequest meetingsRequest() {
        return request("meetings", "meetings?year=" + year, null);
    }

    /** {@code sessions?year=Y}. */
    public FetchRequest sessionsRequest() {
        return request("sessions", "sessions?year=" + year, null);
    }

    /** {@code <endpoint>?meeting_key=K}, bound to the end of the meeting's last session. */
    public FetchRequest endpointRequest(String endpoint, int meetingKey, Instant sessionEnd) {
        return request(endpoint, endpoint + "?meeting_key=" + meetingKey, sessionEnd);
    }

    /** {@code <endpoint>?session_key=S&driver_number=D}. */
    public FetchRequest perDriverRequest(String endpoint, Session session, int driverNumber) {
        return request(endpoint, endpoint + "?session_key=" + session.sessionKey() + "&driver_number="
                + driverNumber, session.dateEnd());
    }

    /**
     * Every per-meeting request, once meetings and sessions are known: for counting a plan, or for
     * {@code ResponseCache.requireAll} before running offline.
     */
    public List<FetchRequest> meetingRequests(List<Meeting> meetings, List<Session> sessions) {
        Map<Integer, Instant> ends = lastSessionEnds(meetings, sessions);
        List<FetchRequest> out = new ArrayList<>();
        for (Meeting m : selected(meetings)) {
            for (String e : endpoints) {
                out.add(endpointRequest(e, m.meetingKey(), ends.get(m.meetingKey())));
            }
        }
        return out;
    }

    /**
     * The plan: phase "meetings", phase "sessions", phase "endpoints" (meetings × endpoints), and, if per-driver
     * endpoints were asked for, phase "per-driver" (sessions × drivers × per-driver endpoints).
     *
     * @param fetcher the shared fetcher (limiter, retries and cache inside)
     * @return the plan for a {@code ParallelExecutor}
     */
    public EndpointPlan toPlan(Fetcher fetcher) {
        Checks.notNull(fetcher, "fetcher");
        EndpointPlan.Builder plan = EndpointPlan.builder()
                .phase("meetings", EndpointTask.of("meetings",
                        () -> parseMeetings(fetchRows(fetcher, meetingsRequest()))))
                .phase("sessions", EndpointTask.of("sessions",
                        () -> parseSessions(fetchRows(fetcher, sessionsRequest()))))
                .phase("endpoints", previous -> endpointTasks(fetcher, previous));
        if (!perDriverEndpoints.isEmpty()) {
            plan.phase("per-driver", previous -> perDriverTasks(fetcher, previous));
        }
        return plan.build();
    }

    private List<EndpointTask<?>> endpointTasks(Fetcher fetcher, PlanResults previous) {
        List<Meeting> meetings = list(previous.require("meetings", List.class), Meeting.class);
        List<Session> sessions = list(previous.require("sessions", List.class), Session.class);
        List<EndpointTask<?>> tasks = new ArrayList<>();
        for (FetchRequest r : meetingRequests(meetings, sessions)) {
            String name = taskName(r);
            if (r.endpoint().equals("drivers")) {
                tasks.add(EndpointTask.of(name, () -> fetchRows(fetcher, r)));
            } else {
                tasks.add(EndpointTask.of(name, () -> (long) fetchRows(fetcher, r).size()));
            }
        }
        return tasks;
    }

    private List<EndpointTask<?>> perDriverTasks(Fetcher fetcher, PlanResults previous) {
        List<Session> sessions = list(previous.require("sessions", List.class), Session.class);
        Map<Integer, Session> byKey = new LinkedHashMap<>();
        sessions.forEach(s -> byKey.put(s.sessionKey(), s));
        Map<Integer, Set<Integer>> drivers = new LinkedHashMap<>();
        for (Session s : sessions) {
            previous.find("drivers[meeting_key=" + s.meetingKey() + "]").map(JsonNode.class::cast)
                    .ifPresent(rows -> rows.forEach(row -> {
                        if (row.path("session_key").asInt() == s.sessionKey() && row.has("driver_number")) {
                            drivers.computeIfAbsent(s.sessionKey(), k -> new LinkedHashSet<>())
                                    .add(row.path("driver_number").asInt());
                        }
                    }));
        }
        List<EndpointTask<?>> tasks = new ArrayList<>();
        drivers.forEach((sessionKey, numbers) -> numbers.forEach(d -> perDriverEndpoints.forEach(e -> {
            FetchRequest r = perDriverRequest(e, byKey.get(sessionKey), d);
            tasks.add(EndpointTask.of(e + "[session_key=" + sessionKey + ",driver_number=" + d + "]",
                    () -> (long) fetchRows(fetcher, r).size()));
        })));
        return tasks;
    }

    private JsonNode fetchRows(Fetcher fetcher, FetchRequest request) throws Exception {
        // Checked inside the fetch, so that an answer that is not an array of rows is never cached.
        JsonNode rows = fetcher.fetch(request, body -> {
            JsonNode tree = org.f1pipeline.fetch.internal.JsonStreams.tree(body);
            if (!tree.isArray()) {
                throw new SourceFormatException(request.uri(), "expected a JSON array of rows, got "
                        + tree.getNodeType(), org.f1pipeline.fetch.internal.Snippets.of(tree.toString()), null);
            }
            return tree;
        }).value();
        if (sink != null) {
            sink.accept(request, rows);
        }
        return rows;
    }

    /** Meetings from a {@code meetings} response. */
    public static List<Meeting> parseMeetings(JsonNode rows) {
        List<Meeting> out = new ArrayList<>();
        rows.forEach(r -> out.add(new Meeting(r.path("meeting_key").asInt(), instant(r.get("date_start")),
                instant(r.get("date_end")), r.path("is_cancelled").asBoolean(false))));
        out.sort(Comparator.comparingInt(Meeting::meetingKey));
        return out;
    }

    /** Sessions from a {@code sessions} response. */
    public static List<Session> parseSessions(JsonNode rows) {
        List<Session> out = new ArrayList<>();
        rows.forEach(r -> out.add(new Session(r.path("session_key").asInt(), r.path("meeting_key").asInt(),
                instant(r.get("date_end")))));
        return out;
    }

    private List<Meeting> selected(List<Meeting> meetings) {
        return meetings.stream().filter(m -> !m.cancelled())
                .filter(m -> notAfter == null || m.dateStart() == null || !m.dateStart().isAfter(notAfter))
                .toList();
    }

    private static Map<Integer, Instant> lastSessionEnds(List<Meeting> meetings, List<Session> sessions) {
        Map<Integer, Instant> ends = new LinkedHashMap<>();
        meetings.forEach(m -> {
            if (m.dateEnd() != null) {
                ends.put(m.meetingKey(), m.dateEnd());
            }
        });
        for (Session s : sessions) {
            if (s.dateEnd() != null) {
                ends.merge(s.meetingKey(), s.dateEnd(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return ends;
    }

    private FetchRequest request(String endpoint, String pathAndQuery, Instant sessionEnd) {
        return FetchRequest.of(SourceConfig.OPENF1, endpoint, URI.create(baseUrl + pathAndQuery))
                .withSessionEnd(sessionEnd);
    }

    private static String taskName(FetchRequest r) {
        return r.endpoint() + "[" + r.uri().getRawQuery() + "]";
    }

    private static <T> List<T> list(List<?> raw, Class<T> type) {
        return raw.stream().map(type::cast).toList();
    }

    private static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText().replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Collects the plan's settings. */
    public static final class Builder {
        private final URI baseUrl;
        private final int year;
        private List<String> endpoints = SESSION_ENDPOINTS;
        private List<String> perDriverEndpoints = List.of();
        private RowSink sink;
        private Instant notAfter;

        private Builder(URI baseUrl, int year) {
            Checks.notNull(baseUrl, "baseUrl");
            this.baseUrl = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
            this.year = Checks.inRange(year, 2023, 2100, "year");
        }

        /** The per-meeting endpoints (default: the guide's 11). */
        public Builder endpoints(List<String> endpoints) {
            this.endpoints = List.copyOf(endpoints);
            return this;
        }

        /** Per-driver endpoints to add (default none), e.g. {@link #PER_DRIVER_ENDPOINTS}. */
        public Builder perDriverEndpoints(List<String> endpoints) {
            this.perDriverEndpoints = List.copyOf(endpoints);
            return this;
        }

        /** Where every response's rows go. */
        public Builder sink(RowSink sink) {
            this.sink = sink;
            return this;
        }

        /** Skip meetings starting after this instant (they have no data yet). */
        public Builder notAfter(Instant instant) {
            this.notAfter = instant;
            return this;
        }

        /** Builds the plan description. */
        public OpenF1SeasonPlan build() {
            return new OpenF1SeasonPlan(this);
        }
    }
}
