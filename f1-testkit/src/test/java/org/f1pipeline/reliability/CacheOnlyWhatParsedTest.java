package org.f1pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.source.openf1.OpenF1Client;
import org.f1pipeline.source.openf1.OpenF1Meeting;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fault.FaultProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 3: a response is cached only after its source parsed it. Before the change, one bad 200 answer for
 * a past season was stored as permanent, and every later run failed the same way with 0 requests until
 * {@code f1 cache clear}.
 */
@DisplayName("Cache only what parsed")
class CacheOnlyWhatParsedTest {

    private static final String SCHEDULE_2019 = "/ergast/f1/2019\\.json";

    private static FakeF1Api fake;
    private static FaultProxy proxy;

    @TempDir
    Path cacheDir;
    private Faults faults;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
        proxy = FaultProxy.start(fake.baseUrl());
    }

    @AfterAll
    static void stop() {
        proxy.close();
        fake.close();
    }

    @BeforeEach
    void setUp() {
        proxy.clearLog();
        faults = new Faults(fake, proxy, cacheDir, b -> b);
    }

    private JobReport syncSchedule2019() {
        try (F1Pipeline p = faults.pipeline()) {
            return p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2019));
        }
    }

    @Test
    @DisplayName("a truncated Jolpica page fails its run but is not cached: the next run fetches it again and works")
    void truncatedJolpicaPageIsNotCached() {
        proxy.truncate(SCHEDULE_2019, 1);
        assertThatThrownBy(this::syncSchedule2019).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("truncated JSON").hasMessageNotContaining("response cache");

        JobReport second = syncSchedule2019();

        assertThat(second.requests()).isEqualTo(1);
        assertThat(proxy.count(SCHEDULE_2019)).isEqualTo(2);
        assertThat(second.totalRows()).isPositive();
        JobReport third = syncSchedule2019();
        assertThat(third.requests()).as("the good page is cached for good").isZero();
    }

    @Test
    @DisplayName("a Jolpica page of the wrong shape (valid JSON) is not cached either")
    void wrongShapeJolpicaPageIsNotCached() {
        proxy.replaceBody(SCHEDULE_2019, 1, "{\"MRData\":{\"xmlns\":\"\",\"limit\":\"100\",\"offset\":\"0\","
                + "\"total\":\"21\",\"RaceTable\":{\"season\":\"2019\",\"Races\":{\"round\":\"1\"}}}}");
        assertThatThrownBy(this::syncSchedule2019).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("expected an array at MRData.RaceTable.Races");

        JobReport second = syncSchedule2019();

        assertThat(second.requests()).isEqualTo(1);
        assertThat(proxy.count(SCHEDULE_2019)).isEqualTo(2);
    }

    @Test
    @DisplayName("an OpenF1 answer with an unparseable row is not cached: the next call asks the server again")
    void unparseableOpenF1RowIsNotCached() {
        proxy.replaceBody("/v1/meetings\\?year=2023", 1, "[{\"meeting_key\":\"not a number\",\"year\":2023}]");
        FetchConfig config = faults.fetchConfig().build();
        Fetcher fetcher = Fetchers.builder().config(config).clock(faults.time.clock()).ticker(faults.time.ticker())
                .sleeper(faults.time.sleeper()).build();
        OpenF1Client client = OpenF1Client.builder(fetcher).baseUri(URI.create(proxy.url(fake.openF1BaseUrl())))
                .build();

        assertThatThrownBy(() -> client.meetings(2023)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("row 0").hasMessageContaining("meeting_key");
        List<OpenF1Meeting> meetings = client.meetings(2023);

        assertThat(meetings).hasSize(fake.history().season(2023).rounds().size());
        assertThat(proxy.count("/v1/meetings\\?year=2023")).isEqualTo(2);
    }

    @Test
    @DisplayName("a cached copy that no longer parses is evicted and fetched again once; the run succeeds")
    void unreadableCachedCopyIsEvictedAndFetchedAgain() {
        poisonCache(URI.create(proxy.url(fake.jolpicaBaseUrl()) + "/2019.json?limit=100&offset=0"),
                "{\"MRData\":{\"limit\":\"100\",\"offset\":\"0\",\"total\":\"21\",\"RaceTable\":{}}}");

        JobReport run = syncSchedule2019();

        assertThat(run.requests()).isEqualTo(1);
        assertThat(proxy.count(SCHEDULE_2019)).isEqualTo(1);
        assertThat(syncSchedule2019().requests()).as("the fresh copy replaced the bad one").isZero();
    }

    @Test
    @DisplayName("offline, an unreadable cached copy fails with an error that says it came from the cache")
    void offlineErrorNamesTheCache() {
        URI page = URI.create(proxy.url(fake.jolpicaBaseUrl()) + "/2019.json?limit=100&offset=0");
        poisonCache(page, "{\"MRData\":{\"limit\":\"100\",\"offset\":\"0\",\"total\":\"21\",\"RaceTable\":{}}}");
        faults = new Faults(fake, proxy, cacheDir, b -> b.cache(CacheConfig.at(cacheDir).withOffline(true)));

        assertThatThrownBy(this::syncSchedule2019).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("from the response cache, stored at")
                .hasMessageContaining("missing required field MRData.RaceTable.Races")
                .satisfies(e -> assertThat(((SourceFormatException) e).fromCache()).isTrue());
        assertThat(proxy.count(SCHEDULE_2019)).isZero();
    }

    /**
     * Stores a bad answer the way earlier versions did (they cached every non-HTML 200): a plain fetch through a
     * transport that answers with {@code json}.
     */
    private void poisonCache(URI uri, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Fetcher seeding = Fetchers.builder()
                .config(FetchConfig.builder().source(SourceConfig.jolpica()
                                .withBaseUrl(URI.create(proxy.url(fake.jolpicaBaseUrl()) + "/"))
                                .withRateLimit(RateLimitConfig.unlimited()))
                        .cache(CacheConfig.at(cacheDir)).build())
                .clock(faults.time.clock()).ticker(faults.time.ticker()).sleeper(faults.time.sleeper())
                .transport(r -> new FetchResponse(r.uri(), 200, Map.of("Content-Type", List.of("application/json")),
                        body, body.length, Duration.ZERO, false))
                .build();
        seeding.fetch(FetchRequest.of("jolpica", "schedule", uri)
                .withSessionEnd(java.time.Instant.parse("2020-01-01T00:00:00Z")));
    }
}
