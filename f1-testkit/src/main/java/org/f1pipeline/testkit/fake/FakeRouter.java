package org.f1pipeline.testkit.fake;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The WireMock extension behind {@link FakeF1Api}: one catch-all stub, and this transformer routes every request
 * by path prefix, applies the {@link FaultSwitches}, logs it, and renders the body from the synthetic history.
 */
final class FakeRouter implements ResponseDefinitionTransformerV2 {
    static final String LIVE_DETAIL = "{\"detail\":\"Session in progress, access is restricted to authenticated users. "
            + "Sign up here: https://tally.so/r/w2yWDb\"}";

    private final FakeF1Api owner;
    private final Map<FakeApi, Routes> routes = new EnumMap<>(FakeApi.class);
    private final String name;

    /**
     * @param objectStore true for the object-store host of the dump downloads (it serves only the bucket), false for
     *                    the API host (Jolpica, its dump endpoints, OpenF1 and the archive)
     */
    FakeRouter(FakeF1Api owner, FakeF1Options options, Routes jolpica, boolean objectStore) {
        this.owner = owner;
        this.name = objectStore ? "f1-fake-object-store" : "f1-fake-router";
        if (objectStore) {
            routes.put(FakeApi.OBJECT_STORE, new ObjectStoreRoutes(owner.dumps()));
            return;
        }
        routes.put(FakeApi.JOLPICA, jolpica != null ? jolpica : new JolpicaRoutes(options.history()));
        routes.put(FakeApi.OPENF1, new OpenF1Routes(options));
        routes.put(FakeApi.LIVETIMING, new LiveTimingRoutes(options));
        routes.put(FakeApi.DUMPS, new DumpRoutes(owner.dumps(), owner::objectStoreBaseUrl));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request req = event.getRequest();
        String url = req.getUrl();
        int q = url.indexOf('?');
        String path = FakeRequest.decodePath(q < 0 ? url : url.substring(0, q));
        String query = q < 0 ? "" : url.substring(q + 1);
        FakeApi api = FakeApi.forPath(path);
        FaultSwitches faults = owner.faults();
        if (api == null || !routes.containsKey(api)) {
            Reply r = Reply.text(404, "text/plain", "Not Found");
            log(null, req, path, query, "", r.status(), null);
            return build(r, 0, null);
        }
        Routes route = routes.get(api);
        String sub = path.substring(api.prefix().length());
        String endpoint = route.endpoint(sub);
        Instant asOf = owner.asOf();
        String origin = req.getScheme() + "://" + req.getHost() + ":" + req.getPort();
        FakeRequest fr = new FakeRequest(sub, query, origin, asOf);
        long delay = faults.latencyMillis(api);
        FaultKind fault = faults.throttle(api);
        Reply reply;
        Fault wireFault = null;
        if (fault != null) {
            reply = ErrorBodies.tooManyRequests(api, faults.openF1PlainTextRateLimit());
            Duration retry = faults.retryAfter(api);
            if (retry != null && fault == FaultKind.RATE_LIMITED) {
                reply = reply.header("Retry-After", String.valueOf(Math.max(1, retry.toSeconds())));
            }
        } else {
            FaultSwitches.Rule rule = faults.take(api, path);
            fault = rule == null ? null : rule.kind;
            if (fault == null && api == FakeApi.OPENF1 && (faults.openF1Live()
                    || (faults.refuseDuringLiveSessions() && OpenF1Routes.liveSessionAt(owner.history(), asOf)))) {
                fault = FaultKind.LIVE_SESSION;
            }
            reply = fault == null ? safeHandle(route, fr) : switch (fault) {
                case SERVER_ERROR -> ErrorBodies.serverError(api, rule.status);
                case HTML_ERROR -> ErrorBodies.htmlPage(rule.status);
                case LIVE_SESSION -> Reply.json(401, LIVE_DETAIL);
                case CONNECTION_RESET -> {
                    wireFault = Fault.CONNECTION_RESET_BY_PEER;
                    yield Reply.text(0, "text/plain", "");
                }
                case TIMEOUT -> {
                    delay += faults.timeoutDelay().toMillis();
                    yield safeHandle(route, fr);
                }
                case TRUNCATED_BODY -> {
                    Reply r = safeHandle(route, fr);
                    yield r.withBody(Arrays.copyOf(r.body(), r.body().length / 2));
                }
                case REPEATED_PAGE -> safeHandle(route, new FakeRequest(sub, withoutOffset(query), fr.base(), asOf));
                case CORRUPTED_BODY -> corrupt(safeHandle(route, fr));
                case NO_DELAYED_DUMPS -> route instanceof DumpRoutes d ? withoutDelayed(d, fr) : safeHandle(route, fr);
                case REDIRECT_LOOP -> Reply.text(302, "text/html; charset=utf-8", "")
                        .header("Location", origin + path + (query.isEmpty() ? "" : "?" + query));
                case MISSING_LOCATION -> withoutHeader(safeHandle(route, fr), "Location");
                case MALFORMED_JSON -> safeHandle(route, fr)
                        .withBody("{\"MRData\": {\"series\": \"f1\", [oops".getBytes(StandardCharsets.UTF_8));
                default -> safeHandle(route, fr);
            };
        }
        log(api, req, path, query, endpoint, reply.status(), fault);
        return build(reply, delay, wireFault);
    }

    /** The same length with 16 bytes in the middle inverted: a download whose hash no longer matches. */
    static Reply corrupt(Reply r) {
        byte[] b = r.body().clone();
        for (int i = b.length / 2; i < Math.min(b.length, b.length / 2 + 16); i++) {
            b[i] = (byte) ~b[i];
        }
        return r.withBody(b);
    }

    static Reply withoutDelayed(DumpRoutes routes, FakeRequest fr) {
        var listing = routes.listing(fr);
        listing.putObject("delayed_dumps");
        return Reply.json(200, listing.toString());
    }

    static Reply withoutHeader(Reply r, String name) {
        Map<String, String> h = new java.util.LinkedHashMap<>(r.headers());
        h.remove(name);
        return new Reply(r.status(), r.contentType(), r.body(), h);
    }

    /** The query with its {@code offset} parameter dropped (so the first page is served). */
    static String withoutOffset(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("offset=")) {
                out.append(out.length() == 0 ? "" : "&").append(pair);
            }
        }
        return out.toString();
    }

    private static Reply safeHandle(Routes route, FakeRequest fr) {
        try {
            return route.handle(fr);
        } catch (RuntimeException e) {
            // A bug in the fake must be loud: answer 500 with the exception so the failing test shows it.
            return Reply.text(500, "text/plain", "fake server error: " + e);
        }
    }

    private void log(FakeApi api, Request req, String path, String query, String endpoint, int status, FaultKind f) {
        owner.requestLog().add(new RequestRecord(Instant.now(), api, req.getMethod().getName(), path, query,
                endpoint, f == FaultKind.CONNECTION_RESET ? 0 : status, f, req.getHost() + ":" + req.getPort()));
    }

    private static ResponseDefinition build(Reply r, long delay, Fault fault) {
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
        if (fault != null) {
            b.withFault(fault);
        } else {
            b.withStatus(r.status()).withHeader("Content-Type", r.contentType()).withBody(r.body());
            r.headers().forEach(b::withHeader);
        }
        if (delay > 0) {
            b.withFixedDelay((int) Math.min(Integer.MAX_VALUE, delay));
        }
        return b.build();
    }
}
