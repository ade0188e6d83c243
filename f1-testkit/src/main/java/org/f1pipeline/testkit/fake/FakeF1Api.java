package org.f1pipeline.testkit.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Instant;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * One local WireMock server (127.0.0.1, random port) imitating Jolpica (with its database dumps), OpenF1 and the F1
 * live-timing archive, all rendered from the same {@link SyntheticHistory}, plus, started on first use, a second
 * server for the object store the dump downloads redirect to. Close it when done (try-with-resources).
 *
 * <pre>{@code
 * try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.demo())) {
 *     URI results = URI.create(fake.jolpicaBaseUrl() + "/2024/results.json?limit=100");
 *     fake.faults().serverErrors(FakeApi.OPENF1, 2);
 *     ...
 *     assertThat(fake.requestLog().count(FakeApi.JOLPICA, "results")).isEqualTo(3);
 * }
 * }</pre>
 */
public final class FakeF1Api implements AutoCloseable {
    private final WireMockServer server;
    private final FakeF1Options options;
    private final FaultSwitches faults = new FaultSwitches();
    private final RequestLog log = new RequestLog();
    private final FakeDumps dumps;
    private volatile Instant asOf;
    private WireMockServer objectStore;
    private boolean closed;

    private FakeF1Api(FakeF1Options options, Routes jolpica) {
        this.options = options;
        this.asOf = options.asOf();
        this.dumps = new FakeDumps(options);
        this.server = new WireMockServer(config(new FakeRouter(this, options, jolpica, false),
                options.containerThreads(), options.asyncThreads()));
    }

    private static WireMockConfiguration config(FakeRouter router, int containerThreads, int asyncThreads) {
        return WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(containerThreads)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(asyncThreads)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .extensions(router);
    }

    /** Starts a fake with the given options. */
    public static FakeF1Api start(FakeF1Options options) {
        return start(options, null);
    }

    /**
     * Starts a fake whose Jolpica serves the real record ({@link ErgastHistory}, 1950-2013) instead of the synthetic
     * history: the exact envelopes, paging and error shapes of the synthetic Jolpica, with the files' rows (upper-case
     * ids, vacant positions, shared drives, missing qualifying tables and all). Everything is published. OpenF1 and
     * the live-timing archive stay synthetic; fault switches and the request log work as usual.
     *
     * @param history the loaded record, e.g. {@code ErgastHistory.load(ErgastHistory.locateOrSkip())}
     */
    public static FakeF1Api replay(ErgastHistory history) {
        return start(FakeF1Options.builder().dumpFromRealHistory(history).build(), new ReplayRoutes(history));
    }

    private static FakeF1Api start(FakeF1Options options, Routes jolpica) {
        FakeF1Api api = new FakeF1Api(options, jolpica);
        api.server.start();
        api.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        return api;
    }

    /** Starts a fake serving the whole standard history. */
    public static FakeF1Api start() {
        return start(FakeF1Options.ofDefaults());
    }

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The port. */
    public int port() {
        return server.port();
    }

    /** Jolpica base, {@code http://127.0.0.1:PORT/ergast/f1} (append {@code /2024/results.json}). */
    public String jolpicaBaseUrl() {
        return baseUrl() + FakeApi.JOLPICA.prefix();
    }

    /** OpenF1 base, {@code http://127.0.0.1:PORT/v1} (append {@code /laps?session_key=...}). */
    public String openF1BaseUrl() {
        return baseUrl() + FakeApi.OPENF1.prefix();
    }

    /** Live-timing base, {@code http://127.0.0.1:PORT/static} (append {@code /2024/Index.json}). */
    public String liveTimingBaseUrl() {
        return baseUrl() + FakeApi.LIVETIMING.prefix();
    }

    /**
     * Listing of Jolpica's database dumps, {@code http://127.0.0.1:PORT/data/dumps/download/}; its delayed download
     * URL redirects to a presigned URL on {@link #objectStoreBaseUrl()}.
     */
    public String dumpsListingUrl() {
        return baseUrl() + FakeApi.DUMPS.prefix() + DumpRoutes.LISTING;
    }

    /**
     * The object store the dump downloads are redirected to: a second server on its own port, started on first use,
     * {@code http://127.0.0.1:PORT2}. Its requests are logged with {@link FakeApi#OBJECT_STORE} and that host.
     */
    public synchronized String objectStoreBaseUrl() {
        if (objectStore == null) {
            if (closed) {
                throw new IllegalStateException("fake closed");
            }
            WireMockServer s = new WireMockServer(config(new FakeRouter(this, options, null, true), 10, 4));
            s.start();
            s.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            objectStore = s;
        }
        return "http://127.0.0.1:" + objectStore.port();
    }

    /** {@code 127.0.0.1:PORT2}, the object store's host as {@link RequestRecord#host()} records it. */
    public String objectStoreHost() {
        return objectStoreBaseUrl().substring("http://".length());
    }

    /** {@code 127.0.0.1:PORT}, the API host as {@link RequestRecord#host()} records it. */
    public String apiHost() {
        return "127.0.0.1:" + server.port();
    }

    /** The dumps this fake publishes (e.g. {@code dumps().delayed(fake.asOf())} to know the expected hash). */
    public FakeDumps dumps() {
        return dumps;
    }

    /** The facts being served. */
    public SyntheticHistory history() {
        return options.history();
    }

    /** The start-up options. */
    public FakeF1Options options() {
        return options;
    }

    /** Runtime fault switches. */
    public FaultSwitches faults() {
        return faults;
    }

    /** Every request answered so far. */
    public RequestLog requestLog() {
        return log;
    }

    /** The fake's "now" (null = everything published). */
    public Instant asOf() {
        return asOf;
    }

    /** Moves the fake's "now", e.g. to let a weekend progress during a test. */
    public void setAsOf(Instant now) {
        this.asOf = now;
    }

    @Override
    public void close() {
        server.stop();
        synchronized (this) {
            closed = true;
            if (objectStore != null) {
                objectStore.stop();
            }
        }
    }
}
