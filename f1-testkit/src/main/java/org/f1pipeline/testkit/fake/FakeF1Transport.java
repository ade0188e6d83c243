package org.f1pipeline.testkit.fake;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.f1pipeline.fetch.RedirectException;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * The fake Jolpica, OpenF1 and live-timing APIs of {@link FakeF1Api} without a server: a {@link Fetcher} that
 * answers each request in the calling thread from the same routes and the same {@link SyntheticHistory}, so the
 * bodies are byte for byte what the fake server sends. No socket, no WireMock, no HTTP client: for the demo and
 * for JShell, where only the data matters and start-up time does.
 *
 * <p>Use it as the HTTP layer of the library's fetcher (which keeps its cache, retries and limiters), with the
 * sources' base URLs pointed at {@link #jolpicaBaseUrl()} and friends:
 *
 * <pre>{@code
 * FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.demo());
 * Fetcher fetcher = Fetchers.builder().config(fetchConfig).transport(fake).build();
 * }</pre>
 *
 * <p>Non-2xx answers become the exceptions the real HTTP layer throws ({@link HttpStatusException}, and
 * {@link LiveSessionRefusedException} for OpenF1 during a live session, as the server does by default), and
 * redirects become {@link RedirectException}s with their {@code Location}, as the real HTTP layer hands them back
 * (Jolpica's append-slash 301, the dump download's 302 to {@link #OBJECT_STORE_URL}). Only the
 * faults that change a reply's content work here ({@link #faults()}); latency and socket faults need {@link FakeF1Api}.
 */
public final class FakeF1Transport implements Fetcher {

    /** The made-up origin every base URL of this transport starts with (never resolved: nothing goes on the wire). */
    public static final String BASE_URL = "http://f1-fake.invalid";
    /** The made-up origin of the object store that Jolpica's dump downloads redirect to (a second host). */
    public static final String OBJECT_STORE_URL = "http://dumps.r2-fake.invalid";

    private final FakeF1Options options;
    private final Map<FakeApi, Routes> routes = new EnumMap<>(FakeApi.class);
    private final RequestLog log = new RequestLog();
    private final FakeDumps dumps;
    private final FaultSwitches faults = new FaultSwitches();
    private volatile Instant asOf;

    private FakeF1Transport(FakeF1Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.asOf = options.asOf();
        this.dumps = new FakeDumps(options);
        routes.put(FakeApi.JOLPICA, options.dumpHistory() != null ? new ReplayRoutes(options.dumpHistory())
                : new JolpicaRoutes(options.history()));
        routes.put(FakeApi.OPENF1, new OpenF1Routes(options));
        routes.put(FakeApi.LIVETIMING, new LiveTimingRoutes(options));
        routes.put(FakeApi.DUMPS, new DumpRoutes(dumps, () -> OBJECT_STORE_URL));
        routes.put(FakeApi.OBJECT_STORE, new ObjectStoreRoutes(dumps));
    }

    /** A transport serving the history of {@code options} as of its {@code asOf}. */
    public static FakeF1Transport of(FakeF1Options options) {
        return new FakeF1Transport(options);
    }

    /** Jolpica base, {@code http://f1-fake.invalid/ergast/f1}. */
    public String jolpicaBaseUrl() {
        return BASE_URL + FakeApi.JOLPICA.prefix();
    }

    /** OpenF1 base, {@code http://f1-fake.invalid/v1}. */
    public String openF1BaseUrl() {
        return BASE_URL + FakeApi.OPENF1.prefix();
    }

    /** Live-timing base, {@code http://f1-fake.invalid/static}. */
    public String liveTimingBaseUrl() {
        return BASE_URL + FakeApi.LIVETIMING.prefix();
    }

    /** Listing of Jolpica's database dumps, {@code http://f1-fake.invalid/data/dumps/download/}. */
    public String dumpsListingUrl() {
        return BASE_URL + FakeApi.DUMPS.prefix() + DumpRoutes.LISTING;
    }

    /**
     * One-shot faults that change a reply's content: {@code serverErrors}, {@code truncatedBodies},
     * {@code corruptedDownloads}, {@code truncatedDownloads}, {@code listingWithoutDelayedDumps}, {@code redirectLoops},
     * {@code redirectsWithoutLocation} (and {@code inject} with those kinds). Latency, rate limits, timeouts and
     * connection resets need a socket: use {@link FakeF1Api}.
     */
    public FaultSwitches faults() {
        return faults;
    }

    /** The dumps this transport publishes. */
    public FakeDumps dumps() {
        return dumps;
    }

    /** The facts being served. */
    public SyntheticHistory history() {
        return options.history();
    }

    /** Every request answered so far. */
    public RequestLog requestLog() {
        return log;
    }

    /** The transport's "now" (null = everything published). */
    public Instant asOf() {
        return asOf;
    }

    /** Moves the transport's "now", e.g. to let a weekend progress. */
    public void setAsOf(Instant now) {
        this.asOf = now;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        URI uri = request.uri();
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        boolean objectStore = origin.equalsIgnoreCase(OBJECT_STORE_URL);
        if (!origin.equalsIgnoreCase(BASE_URL) && !objectStore) {
            throw new FetchException(uri, FetchException.NO_STATUS, 1, "not served by the in-process fake (its"
                    + " base URLs start with " + BASE_URL + " or " + OBJECT_STORE_URL + ")", null);
        }
        String host = uri.getRawAuthority();
        String path = FakeRequest.decodePath(uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        FakeApi api = FakeApi.forPath(path);
        if (api != null && (api == FakeApi.OBJECT_STORE) != objectStore) {
            api = null; // the bucket lives only on the object-store host, the APIs only on the API host
        }
        Reply reply;
        FaultKind fault = null;
        String endpoint = "";
        Instant now = asOf;
        if (api == null) {
            reply = Reply.text(404, "text/plain", "Not Found");
        } else {
            Routes route = routes.get(api);
            String sub = path.substring(api.prefix().length());
            endpoint = route.endpoint(sub);
            if (api == FakeApi.OPENF1 && OpenF1Routes.liveSessionAt(options.history(), now)) {
                log.add(new RequestRecord(Instant.now(), api, "GET", path, query, endpoint, 401,
                        FaultKind.LIVE_SESSION, host));
                throw new LiveSessionRefusedException(uri, 401, 1, FakeRouter.LIVE_DETAIL);
            }
            FakeRequest fr = new FakeRequest(sub, query, objectStore ? OBJECT_STORE_URL : BASE_URL, now);
            FaultSwitches.Rule rule = faults.take(api, path);
            fault = rule == null ? null : rule.kind;
            reply = fault == null ? handle(route, fr) : switch (fault) {
                case SERVER_ERROR -> ErrorBodies.serverError(api, rule.status);
                case TRUNCATED_BODY -> {
                    Reply r = handle(route, fr);
                    yield r.withBody(java.util.Arrays.copyOf(r.body(), r.body().length / 2));
                }
                case CORRUPTED_BODY -> FakeRouter.corrupt(handle(route, fr));
                case NO_DELAYED_DUMPS -> route instanceof DumpRoutes d ? FakeRouter.withoutDelayed(d, fr)
                        : handle(route, fr);
                case REDIRECT_LOOP -> Reply.text(302, "text/html; charset=utf-8", "").header("Location",
                        uri.toString());
                case MISSING_LOCATION -> FakeRouter.withoutHeader(handle(route, fr), "Location");
                default -> handle(route, fr); // latency, resets and the like need a server: FakeF1Api
            };
        }
        log.add(new RequestRecord(Instant.now(), api, "GET", path, query, endpoint, reply.status(), fault, host));
        // Redirects are handed back as the real HTTP layer hands them back (it never follows one itself): the
        // library's fetcher follows same-host ones, a caller the others (the dump download's 302 to the object store).
        if (RedirectException.isRedirect(reply.status())) {
            throw RedirectException.of(uri, reply.status(), 1, reply.headers().get("Location"));
        }
        if (reply.status() < 200 || reply.status() >= 300) {
            throw new HttpStatusException(uri, reply.status(), 1, snippet(reply.body()), null);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(reply.contentType()));
        reply.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        return new FetchResponse(uri, reply.status(), headers, reply.body(), reply.body().length, Duration.ZERO,
                false, 1);
    }

    private static Reply handle(Routes route, FakeRequest request) {
        try {
            return route.handle(request);
        } catch (RuntimeException e) {
            // A bug in the fake must be loud, as with the server: a 500 naming the exception.
            return Reply.text(500, "text/plain", "fake server error: " + e);
        }
    }

    private static String snippet(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
