package org.f1pipeline.source.openf1;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.f1pipeline.F1Exception;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.SourceConfig;

/**
 * Reads OpenF1 (2023 on) through a {@link Fetcher}, with as few requests as the API allows. Thread-safe.
 *
 * <p>Request strategy. OpenF1 has no paging and every row carries its {@code session_key}, so:
 * <ul>
 *   <li>{@link #meetings(int)} and {@link #sessions(int)} cost one request for a whole season;</li>
 *   <li>{@link #meetingData} costs one request per endpoint for a whole weekend ({@code /laps?meeting_key=1229}
 *       returns the laps of FP1 to the race), split locally by session. Only when a weekend query is too big for
 *       the server (HTML 500, gateway 502/504, client timeout, size cap) does it fall back to one request per
 *       session for that endpoint, plus one to list the sessions if the caller did not pass them;</li>
 *   <li>telemetry ({@code car_data}, {@code position}, {@code location}) is never fetched in bulk: only per driver
 *       and date window, on demand ({@link #carData}), each window halved again when still too big.</li>
 * </ul>
 * Every request is tagged with source {@value #SOURCE}, the endpoint name, and, when known, the end of the newest
 * session it covers, so the response cache can keep finished sessions forever.
 */
public final class OpenF1Client {

    /** The source name used for rate limiting and the cache. */
    public static final String SOURCE = SourceConfig.OPENF1;
    /** The public API. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.openf1.org/v1");

    private final Fetcher fetcher;
    private final String base;
    private final Executor executor;
    private final OpenF1Telemetry telemetry;

    private OpenF1Client(Builder b) {
        this.fetcher = b.fetcher;
        String s = b.baseUri.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        this.executor = b.executor;
        this.telemetry = new OpenF1Telemetry(this, b.telemetryWindow, b.minTelemetryWindow);
    }

    /** A client on the public API with the default settings. */
    public static OpenF1Client of(Fetcher fetcher) {
        return builder(fetcher).build();
    }

    /** A builder; every setting has a default. */
    public static Builder builder(Fetcher fetcher) {
        return new Builder(fetcher);
    }

    /** The season's weekends, testing included. One request: {@code /meetings?year=Y}. */
    public List<OpenF1Meeting> meetings(int year) {
        return get(OpenF1Endpoint.MEETINGS, OpenF1Query.empty().eq("year", year), null, OpenF1Meeting.class);
    }

    /** Every session of the season. One request: {@code /sessions?year=Y}. */
    public List<OpenF1Session> sessions(int year) {
        return get(OpenF1Endpoint.SESSIONS, OpenF1Query.empty().eq("year", year), null, OpenF1Session.class);
    }

    /** The sessions of one weekend. One request: {@code /sessions?meeting_key=K}. */
    public List<OpenF1Session> sessionsOfMeeting(int meetingKey) {
        return get(OpenF1Endpoint.SESSIONS, OpenF1Query.empty().eq("meeting_key", meetingKey), null,
                OpenF1Session.class);
    }

    /**
     * A weekend's rows for each endpoint, when the caller does not have the session list. Costs one request per
     * endpoint; a fallback additionally lists the sessions (one request) and queries each of them. Without session
     * end times the cache cannot mark these responses immutable: prefer the overload taking the sessions.
     *
     * @param meetingKey the weekend
     * @param endpoints  non-telemetry endpoints ({@link OpenF1Endpoint#perMeeting()})
     * @return rows per endpoint, with the failures of the endpoints that could not be fetched
     */
    public OpenF1Data meetingData(int meetingKey, Set<OpenF1Endpoint> endpoints) {
        return meetingData(meetingKey, null, endpoints);
    }

    /**
     * A weekend's rows for each endpoint. Costs one request per endpoint (fetched concurrently on the configured
     * executor); an endpoint whose weekend query is too big is fetched per session instead (see
     * {@link #meetingRows}). A failed endpoint is reported in {@link OpenF1Data#failures()} and leaves the others
     * intact.
     *
     * @param meetingKey the weekend
     * @param sessions   the weekend's sessions (e.g. from {@link #sessions(int)}; other weekends' are ignored), or
     *                   null to list them only if a fallback needs them
     * @param endpoints  non-telemetry endpoints ({@link OpenF1Endpoint#perMeeting()})
     * @return rows per endpoint, with failures
     */
    public OpenF1Data meetingData(int meetingKey, List<OpenF1Session> sessions, Set<OpenF1Endpoint> endpoints) {
        checkEndpoints(endpoints);
        MeetingSessions list = new MeetingSessions(this, meetingKey, sessions);
        return collect(meetingKey, null, endpoints, e -> list.rows(e));
    }

    /**
     * One endpoint for a whole weekend: one request ({@code ?meeting_key=K}). When the server cannot answer that
     * (HTML 500, gateway 502/504, client timeout, size cap), one request per session instead (race-only endpoints
     * skip the other sessions), plus one to list the sessions when {@code sessions} is null. Offline, a missing
     * weekend answer is looked for per session in the cache, and reported as the weekend URL if absent. This is
     * the unit to wrap in an {@code EndpointTask} when a job plans its own parallel fetches.
     *
     * @param meetingKey the weekend
     * @param sessions   the weekend's sessions, or null
     * @param endpoint   a non-telemetry endpoint
     * @return the rows of every session of the weekend, each of {@link OpenF1Endpoint#rowType()}
     * @throws org.f1pipeline.fetch.FetchException      when neither the weekend nor the per-session queries work
     * @throws org.f1pipeline.fetch.SourceFormatException when a body is unreadable
     */
    public List<? extends OpenF1Row> meetingRows(int meetingKey, List<OpenF1Session> sessions,
                                                 OpenF1Endpoint endpoint) {
        checkEndpoints(Set.of(endpoint));
        return new MeetingSessions(this, meetingKey, sessions).rows(endpoint);
    }

    /**
     * One session's rows for each endpoint: one request per endpoint ({@code ?session_key=S}).
     *
     * @param session   the session
     * @param endpoints non-telemetry endpoints
     * @return rows per endpoint, with failures
     */
    public OpenF1Data sessionData(OpenF1Session session, Set<OpenF1Endpoint> endpoints) {
        checkEndpoints(endpoints);
        return collect(session.meetingKey(), session.sessionKey(), endpoints, e -> get(e,
                OpenF1Query.empty().eq("session_key", session.sessionKey()), session.end(), OpenF1Row.class));
    }

    /**
     * One driver's car telemetry between {@code from} (inclusive) and {@code to} (exclusive), fetched in windows of
     * the configured length (one request each; a window that is still too big is halved, down to the minimum).
     *
     * @param session      the session
     * @param driverNumber the car
     * @param from         start, or null for the session start
     * @param to           end, or null for the session end
     * @return the samples in time order
     */
    public List<OpenF1CarData> carData(OpenF1Session session, int driverNumber, Instant from, Instant to) {
        return telemetry.fetch(OpenF1Endpoint.CAR_DATA, OpenF1CarData.class, session, driverNumber, from, to);
    }

    /** One driver's running positions in a window; same request pattern as {@link #carData}. */
    public List<OpenF1Position> positions(OpenF1Session session, int driverNumber, Instant from, Instant to) {
        return telemetry.fetch(OpenF1Endpoint.POSITION, OpenF1Position.class, session, driverNumber, from, to);
    }

    /** One driver's on-track locations in a window; same request pattern as {@link #carData}. */
    public List<OpenF1Location> locations(OpenF1Session session, int driverNumber, Instant from, Instant to) {
        return telemetry.fetch(OpenF1Endpoint.LOCATION, OpenF1Location.class, session, driverNumber, from, to);
    }

    /**
     * One request with arbitrary filters, for needs the methods above do not cover.
     *
     * @param endpoint   the endpoint
     * @param query      the filters (keep them narrow: OpenF1 returns every match at once)
     * @param sessionEnd end of the newest session the answer covers, or null when unknown
     * @return the parsed rows, each of {@link OpenF1Endpoint#rowType()}
     */
    public List<?> query(OpenF1Endpoint endpoint, OpenF1Query query, Instant sessionEnd) {
        return get(endpoint, query, sessionEnd, endpoint.rowType());
    }

    /** The URL of a query; exposed so callers can log or pre-check the cache. */
    public URI uri(OpenF1Endpoint endpoint, OpenF1Query query) {
        String q = query.toQueryString();
        return URI.create(base + "/" + endpoint.path() + (q.isEmpty() ? "" : "?" + q));
    }

    <T> List<T> get(OpenF1Endpoint endpoint, OpenF1Query query, Instant sessionEnd, Class<T> type) {
        return get(endpoint, query, sessionEnd, type, false);
    }

    /**
     * One request, parsed as a stream into rows; the response is cached only when every row parsed.
     *
     * @param splittable whether the caller falls back to finer queries when this one is too big: then a too-big
     *                   answer (HTML 500, 502/504, a timeout, the size cap) is not retried first
     */
    <T> List<T> get(OpenF1Endpoint endpoint, OpenF1Query query, Instant sessionEnd, Class<T> type,
                    boolean splittable) {
        URI uri = uri(endpoint, query);
        FetchRequest request = FetchRequest.of(SOURCE, endpoint.path(), uri).withSessionEnd(sessionEnd)
                .withFailFastWhenTooBig(splittable);
        List<?> rows = fetcher.fetch(request, endpoint::read).value();
        for (Object row : rows) {
            type.cast(row);
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) rows;
        return typed;
    }

    private OpenF1Data collect(int meetingKey, Integer sessionKey, Set<OpenF1Endpoint> endpoints,
                               java.util.function.Function<OpenF1Endpoint, List<? extends OpenF1Row>> load) {
        Map<OpenF1Endpoint, CompletableFuture<List<? extends OpenF1Row>>> futures = new EnumMap<>(OpenF1Endpoint.class);
        for (OpenF1Endpoint e : endpoints) {
            futures.put(e, CompletableFuture.supplyAsync(() -> load.apply(e), executor));
        }
        Map<OpenF1Endpoint, List<? extends OpenF1Row>> rows = new EnumMap<>(OpenF1Endpoint.class);
        Map<OpenF1Endpoint, F1Exception> failures = new EnumMap<>(OpenF1Endpoint.class);
        futures.forEach((e, f) -> {
            try {
                rows.put(e, f.join());
            } catch (CompletionException ex) {
                // Library errors are per-endpoint results; anything else is a bug and must surface.
                if (ex.getCause() instanceof F1Exception f1) {
                    failures.put(e, f1);
                } else if (ex.getCause() instanceof RuntimeException re) {
                    throw re;
                } else {
                    throw ex;
                }
            }
        });
        return new OpenF1Data(meetingKey, sessionKey, rows, failures);
    }

    private static void checkEndpoints(Set<OpenF1Endpoint> endpoints) {
        Objects.requireNonNull(endpoints, "endpoints must not be null");
        for (OpenF1Endpoint e : endpoints) {
            if (!e.perMeeting()) {
                throw new InvalidInputException("endpoint", e.path() + " cannot be fetched per weekend or session; use "
                        + (e.telemetry() ? "carData/positions/locations with a driver and date window"
                        : "meetings(year)"));
            }
        }
    }

    /** Settings of an {@link OpenF1Client}. Not thread-safe; build once. */
    public static final class Builder {
        private final Fetcher fetcher;
        private URI baseUri = DEFAULT_BASE_URI;
        private Executor executor = Runnable::run;
        private Duration telemetryWindow = Duration.ofMinutes(5);
        private Duration minTelemetryWindow = Duration.ofSeconds(30);

        private Builder(Fetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher must not be null");
        }

        /** The API root including {@code /v1} (default {@code https://api.openf1.org/v1}); a fake server's in tests. */
        public Builder baseUri(URI uri) {
            Objects.requireNonNull(uri, "baseUri must not be null");
            if (!uri.isAbsolute() || uri.getQuery() != null) {
                throw new InvalidInputException("baseUri", "baseUri must be absolute and without a query, was " + uri);
            }
            this.baseUri = uri;
            return this;
        }

        /**
         * Where the endpoints of one {@link #meetingData} call run concurrently (default: one after the other on
         * the caller's thread). The fetcher's per-host rate limiter still bounds the request rate.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor must not be null");
            return this;
        }

        /** Length of one telemetry request (default 5 minutes, as suggested in OpenF1 issue #73). */
        public Builder telemetryWindow(Duration window) {
            this.telemetryWindow = positive(window, "telemetryWindow");
            return this;
        }

        /** Shortest window a too-big telemetry window is halved to before giving up (default 30 s). */
        public Builder minTelemetryWindow(Duration window) {
            this.minTelemetryWindow = positive(window, "minTelemetryWindow");
            return this;
        }

        /** The client. */
        public OpenF1Client build() {
            if (minTelemetryWindow.compareTo(telemetryWindow) > 0) {
                throw new InvalidInputException("minTelemetryWindow", "minTelemetryWindow (" + minTelemetryWindow
                        + ") must not exceed telemetryWindow (" + telemetryWindow + ")");
            }
            return new OpenF1Client(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " must not be null");
            if (d.isNegative() || d.isZero()) {
                throw new InvalidInputException(name, name + " must be > 0, was " + d);
            }
            return d;
        }
    }
}
