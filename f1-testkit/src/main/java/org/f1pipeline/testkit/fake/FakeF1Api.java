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
 * One local WireMock server (127.0.0.1, random port) imitating Jolpica, OpenF1 and the F1 live-timing archive,
 * all rendered from the same {@link SyntheticHistory}. Close it when done (try-with-resources).
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
    private volatile Instant asOf;

    private FakeF1Api(FakeF1Options options, Routes jolpica) {
        this.options = options;
        this.asOf = options.asOf();
        FakeRouter router = new FakeRouter(this, options, jolpica);
        WireMockConfiguration cfg = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(options.containerThreads())
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(options.asyncThreads())
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .extensions(router);
        this.server = new WireMockServer(cfg);
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
        return start(FakeF1Options.defaults(), new ReplayRoutes(history));
    }

    private static FakeF1Api start(FakeF1Options options, Routes jolpica) {
        FakeF1Api api = new FakeF1Api(options, jolpica);
        api.server.start();
        api.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        return api;
    }

    /** Starts a fake serving the whole standard history. */
    public static FakeF1Api start() {
        return start(FakeF1Options.defaults());
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
    }
}
